package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A strand (volet) of the accompaniment a cycle offers: "diagnostic des besoins", "montée en
 * compétences", "expérimentation accompagnée".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVolet.class)
@JsonDeserialize(as = ImmutableVolet.class)
public abstract class Volet {

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * The wording, as the source gives it.
   *
   * @return the wording, not blank
   */
  @NotBlank
  public abstract String getIntitule();

  /**
   * Where the wording comes from.
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

  /** Builds a {@link Volet}. */
  public static final class Builder extends ImmutableVolet.Builder {}
}
