package io.github.plateformcoop.programme.model.completion;

/** What an excused absence counts as. */
public enum TraitementDesExcuses {
  /** Left out: the séance counts neither as held nor as attended. */
  EXCLUES("exclues"),
  /** Counted as attended. */
  PRESENTES("comptées présentes"),
  /** Counted as missed. */
  ABSENTES("comptées absentes");

  private final String libelle;

  TraitementDesExcuses(String libelle) {
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
