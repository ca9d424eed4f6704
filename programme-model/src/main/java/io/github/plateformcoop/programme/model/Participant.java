package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A person who represents a collectivité in a cycle: an élu or a technicien.
 *
 * <p>Personal data is kept to a minimum: an id, a role and a function; the name is optional and
 * the sources' names, which look pseudonymised, are not kept.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
public abstract class Participant {

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * The collectivité the participant represents.
   *
   * @return the collectivité's id, not null
   */
  @Identifier
  public abstract String getCollectiviteId();

  /**
   * Élu or technicien.
   *
   * @return the role, not null
   */
  public abstract Role getRole();

  /**
   * The participant's function ("chargée de mission ESS").
   *
   * @return the function, if known
   */
  public abstract Optional<String> getFonction();

  /**
   * The participant's name, only where the participant agreed to it.
   *
   * @return the name, if kept
   */
  public abstract Optional<String> getNom();

  /**
   * The seat the participant holds, with its period and predecessor.
   *
   * @return the seat, if anything is known of it
   */
  public abstract Optional<@Valid Siege> getSiege();

  /**
   * Where what is known of the participant comes from.
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

  /** Builds a {@link Participant}. */
  public static final class Builder extends ImmutableParticipant.Builder {}
}
