package io.github.plateformcoop.programme.model;

/**
 * Status of a collectivité's engagement in a cycle.
 */
public enum StatutDEngagement {
  /** The collectivité takes part. */
  ENGAGEE("engagée"),
  /** Invited; its answer is awaited. */
  EN_ATTENTE_DE_REPONSE("en attente de réponse"),
  /** The collectivité took part and withdrew. */
  RETIREE("retirée");

  private final String libelle;

  StatutDEngagement(String libelle) {
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
