package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A programme such as PlateformCoop: the initiative a porteur carries, with its aim and the
 * cycles it runs, here or, through essaimage, in other regions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgramme.class)
@JsonDeserialize(as = ImmutableProgramme.class)
public abstract class Programme {

  /**
   * The stable identifier of the programme.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * Its name ("PlateformCoop").
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String getNom();

  /**
   * The organisation that carries it.
   *
   * @return the porteur, not null
   */
  @Valid
  public abstract Structure getPorteur();

  /**
   * What the programme is for.
   *
   * @return the aim, if stated
   */
  public abstract Optional<String> getObjectif();

  /**
   * Its ambition of spreading to other territories (essaimage).
   *
   * @return the ambition, if stated
   */
  public abstract Optional<String> getEssaimage();

  /**
   * Where the description of the programme comes from.
   *
   * @return the provenance, if known
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  /**
   * The cycles it runs.
   *
   * @return the cycles, possibly empty, never null
   */
  public abstract List<@Valid Cycle> getCycles();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Programme}. */
  public static final class Builder extends ImmutableProgramme.Builder {}
}
