package io.github.plateformcoop.programme.model.completion;

/** Why a criterion is waived (after cmi5's Waived). */
public enum MotifDeDispense {
  /** Tested out: the competence is already acquired. */
  DEJA_ACQUIS("déjà acquis"),
  /** An equivalent activity was followed elsewhere. */
  ACTIVITE_EQUIVALENTE("activité équivalente"),
  /** An administrative decision. */
  ADMINISTRATIF("administratif");

  private final String libelle;

  MotifDeDispense(String libelle) {
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
