package io.github.plateformcoop.programme.rules.calendar;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public holidays that apply in a territory: the national list of the Code du travail
 * (article L3133-1), with Alsace-Moselle's two more days, or with the day an overseas
 * département commemorates the abolition of slavery.
 */
public enum RegimeDeJoursFeries {
  /** The national list. */
  METROPOLE(Set.of()),
  /** Bas-Rhin, Haut-Rhin, Moselle: Good Friday and 26 December besides (Code du travail, L3134-13). */
  ALSACE_MOSELLE(Set.of("57", "67", "68")),
  /** Guadeloupe: abolition of slavery on 27 May. */
  GUADELOUPE(Set.of("971")),
  /** Martinique: abolition of slavery on 22 May. */
  MARTINIQUE(Set.of("972")),
  /** Guyane: abolition of slavery on 10 June. */
  GUYANE(Set.of("973")),
  /** La Réunion: abolition of slavery on 20 December. */
  LA_REUNION(Set.of("974")),
  /** Mayotte: abolition of slavery on 27 April. */
  MAYOTTE(Set.of("976"));

  private static final Map<String, RegimeDeJoursFeries> PAR_DEPARTEMENT = Map.of(
      "57", ALSACE_MOSELLE, "67", ALSACE_MOSELLE, "68", ALSACE_MOSELLE,
      "971", GUADELOUPE, "972", MARTINIQUE, "973", GUYANE, "974", LA_REUNION, "976", MAYOTTE);

  private final Set<String> departements;

  RegimeDeJoursFeries(Set<String> departements) {
    this.departements = departements;
  }

  /**
   * The départements this régime is particular to.
   *
   * @return the département codes, empty for the national list, never null
   */
  public Set<String> getDepartements() {
    return departements;
  }

  /**
   * The régime of a département.
   *
   * @param departement the département code, not null
   * @return its régime: {@link #METROPOLE} for any département without a particular one
   */
  public static RegimeDeJoursFeries ofDepartement(String departement) {
    return Optional.ofNullable(PAR_DEPARTEMENT.get(departement)).orElse(METROPOLE);
  }
}
