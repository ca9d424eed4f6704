package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A period announced in months ("de septembre 2022 à avril 2023"), both months included.
 *
 * <p>Announced periods sit beside the dated séances, which may be known later or never.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodeAnnoncee.class)
@JsonDeserialize(as = ImmutablePeriodeAnnoncee.class)
public abstract class PeriodeAnnoncee {

  /**
   * The first month of the period.
   *
   * @return the first month, not null
   */
  @DateDuCalendrier
  public abstract YearMonth getDebut();

  /**
   * The last month of the period, included.
   *
   * @return the last month, not before {@link #getDebut()}
   */
  @DateDuCalendrier
  public abstract YearMonth getFin();

  /**
   * Where the period comes from.
   *
   * @return the provenance, if known
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  /**
   * Tells whether a day falls within the period.
   *
   * @param jour the day, not null
   * @return true if the day's month is within the period
   */
  public final boolean contains(LocalDate jour) {
    YearMonth mois = YearMonth.from(jour);
    return !mois.isBefore(getDebut()) && !mois.isAfter(getFin());
  }

  /**
   * The first day of the period.
   *
   * @return the first day of the first month, not null
   */
  public final LocalDate firstDay() {
    return getDebut().atDay(1);
  }

  /**
   * The last day of the period.
   *
   * @return the last day of the last month, not null
   */
  public final LocalDate lastDay() {
    return getFin().atEndOfMonth();
  }

  @Value.Check
  protected void verifier() {
    if (getFin().isBefore(getDebut())) {
      throw InconsistentValueException.of("valeur.periode-inverse", "debut", getDebut(), "fin", getFin());
    }
  }

  /**
   * A period from one month to another.
   *
   * @param debut the first month, not null
   * @param fin the last month, not null, not before {@code debut}
   * @return the period, not null
   * @throws IllegalStateException if {@code fin} is before {@code debut}
   */
  public static PeriodeAnnoncee of(YearMonth debut, YearMonth fin) {
    return builder().debut(debut).fin(fin).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeriodeAnnoncee}. */
  public static final class Builder extends ImmutablePeriodeAnnoncee.Builder {}
}
