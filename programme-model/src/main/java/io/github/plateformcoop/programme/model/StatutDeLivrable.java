package io.github.plateformcoop.programme.model;

/**
 * Progress of a deliverable.
 */
public enum StatutDeLivrable {
  /** Planned. */
  PREVU("prévu"),
  /** Being written or made. */
  EN_COURS("en cours"),
  /** Handed in. */
  REMIS("remis");

  private final String libelle;

  StatutDeLivrable(String libelle) {
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
