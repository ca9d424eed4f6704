package io.github.plateformcoop.programme.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a day is closed: a public holiday ("lundi de Pâques") or a closure a region gives as data
 * ("vacances de Noël, zone B").
 *
 * @param jour the day, not null
 * @param libelle what closes it, in the words of its source, not null
 * @param ferie whether it is a public holiday rather than a closure
 */
public record Fermeture(LocalDate jour, String libelle, boolean ferie) {

  /**
   * Checks the components.
   *
   * @param jour the day, not null
   * @param libelle what closes it, not null
   * @param ferie whether it is a public holiday
   */
  public Fermeture {
    Objects.requireNonNull(jour, "jour");
    Objects.requireNonNull(libelle, "libelle");
  }
}
