package io.github.plateformcoop.programme.model;

/**
 * How a séance is held.
 */
public enum Modalite {
  /** In person. */
  PRESENTIEL("présentiel"),
  /** Remote. */
  DISTANCIEL("distanciel"),
  /** Both in person and remote. */
  HYBRIDE("hybride");

  private final String libelle;

  Modalite(String libelle) {
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
