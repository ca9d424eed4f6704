package io.github.plateformcoop.programme.model.completion;

/** Unit an attendance criterion counts in. */
public enum Unite {
  /** Séances attended, a partial attendance counting for its share. */
  SEANCES("séances"),
  /** Hours attended. */
  HEURES("heures");

  private final String libelle;

  Unite(String libelle) {
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
