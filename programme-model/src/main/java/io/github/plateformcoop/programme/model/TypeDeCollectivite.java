package io.github.plateformcoop.programme.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kind of collectivité territoriale, with its INSEE catégorie juridique and its family.
 *
 * <p>Codes from the INSEE nomenclature of catégories juridiques (level III).
 */
public enum TypeDeCollectivite {
  /** Commune (7210). */
  COMMUNE("7210", FamilleDeCollectivite.COMMUNE, "commune"),
  /** Commune associée or déléguée (7312), attached to a parent commune. */
  COMMUNE_ASSOCIEE("7312", FamilleDeCollectivite.COMMUNE, "commune associée ou déléguée"),
  /** Communauté urbaine (7343). */
  COMMUNAUTE_URBAINE("7343", FamilleDeCollectivite.INTERCOMMUNALITE, "communauté urbaine"),
  /** Métropole (7344). */
  METROPOLE("7344", FamilleDeCollectivite.INTERCOMMUNALITE, "métropole"),
  /** Communauté de communes (7346). */
  COMMUNAUTE_DE_COMMUNES("7346", FamilleDeCollectivite.INTERCOMMUNALITE, "communauté de communes"),
  /** Communauté d'agglomération (7348). */
  COMMUNAUTE_D_AGGLOMERATION("7348", FamilleDeCollectivite.INTERCOMMUNALITE, "communauté d'agglomération"),
  /** Département (7220). */
  DEPARTEMENT("7220", FamilleDeCollectivite.DEPARTEMENT, "département"),
  /** Région (7230). */
  REGION("7230", FamilleDeCollectivite.REGION, "région");

  private final String categorieJuridique;
  private final FamilleDeCollectivite famille;
  private final String libelle;

  TypeDeCollectivite(String categorieJuridique, FamilleDeCollectivite famille, String libelle) {
    this.categorieJuridique = categorieJuridique;
    this.famille = famille;
    this.libelle = libelle;
  }

  /**
   * The INSEE catégorie juridique code, such as {@code 7344} for a métropole.
   *
   * @return the four-digit code, not null
   */
  public String getCategorieJuridique() {
    return categorieJuridique;
  }

  /**
   * The family this kind belongs to.
   *
   * @return the family, not null
   */
  public FamilleDeCollectivite getFamille() {
    return famille;
  }

  /**
   * Tells whether this kind is an EPCI à fiscalité propre.
   *
   * @return true for the intercommunalités
   */
  public boolean isIntercommunalite() {
    return famille == FamilleDeCollectivite.INTERCOMMUNALITE;
  }

  /**
   * The French label, for display only; JSON uses the constant's name.
   *
   * @return the label, not null
   */
  public String getLibelle() {
    return libelle;
  }

  /**
   * Finds the kind of an INSEE catégorie juridique code.
   *
   * @param code the four-digit code, not null
   * @return the kind, or empty if the code is not that of a collectivité of this enum
   */
  public static Optional<TypeDeCollectivite> fromCategorieJuridique(String code) {
    return Arrays.stream(values()).filter(t -> t.categorieJuridique.equals(code)).findFirst();
  }
}
