package io.github.plateformcoop.programme.model.completion;

/** Who must attend for a collectivité to count as present at a séance. */
public enum Representation {
  /** Any one of its participants: the holder of its seat, whoever holds it at the time. */
  UN_REPRESENTANT("un représentant"),
  /** An élu and a technicien together. */
  BINOME_ELU_TECHNICIEN("un binôme élu et technicien");

  private final String libelle;

  Representation(String libelle) {
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
