package io.github.plateformcoop.programme.model.completion;

import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A named completion criterion of a cycle: what it takes to complete it, and for whom
 * (participants, collectivités, or both). Where it comes from says whether it is a fact of the
 * programme's sources or a choice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCritereDeCompletion.class)
@JsonDeserialize(as = ImmutableCritereDeCompletion.class)
public abstract class CritereDeCompletion {

  /**
   * The stable identifier of the criterion.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * Its name ("assiduité au parcours").
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String getIntitule();

  /**
   * Whom it is evaluated for.
   *
   * @return participants, collectivités or both; at least one
   */
  public abstract Set<Portee> getPortees();

  /**
   * The criterion.
   *
   * @return the tree of criteria, not null
   */
  @Valid
  public abstract Critere getCritere();

  /**
   * Where it comes from: a document of the programme, or a note that it is a default choice.
   *
   * @return the provenance, if given
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  @Value.Check
  protected void verifier() {
    if (getPortees().isEmpty()) {
      throw InconsistentValueException.of("valeur.critere-sans-portee", "critere", getId());
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CritereDeCompletion}. */
  public static final class Builder extends ImmutableCritereDeCompletion.Builder {}
}
