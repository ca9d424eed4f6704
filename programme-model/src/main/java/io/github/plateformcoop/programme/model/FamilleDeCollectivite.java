package io.github.plateformcoop.programme.model;

/**
 * Family of collectivités territoriales, as a cycle's public cible targets them.
 *
 * <p>Communes include communes associées and déléguées; intercommunalités are the EPCI à
 * fiscalité propre (communautés de communes, d'agglomération, urbaines, métropoles).
 */
public enum FamilleDeCollectivite {
  /** Communes, associées and déléguées included. */
  COMMUNE("communes"),
  /** Établissements publics de coopération intercommunale à fiscalité propre. */
  INTERCOMMUNALITE("intercommunalités"),
  /** Départements. */
  DEPARTEMENT("départements"),
  /** Régions. */
  REGION("régions");

  private final String libelle;

  FamilleDeCollectivite(String libelle) {
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
