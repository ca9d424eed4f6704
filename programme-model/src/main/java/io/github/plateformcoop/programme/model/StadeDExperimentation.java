package io.github.plateformcoop.programme.model;

/**
 * Stage of an expérimentation territoriale (pilot project).
 */
public enum StadeDExperimentation {
  /** Considered: a need or a theme a platform could serve, constraints still to check. */
  ENVISAGEE("envisagée"),
  /** Being designed with the partners. */
  EN_CONCEPTION("en conception"),
  /** Running. */
  EN_COURS("en cours"),
  /** Run and evaluated. */
  EVALUEE("évaluée"),
  /** Given up. */
  ABANDONNEE("abandonnée");

  private final String libelle;

  StadeDExperimentation(String libelle) {
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
