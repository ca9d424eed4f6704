package io.github.plateformcoop.programme.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a day is closed: a public holiday ("lundi de Pâques") or a closure a region gives as data
 * ("vacances de Noël, zone B").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fermeture {

  private final LocalDate jour;
  private final String libelle;
  private final boolean jourFerie;

  private Fermeture(LocalDate jour, String libelle, boolean jourFerie) {
    this.jour = Objects.requireNonNull(jour, "jour");
    this.libelle = Objects.requireNonNull(libelle, "libelle");
    this.jourFerie = jourFerie;
  }

  /**
   * A closure that is not a public holiday, such as a day of school holidays.
   *
   * @param jour the day, not null
   * @param libelle what closes it, in the words of its source, not null
   * @return the closure, not null
   */
  public static Fermeture of(LocalDate jour, String libelle) {
    return new Fermeture(jour, libelle, false);
  }

  /**
   * A public holiday.
   *
   * @param jour the day, not null
   * @param libelle the holiday's name ("lundi de Pâques"), not null
   * @return the closure, not null
   */
  public static Fermeture ofJourFerie(LocalDate jour, String libelle) {
    return new Fermeture(jour, libelle, true);
  }

  /**
   * The day closed.
   *
   * @return the day, not null
   */
  public LocalDate getJour() {
    return jour;
  }

  /**
   * What closes the day, in the words of its source.
   *
   * @return the wording, not null
   */
  public String getLibelle() {
    return libelle;
  }

  /**
   * Tells whether the day is a public holiday rather than a closure given as data.
   *
   * @return true for a public holiday
   */
  public boolean isJourFerie() {
    return jourFerie;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fermeture f && f.jour.equals(jour) && f.libelle.equals(libelle) && f.jourFerie == jourFerie;
  }

  @Override
  public int hashCode() {
    return Objects.hash(jour, libelle, jourFerie);
  }

  @Override
  public String toString() {
    return jour + " " + libelle + (jourFerie ? " (jour férié)" : "");
  }
}
