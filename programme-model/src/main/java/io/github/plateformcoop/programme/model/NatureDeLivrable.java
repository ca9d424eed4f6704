package io.github.plateformcoop.programme.model;

/**
 * Kind of deliverable (livrable) of a cycle.
 */
public enum NatureDeLivrable {
  /** A manifesto written by the collectivités. */
  MANIFESTE("manifeste"),
  /** An awareness game. */
  JEU_DE_SENSIBILISATION("jeu de sensibilisation"),
  /** Any other deliverable. */
  AUTRE("autre");

  private final String libelle;

  NatureDeLivrable(String libelle) {
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
