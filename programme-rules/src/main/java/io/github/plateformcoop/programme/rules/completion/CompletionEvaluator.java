package io.github.plateformcoop.programme.rules.completion;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.rules.completion.internal.Bilans;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates the completion criteria of a cycle as of a date, for each participant and each
 * engaged collectivité.
 *
 * <p>How attendance counts:
 * <ul>
 *   <li>A séance is held once its date is reached (the day itself included). A brique's planned
 *       séances are its listed séances and, when its format announces more, the ones not yet
 *       listed, at the format's length.</li>
 *   <li>A participant's first record at a séance counts (the rule {@code presence.doublon}
 *       reports a second one). The records of someone who is not a participant of the cycle count
 *       for nobody (the rule {@code reference.inconnue} reports them).</li>
 *   <li>Present counts 1; absent or no record, 0; partly present, its share: minutes attended
 *       over the séance's length, half-days attended over two, one half when neither is given.
 *       In hours, each séance weighs its length: its hours, else its format's duration, else
 *       {@link Builder#dayLength(Duration) a day's length} (7 hours by default).</li>
 *   <li>For a collectivité, a séance counts as its best representative's attendance, or, for an
 *       élu-technicien pair, as the lower of its best élu's and best technicien's.</li>
 *   <li>A participant's own result (status, hours, days: what a certificat de réalisation
 *       needs) counts only that participant's attendance; a successor's predecessor counts for
 *       the collectivité, through its people. A criterion that measures from the arrival only
 *       leaves the séances before the seat out of the participant's count.</li>
 *   <li>A record at a séance outside the participant's seat ({@code presence.hors-siege}), or of
 *       more minutes than the séance can last ({@code presence.duree}: its hours, else its format's
 *       duration, else a day), counts for nobody. A whole-day séance without hours counts
 *       {@link Builder#dayLength(Duration) a day's length}: minutes beyond it, up to a day, count
 *       as the whole séance.</li>
 *   <li>A participant or collectivité to which no criterion applies is
 *       {@link CompletionStatus#SANS_CRITERE}.</li>
 * </ul>
 *
 * <p>Results carry messages, rendered on demand in French or English: the evaluator has no
 * language.
 *
 * <p>A criterion holds as soon as the attended part reaches its requirement; it is out of reach
 * when even attending everything still to hold would not reach it. A participant whose
 * attendance of the séances held so far is below {@link Builder#alertThreshold(double) the alert
 * threshold} (75 % by default) gets a warning while the cycle runs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CompletionEvaluator {

  private final double seuilDAlerte;
  private final Duration dureeDUneJournee;
  private final List<CritereDeCompletion> criteres;

  private CompletionEvaluator(Builder builder) {
    this.seuilDAlerte = builder.seuilDAlerte;
    this.dureeDUneJournee = builder.dureeDUneJournee;
    this.criteres = builder.criteres;
  }

  /**
   * An evaluator with the defaults: the cycle's own criteria, alert under 75 %, days of 7 hours.
   *
   * @return the evaluator, not null
   */
  public static CompletionEvaluator defaults() {
    return builder().build();
  }

  /**
   * Starts configuring an evaluator.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates a cycle's completion criteria as of a date.
   *
   * @param cycle the cycle, not null
   * @param auJour the date, not null
   * @return the evaluation, not null
   */
  public CompletionReport evaluate(Cycle cycle, LocalDate auJour) {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(auJour, "auJour");
    return Bilans.evaluate(cycle, auJour, criteres != null ? criteres : cycle.getCriteresDeCompletion(),
        seuilDAlerte, dureeDUneJournee);
  }

  /** Configures an {@link CompletionEvaluator}. */
  public static final class Builder {
    private double seuilDAlerte = 0.75;
    private Duration dureeDUneJournee = Duration.ofHours(7);
    private List<CritereDeCompletion> criteres;

    private Builder() {}

    /**
     * Sets the attendance of the séances held so far under which a warning is given.
     *
     * @param ratio from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder alertThreshold(double ratio) {
      if (!(ratio >= 0 && ratio <= 1)) {
        throw new IllegalArgumentException("alertThreshold is from 0 to 1, not " + ratio);
      }
      this.seuilDAlerte = ratio;
      return this;
    }

    /**
     * Sets the length of a one-day séance whose hours are not given.
     *
     * @param duree a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder dayLength(Duration duree) {
      if (duree.isZero() || duree.isNegative()) {
        throw new IllegalArgumentException("dayLength must be positive, not " + duree);
      }
      this.dureeDUneJournee = duree;
      return this;
    }

    /**
     * Evaluates these criteria instead of the cycle's own.
     *
     * @param criteres the criteria, not null
     * @return this builder
     */
    public Builder criteria(List<CritereDeCompletion> criteres) {
      this.criteres = List.copyOf(criteres);
      return this;
    }

    /**
     * Builds the evaluator.
     *
     * @return the evaluator, not null
     */
    public CompletionEvaluator build() {
      return new CompletionEvaluator(this);
    }
  }
}
