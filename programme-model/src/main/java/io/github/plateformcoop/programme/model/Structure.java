package io.github.plateformcoop.programme.model;


import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An organisation that carries a programme (porteur), such as the Apes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStructure.class)
@JsonDeserialize(as = ImmutableStructure.class)
public abstract class Structure implements Organisation {

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Structure}. */
  public static final class Builder extends ImmutableStructure.Builder {}
}
