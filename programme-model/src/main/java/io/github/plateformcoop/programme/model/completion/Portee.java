package io.github.plateformcoop.programme.model.completion;

/** Whom a completion criterion is evaluated for. */
public enum Portee {
  /** Each participant. */
  PARTICIPANT("participant"),
  /** Each engaged collectivité, through its representatives. */
  COLLECTIVITE("collectivité");

  private final String libelle;

  Portee(String libelle) {
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
