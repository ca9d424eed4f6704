package io.github.plateformcoop.programme.model;

/**
 * Attendance of a participant at a séance (émargement).
 */
public enum StatutDePresence {
  /** Present for the whole séance. */
  PRESENT("présent"),
  /** Absent without excuse. */
  ABSENT("absent"),
  /** Absent with an excuse. */
  EXCUSE("excusé"),
  /** Present for part of the séance: minutes or half-days say which. */
  PARTIELLEMENT_PRESENT("partiellement présent");

  private final String libelle;

  StatutDePresence(String libelle) {
    this.libelle = libelle;
  }

  /**
   * The French label, for display only; JSON uses the constant's name.
   *
   * @return the label, not null
   */
  public String getLibelle() {
    return libelle;
  }
}
