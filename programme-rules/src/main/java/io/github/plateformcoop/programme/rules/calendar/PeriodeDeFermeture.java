package io.github.plateformcoop.programme.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closure over days, both included, such as the school holidays of a zone.
 *
 * @param firstDay the first closed day, not null
 * @param lastDay the last closed day, not before {@code firstDay}
 * @param libelle what closes it, not null
 */
public record PeriodeDeFermeture(LocalDate firstDay, LocalDate lastDay, String libelle) {

  /**
   * Checks the components.
   *
   * @param firstDay the first closed day, not null
   * @param lastDay the last closed day, not null
   * @param libelle what closes it, not null
   * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay}
   */
  public PeriodeDeFermeture {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(libelle, "libelle");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("A closure cannot end before it starts: " + firstDay + " to " + lastDay);
    }
  }

  /**
   * A closure from one day to another, both included.
   *
   * @param firstDay the first closed day, not null
   * @param lastDay the last closed day, not null
   * @param libelle what closes it, not null
   * @return the closure, not null
   */
  public static PeriodeDeFermeture of(LocalDate firstDay, LocalDate lastDay, String libelle) {
    return new PeriodeDeFermeture(firstDay, lastDay, libelle);
  }

  /**
   * Tells whether a day is closed by this period.
   *
   * @param jour the day, not null
   * @return true if within the period
   */
  public boolean contains(LocalDate jour) {
    return !jour.isBefore(firstDay) && !jour.isAfter(lastDay);
  }
}
