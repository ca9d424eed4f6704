package io.github.plateformcoop.programme.model;

/**
 * What happened to a stratégie territoriale at a date.
 */
public enum NatureDEtape {
  /** Voted or adopted. */
  ADOPTION("adoption"),
  /** Being rewritten or revised. */
  REVISION("révision"),
  /** Given a label. */
  LABELLISATION("labellisation");

  private final String libelle;

  NatureDEtape(String libelle) {
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
