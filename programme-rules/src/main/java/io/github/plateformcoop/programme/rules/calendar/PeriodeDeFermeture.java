package io.github.plateformcoop.programme.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closure over days, both included, such as the school holidays of a zone.
 *
 * @param debut the first closed day, not null
 * @param fin the last closed day, not before {@code debut}
 * @param libelle what closes it, not null
 */
public record PeriodeDeFermeture(LocalDate debut, LocalDate fin, String libelle) {

  /**
   * Checks the components.
   *
   * @param debut the first closed day, not null
   * @param fin the last closed day, not null
   * @param libelle what closes it, not null
   * @throws IllegalArgumentException if {@code fin} is before {@code debut}
   */
  public PeriodeDeFermeture {
    Objects.requireNonNull(debut, "debut");
    Objects.requireNonNull(fin, "fin");
    Objects.requireNonNull(libelle, "libelle");
    if (fin.isBefore(debut)) {
      throw new IllegalArgumentException("A closure cannot end before it starts: " + debut + " to " + fin);
    }
  }

  /**
   * A closure from one day to another, both included.
   *
   * @param debut the first closed day, not null
   * @param fin the last closed day, not null
   * @param libelle what closes it, not null
   * @return the closure, not null
   */
  public static PeriodeDeFermeture of(LocalDate debut, LocalDate fin, String libelle) {
    return new PeriodeDeFermeture(debut, fin, libelle);
  }

  /**
   * Tells whether a day is closed by this period.
   *
   * @param jour the day, not null
   * @return true if within the period
   */
  public boolean contient(LocalDate jour) {
    return !jour.isBefore(debut) && !jour.isAfter(fin);
  }
}
