package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.CodeDepartement;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who a cycle is for (public cible): the départements, the families of collectivités and the
 * roles of the people it addresses, and the themes they work on. The eligibility rules read
 * their targets from here.
 *
 * <p>An empty set targets nobody in particular: the rules then check nothing for it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicCible.class)
@JsonDeserialize(as = ImmutablePublicCible.class)
public abstract class PublicCible {

  /**
   * The target départements ({@code 59}, {@code 62}).
   *
   * @return the département codes, possibly empty, never null
   */
  public abstract Set<@CodeDepartement String> getDepartements();

  /**
   * The target families of collectivités.
   *
   * @return the families, possibly empty, never null
   */
  public abstract Set<FamilleDeCollectivite> getFamilles();

  /**
   * The target roles.
   *
   * @return the roles, possibly empty, never null
   */
  public abstract Set<Role> getRoles();

  /**
   * The themes the target public works on ("transitions écologique et solidaire").
   *
   * @return the themes, possibly empty, never null
   */
  public abstract List<String> getThematiques();

  /**
   * Where the description of the public comes from.
   *
   * @return the provenance, if known
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublicCible}. */
  public static final class Builder extends ImmutablePublicCible.Builder {}
}
