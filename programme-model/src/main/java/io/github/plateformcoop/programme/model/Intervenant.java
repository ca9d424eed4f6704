package io.github.plateformcoop.programme.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A partner organisation that delivers a cycle (intervenant), such as Tilt, IMT-BS or RTES.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIntervenant.class)
@JsonDeserialize(as = ImmutableIntervenant.class)
public abstract class Intervenant implements Organisation {

  /**
   * Its field of expertise in the cycle.
   *
   * @return the expertise, if given
   */
  public abstract Optional<String> getExpertise();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Intervenant}. */
  public static final class Builder extends ImmutableIntervenant.Builder {}
}
