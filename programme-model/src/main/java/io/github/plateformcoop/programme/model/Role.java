package io.github.plateformcoop.programme.model;

/**
 * Role of a participant representing a collectivité: élu (elected official) or technicien
 * (civil servant).
 */
public enum Role {
  /** Elected official (élu). */
  ELU("élu"),
  /** Civil servant of the collectivité (technicien). */
  TECHNICIEN("technicien");

  private final String libelle;

  Role(String libelle) {
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
