package io.github.plateformcoop.programme.rules.schedule;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.DemiJournee;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.rules.RuleSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Proposes the dates of a cycle's undated séances so that the cycle passes every enabled schedule
 * rule of a {@link RuleSet}: no weekend, public holiday (the territory's, Alsace-Moselle's
 * included) or closure given as data; inside its brique's announced period; no two séances at the
 * same time; the briques in order; the announced first day; hours of the right length.
 *
 * <pre>{@code
 * Plan plan = Planner.builder()
 *     .ruleSet(RegionFictive.ruleSet())          // its holidays, closures and parameters
 *     .weekdays(DayOfWeek.TUESDAY)
 *     .slot(DemiJournee.APRES_MIDI)
 *     .minimumSpacing(Period.ofWeeks(2))
 *     .avoid(LocalDate.of(2024, 5, 21))
 *     .build()
 *     .plan(cycle);
 * plan.getCycle().ifPresentOrElse(c -> ..., () -> System.out.println(plan.getObstacle().orElseThrow().render(Locale.FRENCH)));
 * }</pre>
 *
 * <p>What the planner guarantees:
 * <ul>
 *   <li><strong>Dates already fixed never move</strong>, and neither do their hours. The planned
 *       cycle has no finding of severity warning or error that the given cycle did not have
 *       (same rule, path and subjects): what remains was caused by the fixed dates. Every plan is
 *       checked with the rule set before it is returned; a finding the planner did not foresee (a
 *       region's own rule) gives the obstacle {@code plan.regle}, never a bad plan.</li>
 *   <li><strong>A séance of the modèle the cycle does not list is added</strong> (id
 *       {@code <brique>-<n>}) and planned; {@link Plan#getAddedSeanceIds()} names them.</li>
 *   <li><strong>Preferences are constraints</strong>: every planned séance falls on one of the
 *       {@linkplain Builder#weekdays weekdays} asked for (Monday to Friday by default), in the
 *       {@linkplain Builder#slot slot} asked for (a séance of fixed length starts at
 *       9:00 in the morning, 14:00 in the afternoon;
 *       a one-day atelier runs from 9:00 to 17:00, longer if
 *       the rule set's {@link ScheduleRules#DUREE_MINIMALE_D_UNE_JOURNEE} asks), never on a date to
 *       {@linkplain Builder#avoid avoid}, and at least the {@linkplain Builder#minimumSpacing
 *       minimum spacing} from the other séances of its brique.</li>
 *   <li><strong>Séances are spread evenly</strong> over their brique's announced period (or the
 *       cycle's, when the brique has none), between the dates already fixed, or at the
 *       {@linkplain Builder#targetSpacing target spacing} around the middle of each free stretch;
 *       each séance takes the open day nearest its target that leaves room for the others.</li>
 *   <li><strong>The search is complete</strong>: when no plan exists, the obstacle names the
 *       constraint that makes it impossible ("seulement 6 jours libres (mardi) … 8 nécessaires").
 *       The search stops after {@linkplain Builder#maxSteps a number of steps}; a search stopped
 *       there says so ({@code plan.recherche-interrompue}) and claims nothing.</li>
 *   <li><strong>Deterministic</strong>: the same input gives the same plan.</li>
 * </ul>
 *
 * <p>The planner plans one cycle: intervenants shared with other cycles of a programme are not
 * looked at. The public holidays are those of {@link ScheduleRules#CALENDRIER} when the rule set
 * sets it, else those of the cycle's territory ({@link ScheduleRules#calendrier(Cycle)}); the
 * closures are those of {@link ScheduleRules#FERMETURES}. A rule the rule set disables constrains
 * nothing: with {@code seance.jour-ferme} disabled, a Saturday may be asked for.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Planner {

  /** When a séance of the morning slot starts: 9:00. */
  public static final LocalTime MORNING_START = LocalTime.of(9, 0);
  /** When a séance of the afternoon slot starts: 14:00. */
  public static final LocalTime AFTERNOON_START = LocalTime.of(14, 0);
  /** When a one-day atelier ends, unless the shortest length of a day asks for later: 17:00. */
  public static final LocalTime DAY_END = LocalTime.of(17, 0);
  /** The default number of steps of a search: a step dates one séance. */
  public static final long DEFAULT_MAX_STEPS = 1_000_000L;

  private final RuleSet ruleSet;
  private final Set<DayOfWeek> weekdays;
  private final DemiJournee slot;
  private final int minimumSpacing;
  private final Optional<Integer> targetSpacing;
  private final SortedSet<LocalDate> avoidedDates;
  private final long maxSteps;

  private Planner(Builder builder) {
    this.ruleSet = builder.ruleSet;
    this.weekdays = Collections.unmodifiableSet(EnumSet.copyOf(builder.weekdays));
    this.slot = builder.slot;
    this.minimumSpacing = builder.minimumSpacing;
    this.targetSpacing = builder.targetSpacing;
    this.avoidedDates = Collections.unmodifiableSortedSet(new TreeSet<>(builder.avoidedDates));
    this.maxSteps = builder.maxSteps;
  }

  /**
   * The planner with the default rules and no preference: Monday to Friday, mornings, no minimum
   * spacing, séances spread evenly.
   *
   * @return the planner, not null
   */
  public static Planner defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Dates the undated séances of a cycle, and adds and dates those its modèle announces but it
   * does not list.
   *
   * @param cycle the cycle, not null
   * @return the plan, or the obstacle to any plan, not null
   */
  public Plan plan(Cycle cycle) {
    Objects.requireNonNull(cycle, "cycle");
    return new Planification(this, cycle).plan();
  }

  /**
   * Plans a cycle of a modèle from nothing: a cycle of the modèle's id and wording, each brique
   * in its announced period, every séance added and dated.
   *
   * @param modele the modèle, not null
   * @param periodes the announced period of each brique, by the brique's id, not null
   * @return the plan, or the obstacle to any plan, not null
   * @throws IllegalArgumentException if a period is given for a brique the modèle does not have
   */
  public Plan plan(ModeleDeCycle modele, Map<String, PeriodeAnnoncee> periodes) {
    Objects.requireNonNull(modele, "modele");
    Objects.requireNonNull(periodes, "periodes");
    Set<String> inconnues = new TreeSet<>(periodes.keySet());
    modele.getBriques().forEach(b -> inconnues.remove(b.getId()));
    if (!inconnues.isEmpty()) {
      throw new IllegalArgumentException("No brique " + inconnues + " in the modèle '" + modele.getId() + "'; its briques are "
          + modele.getBriques().stream().map(ModeleDeBrique::getId).toList());
    }
    Cycle.Builder cycle = Cycle.builder().id(modele.getId()).intitule(modele.getIntitule()).modele(modele);
    for (ModeleDeBrique b : modele.getBriques()) {
      cycle.addBrique(Brique.builder().id(b.getId()).periodeAnnoncee(Optional.ofNullable(periodes.get(b.getId()))).build());
    }
    return plan(cycle.build());
  }

  /**
   * The rules the plans pass, with their holidays, closures and parameters.
   *
   * @return the rule set, not null
   */
  public RuleSet getRuleSet() {
    return ruleSet;
  }

  /**
   * The days of the week séances may be planned on.
   *
   * @return the weekdays, not empty, never null
   */
  public Set<DayOfWeek> getWeekdays() {
    return weekdays;
  }

  /**
   * The half-day séances of a fixed length are planned in.
   *
   * @return the slot, not null
   */
  public DemiJournee getSlot() {
    return slot;
  }

  /**
   * The fewest days between two séances of a brique.
   *
   * @return the days, 0 when there is no minimum
   */
  public int getMinimumSpacing() {
    return minimumSpacing;
  }

  /**
   * The spacing aimed at between two séances of a brique.
   *
   * @return the days, empty to spread the séances evenly over their period
   */
  public Optional<Integer> getTargetSpacing() {
    return targetSpacing;
  }

  /**
   * The dates no séance is planned on.
   *
   * @return the dates, in order, possibly empty, never null
   */
  public SortedSet<LocalDate> getAvoidedDates() {
    return avoidedDates;
  }

  /**
   * The most steps a search takes before it stops and says so.
   *
   * @return the steps, strictly positive
   */
  public long getMaxSteps() {
    return maxSteps;
  }

  /** Builds a {@link Planner}. */
  public static final class Builder {

    private RuleSet ruleSet = RuleSet.defaults();
    private Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private DemiJournee slot = DemiJournee.MATIN;
    private int minimumSpacing;
    private Optional<Integer> targetSpacing = Optional.empty();
    private final SortedSet<LocalDate> avoidedDates = new TreeSet<>();
    private long maxSteps = DEFAULT_MAX_STEPS;

    private Builder() {}

    /**
     * The rules the plans must pass: {@link RuleSet#defaults()} unless set.
     *
     * @param ruleSet the rule set, not null
     * @return this builder, not null
     */
    public Builder ruleSet(RuleSet ruleSet) {
      this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
      return this;
    }

    /**
     * The days of the week séances may be planned on: Monday to Friday unless set.
     *
     * @param first a day, not null
     * @param others more days, not null
     * @return this builder, not null
     */
    public Builder weekdays(DayOfWeek first, DayOfWeek... others) {
      return weekdays(EnumSet.of(first, others));
    }

    /**
     * The days of the week séances may be planned on: Monday to Friday unless set.
     *
     * @param days the days, not empty, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if {@code days} is empty
     */
    public Builder weekdays(Collection<DayOfWeek> days) {
      Objects.requireNonNull(days, "days");
      if (days.isEmpty()) {
        throw new IllegalArgumentException("weekdays: at least one day of the week is needed");
      }
      days.forEach(d -> Objects.requireNonNull(d, "weekdays"));
      this.weekdays = EnumSet.copyOf(days);
      return this;
    }

    /**
     * The half-day of the séances of a fixed length: the morning unless set.
     *
     * @param slot the half-day, not null
     * @return this builder, not null
     */
    public Builder slot(DemiJournee slot) {
      this.slot = Objects.requireNonNull(slot, "slot");
      return this;
    }

    /**
     * The fewest days between two séances of a brique, dates already fixed included: none unless
     * set. {@code Period.ofWeeks(2)} keeps two weeks between séances.
     *
     * @param spacing a period of days, not negative, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the period has years or months, or is negative
     */
    public Builder minimumSpacing(Period spacing) {
      this.minimumSpacing = jours("minimumSpacing", spacing);
      return this;
    }

    /**
     * The spacing aimed at between two séances of a brique, when shorter than an even spread over
     * its period: the séances then gather around the middle of each free stretch. Unless set,
     * the séances are spread evenly.
     *
     * @param spacing a period of days, strictly positive, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the period has years or months, or is not positive
     */
    public Builder targetSpacing(Period spacing) {
      int jours = jours("targetSpacing", spacing);
      if (jours == 0) {
        throw new IllegalArgumentException("targetSpacing: " + spacing + " is not a spacing of at least one day");
      }
      this.targetSpacing = Optional.of(jours);
      return this;
    }

    /**
     * Dates no séance is planned on, added to those already given.
     *
     * @param dates the dates, not null
     * @return this builder, not null
     */
    public Builder avoid(LocalDate... dates) {
      return avoid(List.of(dates));
    }

    /**
     * Dates no séance is planned on, added to those already given.
     *
     * @param dates the dates, not null
     * @return this builder, not null
     */
    public Builder avoid(Collection<LocalDate> dates) {
      dates.forEach(d -> avoidedDates.add(Objects.requireNonNull(d, "avoid")));
      return this;
    }

    /**
     * The most steps a search takes: 1,000,000 unless set. A search stopped
     * there gives the obstacle {@code plan.recherche-interrompue}.
     *
     * @param steps the steps, strictly positive
     * @return this builder, not null
     * @throws IllegalArgumentException if {@code steps} is not positive
     */
    public Builder maxSteps(long steps) {
      if (steps <= 0) {
        throw new IllegalArgumentException("maxSteps: " + steps + " is not a positive number of steps");
      }
      this.maxSteps = steps;
      return this;
    }

    /**
     * Builds the planner.
     *
     * @return the planner, not null
     */
    public Planner build() {
      return new Planner(this);
    }

    private static int jours(String nom, Period spacing) {
      Objects.requireNonNull(spacing, nom);
      if (spacing.getYears() != 0 || spacing.getMonths() != 0 || spacing.isNegative()) {
        throw new IllegalArgumentException(nom + ": " + spacing + " is not a number of days, weeks included, at least 0");
      }
      return spacing.getDays();
    }
  }
}
