package io.github.plateformcoop.programme.model;

/**
 * Kind of stratégie territoriale, a local policy a cooperative platform can be written into.
 */
public enum TypeDeStrategie {
  /** Projet alimentaire territorial. */
  PAT("projet alimentaire territorial"),
  /** Pôle territorial de coopération économique, with its themes. */
  PTCE("pôle territorial de coopération économique"),
  /** Digital roadmap, with its axes. */
  FEUILLE_DE_ROUTE_NUMERIQUE("feuille de route numérique"),
  /** Projet de territoire. */
  PROJET_DE_TERRITOIRE("projet de territoire"),
  /** Any other local strategy. */
  AUTRE("autre");

  private final String libelle;

  TypeDeStrategie(String libelle) {
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
