package io.github.plateformcoop.programme.model;

/**
 * Kind of brique (building block) of a cycle.
 */
public enum TypeDeBrique {
  /** Awareness track: a series of séances. */
  SENSIBILISATION("parcours de sensibilisation"),
  /** Accompaniment to design and run territorial experimentations, in ateliers. */
  EXPERIMENTATION("accompagnement à l'expérimentation"),
  /** Diagnosis of the collectivités' needs. */
  DIAGNOSTIC("diagnostic des besoins"),
  /** Any other kind of brique. */
  AUTRE("autre");

  private final String libelle;

  TypeDeBrique(String libelle) {
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
