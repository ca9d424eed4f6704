package io.github.plateformcoop.programme.model;

/**
 * Half of a one-day atelier, for attendance taken per half-day.
 */
public enum DemiJournee {
  /** Morning. */
  MATIN("matin"),
  /** Afternoon. */
  APRES_MIDI("après-midi");

  private final String libelle;

  DemiJournee(String libelle) {
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
