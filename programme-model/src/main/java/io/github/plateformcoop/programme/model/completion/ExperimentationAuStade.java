package io.github.plateformcoop.programme.model.completion;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.plateformcoop.programme.model.StadeDExperimentation;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An expérimentation of the collectivité (for a participant: of its collectivité) at a given
 * stage or beyond: envisagée, en conception, en cours, évaluée, in that order; an abandoned one
 * never counts. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("experimentationAuStade")
@JsonSerialize(as = ImmutableExperimentationAuStade.class)
@JsonDeserialize(as = ImmutableExperimentationAuStade.class)
public abstract non-sealed class ExperimentationAuStade implements Critere {

  /**
   * The stage to reach.
   *
   * @return the stage, not {@link StadeDExperimentation#ABANDONNEE}
   */
  public abstract StadeDExperimentation getStade();

  @Value.Check
  protected void verifier() {
    if (getStade() == StadeDExperimentation.ABANDONNEE) {
      throw InconsistentValueException.of("valeur.experimentation-abandonnee");
    }
  }

  /**
   * An expérimentation at a stage or beyond.
   *
   * @param stade the stage, not null
   * @return the criterion, not null
   */
  public static ExperimentationAuStade of(StadeDExperimentation stade) {
    return builder().stade(stade).build();
  }

  @Override
  public final <R> R accept(Critere.Visitor<R> visitor) {
    return visitor.visitExperimentationAuStade(this);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ExperimentationAuStade}. */
  public static final class Builder extends ImmutableExperimentationAuStade.Builder {}
}
