package io.github.plateformcoop.programme.model;

/**
 * A kind of constraint a collectivité must check before relying on a cooperative platform.
 */
public enum Contrainte {
  /** Technical. */
  TECHNIQUE("technique"),
  /** Regulatory, public procurement included. */
  REGLEMENTAIRE("réglementaire"),
  /** Budgetary. */
  BUDGETAIRE("budgétaire");

  private final String libelle;

  Contrainte(String libelle) {
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
