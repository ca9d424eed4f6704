package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A pilot project of collectivités with a cooperative platform (expérimentation territoriale),
 * from the first idea to its evaluation, with the strategies it is written into and the
 * constraints still to check.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExperimentation.class)
@JsonDeserialize(as = ImmutableExperimentation.class)
public abstract class Experimentation {

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * Its name.
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String getIntitule();

  /**
   * The collectivités that run it.
   *
   * @return ids of collectivités, possibly empty, never null
   */
  public abstract List<@Identifier String> getCollectiviteIds();

  /**
   * Its stage.
   *
   * @return the stage, not null
   */
  public abstract StadeDExperimentation getStade();

  /**
   * The themes it serves ("alimentation durable").
   *
   * @return the themes, possibly empty, never null
   */
  public abstract List<@NotBlank String> getThematiques();

  /**
   * The stratégies territoriales it is written into.
   *
   * @return ids of strategies of the cycle, possibly empty, never null
   */
  public abstract List<@Identifier String> getStrategieIds();

  /**
   * The constraints still to check before relying on a platform.
   *
   * @return the constraints, possibly empty, never null
   */
  public abstract Set<Contrainte> getContraintesAVerifier();

  /**
   * Where it is reported.
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

  /** Builds a {@link Experimentation}. */
  public static final class Builder extends ImmutableExperimentation.Builder {

    /**
     * Adds one constraint still to check.
     *
     * <p>The singular of the generated {@code addContraintesAVerifier}: a French compound puts its plural
     * first, which the generator cannot see.
     *
     * @param contrainte the element to add, not null
     * @return this builder, not null
     */
    public Builder addContrainteAVerifier(Contrainte contrainte) {
      addContraintesAVerifier(contrainte);
      return this;
    }
  }
}
