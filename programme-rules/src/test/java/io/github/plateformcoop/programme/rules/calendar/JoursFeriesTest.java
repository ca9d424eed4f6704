package io.github.plateformcoop.programme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Public holidays against the official list: Code du travail L3133-1 (national list), L3134-13
 * (Alsace-Moselle), decree 83-1003 (abolition of slavery overseas); the movable days of 2020 to
 * 2030 as the yearly calendars of service-public.fr give them.
 */
class JoursFeriesTest {

  private static Set<LocalDate> jours(int annee, RegimeDeJoursFeries regime) {
    return JoursFeries.of(annee, regime).stream().map(Fermeture::getJour).collect(Collectors.toSet());
  }

  private static Set<LocalDate> fixes(int annee) {
    return Set.of(LocalDate.of(annee, 1, 1), LocalDate.of(annee, 5, 1), LocalDate.of(annee, 5, 8),
        LocalDate.of(annee, 7, 14), LocalDate.of(annee, 8, 15), LocalDate.of(annee, 11, 1),
        LocalDate.of(annee, 11, 11), LocalDate.of(annee, 12, 25));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2020, 2020-04-13, 2020-05-21, 2020-06-01, 2020-04-10",
    "2021, 2021-04-05, 2021-05-13, 2021-05-24, 2021-04-02",
    "2022, 2022-04-18, 2022-05-26, 2022-06-06, 2022-04-15",
    "2023, 2023-04-10, 2023-05-18, 2023-05-29, 2023-04-07",
    "2024, 2024-04-01, 2024-05-09, 2024-05-20, 2024-03-29",
    "2025, 2025-04-21, 2025-05-29, 2025-06-09, 2025-04-18",
    "2026, 2026-04-06, 2026-05-14, 2026-05-25, 2026-04-03",
    "2027, 2027-03-29, 2027-05-06, 2027-05-17, 2027-03-26",
    "2028, 2028-04-17, 2028-05-25, 2028-06-05, 2028-04-14",
    "2029, 2029-04-02, 2029-05-10, 2029-05-21, 2029-03-30",
    "2030, 2030-04-22, 2030-05-30, 2030-06-10, 2030-04-19",
  })
  void laListeOfficielleDe2020A2030(int annee, LocalDate lundiDePaques, LocalDate ascension, LocalDate lundiDePentecote,
      LocalDate vendrediSaint) {
    Set<LocalDate> nationaux = new java.util.HashSet<>(fixes(annee));
    nationaux.addAll(List.of(lundiDePaques, ascension, lundiDePentecote));
    assertThat(jours(annee, RegimeDeJoursFeries.METROPOLE)).hasSize(11).isEqualTo(nationaux);

    Set<LocalDate> alsaceMoselle = new java.util.HashSet<>(nationaux);
    alsaceMoselle.addAll(List.of(vendrediSaint, LocalDate.of(annee, 12, 26)));
    assertThat(jours(annee, RegimeDeJoursFeries.ALSACE_MOSELLE)).hasSize(13).isEqualTo(alsaceMoselle);

    Set<LocalDate> reunion = new java.util.HashSet<>(nationaux);
    reunion.add(LocalDate.of(annee, 12, 20));
    assertThat(jours(annee, RegimeDeJoursFeries.LA_REUNION)).isEqualTo(reunion);

    assertThat(JoursFeries.paques(annee)).isEqualTo(lundiDePaques.minusDays(1));
  }

  @ParameterizedTest
  @CsvSource({"GUADELOUPE, 05-27", "MARTINIQUE, 05-22", "GUYANE, 06-10", "LA_REUNION, 12-20", "MAYOTTE, 04-27"})
  void lAbolitionDeLEsclavageOutreMer(RegimeDeJoursFeries regime, String moisJour) {
    LocalDate jour = LocalDate.parse("2025-" + moisJour);
    assertThat(JoursFeries.calendrier(regime).fermetures(jour)).extracting(Fermeture::getLibelle)
        .containsExactly("abolition de l'esclavage");
    assertThat(JoursFeries.calendrier(RegimeDeJoursFeries.METROPOLE).fermetures(jour)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"57, ALSACE_MOSELLE", "67, ALSACE_MOSELLE", "68, ALSACE_MOSELLE", "54, METROPOLE", "59, METROPOLE",
    "971, GUADELOUPE", "974, LA_REUNION", "976, MAYOTTE", "2A, METROPOLE"})
  void leRegimeDUnDepartement(String departement, RegimeDeJoursFeries regime) {
    assertThat(RegimeDeJoursFeries.ofDepartement(departement)).isEqualTo(regime);
  }

  @Test
  void unJourOrdinaireEtUnJourFerie() {
    Calendrier metropole = JoursFeries.calendrier(RegimeDeJoursFeries.METROPOLE);
    assertThat(metropole.fermetures(LocalDate.of(2023, 5, 29))).extracting(Fermeture::getLibelle).containsExactly("lundi de Pentecôte");
    assertThat(metropole.fermetures(LocalDate.of(2022, 9, 26))).isEmpty();
    assertThat(metropole.fermetures(LocalDate.of(2023, 4, 7))).as("Good Friday outside Alsace-Moselle").isEmpty();
  }

  @Test
  void plusieursRegimesEtDesFermetures() {
    Calendrier lorraine = JoursFeries.calendrier(List.of(RegimeDeJoursFeries.ALSACE_MOSELLE, RegimeDeJoursFeries.METROPOLE))
        .and(Calendrier.of(List.of(PeriodeDeFermeture.of(LocalDate.of(2022, 12, 17), LocalDate.of(2023, 1, 2),
            "vacances de Noël, zone B"))));
    assertThat(lorraine.fermetures(LocalDate.of(2022, 12, 26))).extracting(Fermeture::getLibelle, Fermeture::isJourFerie)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Saint-Étienne", true),
            org.assertj.core.groups.Tuple.tuple("vacances de Noël, zone B", false));
    assertThat(lorraine.fermetures(LocalDate.of(2022, 12, 25))).extracting(Fermeture::getLibelle)
        .containsExactly("Noël", "vacances de Noël, zone B");
    assertThat(lorraine.fermetures(LocalDate.of(2023, 1, 3))).isEmpty();
    assertThat(Calendrier.none().fermetures(LocalDate.of(2023, 1, 1))).isEmpty();
  }

  /**
   * Easter dates far from today, from the published tables of the Gregorian computus: the
   * earliest possible date, 22 March (1818, 2285), the latest, 25 April (1886, 1943, 2038), and
   * others across four centuries.
   */
  @ParameterizedTest
  @CsvSource({"1818-03-22", "2285-03-22", "1886-04-25", "1943-04-25", "2038-04-25", "1900-04-15", "1913-03-23",
    "1961-04-02", "1981-04-19", "1991-03-31", "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21"})
  void paquesLoinDAujourdhui(LocalDate paques) {
    assertThat(JoursFeries.paques(paques.getYear())).isEqualTo(paques);
  }

  /** Every year the library reads, Easter is a Sunday from 22 March to 25 April. */
  @Test
  void paquesEstUnDimancheEntreLe22MarsEtLe25Avril() {
    for (int annee = 1583; annee <= 9999; annee++) {
      LocalDate paques = JoursFeries.paques(annee);
      assertThat(paques.getYear()).isEqualTo(annee);
      assertThat(paques.getDayOfWeek()).as("%s", paques).isEqualTo(java.time.DayOfWeek.SUNDAY);
      assertThat(paques).as("%s", paques).isBetween(LocalDate.of(annee, 3, 22), LocalDate.of(annee, 4, 25));
    }
    assertThat(JoursFeries.paques(1583)).isEqualTo(LocalDate.of(1583, 4, 10));
  }

  @Test
  void uneFermetureSeDecrit() {
    assertThat(Fermeture.ofJourFerie(LocalDate.of(2023, 5, 1), "fête du Travail")).hasToString("2023-05-01 fête du Travail (jour férié)")
        .isEqualTo(Fermeture.ofJourFerie(LocalDate.of(2023, 5, 1), "fête du Travail"))
        .isNotEqualTo(Fermeture.of(LocalDate.of(2023, 5, 1), "fête du Travail"));
    assertThat(Fermeture.of(LocalDate.of(2023, 2, 20), "vacances d'hiver")).hasToString("2023-02-20 vacances d'hiver");
    assertThat(Fermeture.of(LocalDate.of(2023, 2, 20), "x").hashCode())
        .isNotEqualTo(Fermeture.ofJourFerie(LocalDate.of(2023, 2, 20), "x").hashCode());
    assertThat(RegimeDeJoursFeries.ALSACE_MOSELLE.getDepartements()).containsExactlyInAnyOrder("57", "67", "68");
    assertThat(RegimeDeJoursFeries.METROPOLE.getDepartements()).isEmpty();
  }

  @Test
  void lesJoursDUneAnneeParOrdreDeDate() {
    List<LocalDate> jours = JoursFeries.of(2023, RegimeDeJoursFeries.ALSACE_MOSELLE).stream().map(Fermeture::getJour).toList();
    assertThat(jours).hasSize(13).isSorted();
    assertThat(JoursFeries.of(1583, RegimeDeJoursFeries.METROPOLE)).as("the first Gregorian year").hasSize(11);
    assertThat(JoursFeries.of(1582, RegimeDeJoursFeries.METROPOLE)).as("before the Gregorian calendar").isEmpty();
  }

  @Test
  void desBornesRefusees() {
    assertThatThrownBy(() -> JoursFeries.paques(1500)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PeriodeDeFermeture.of(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 1), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023-01-02 to 2023-01-01");
  }
}
