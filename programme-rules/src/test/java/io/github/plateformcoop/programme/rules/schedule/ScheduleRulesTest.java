package io.github.plateformcoop.programme.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.DateAnnoncee;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.rules.Cycles;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.calendar.Calendrier;
import io.github.plateformcoop.programme.rules.calendar.PeriodeDeFermeture;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each schedule rule on the case it must catch and the case it must not. */
class ScheduleRulesTest {

  private static final LocalDate LUNDI = LocalDate.of(2022, 9, 26);

  private static List<Violation> de(String code, Cycle cycle) {
    return de(RuleSet.defaults(), code, cycle);
  }

  private static List<Violation> de(RuleSet regles, String code, Cycle cycle) {
    return regles.validate(cycle).withCode(code).getViolations();
  }

  private static Seance seance(String id, LocalDate date, String debut, String fin, String... intervenants) {
    Seance.Builder b = Seance.builder();
    b.id(id).date(date).addIntervenantIds(intervenants);
    if (debut != null) {
      b.debut(LocalTime.parse(debut)).fin(LocalTime.parse(fin));
    }
    return b.build();
  }

  /** The valid cycle with the sensibilisation brique's séances replaced. */
  private static Cycle avecSeances(Seance... seances) {
    return Cycles.depuisValide().briques(List.of(Brique.builder().from(Cycles.valide().getBriques().get(0))
        .seances(List.of(seances)).build())).build();
  }

  @Test
  void leCycleValideNeDeclencheAucuneRegleDeCalendrier() {
    assertThat(RuleSet.defaults().validate(Cycles.valide()).getViolations()).isEmpty();
  }

  @Test
  void plusDeSeancesQueLeFormatEnAnnonce() {
    Cycle trois = avecSeances(seance("s1", LUNDI, null, null), seance("s2", LUNDI.plusWeeks(3), null, null),
        seance("s3", LUNDI.plusWeeks(6), null, null));
    assertThat(de("seance.nombre-depasse", trois)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("briques[0].seances");
      assertThat(Cycles.fr(v)).isEqualTo("3 séances pour « Parcours de sensibilisation », qui en annonce 2");
    });
    assertThat(de("seance.nombre-depasse", Cycles.valide())).isEmpty();
  }

  @Test
  void moinsDeSeancesPlanifieesQueLeFormatEnAnnonce() {
    Cycle une = avecSeances(seance("s1", LUNDI, null, null));
    assertThat(de("seance.nombre-incomplet", une)).singleElement().satisfies(v ->
        assertThat(v.getArguments()).containsEntry("manquantes", 1));
    assertThat(de("seance.nombre-incomplet", Cycles.valide())).isEmpty();
  }

  @Test
  void uneSeanceNonDatee() {
    Cycle cycle = avecSeances(seance("s1", LUNDI, null, null), Seance.builder().id("s2").build());
    assertThat(de("seance.non-datee", cycle)).extracting(Violation::getPath).containsExactly("briques[0].seances[1].date");
    assertThat(RuleSet.defaults().validate(cycle).getInfos()).hasSize(1);
  }

  @Test
  void uneDureeHorsToleranceMaisPasDansLaTolerance() {
    Cycle cycle = avecSeances(seance("s1", LUNDI, "09:00", "12:15"), seance("s2", LUNDI.plusWeeks(3), "09:00", "12:16"));
    assertThat(de("seance.duree", cycle)).singleElement().satisfies(v -> {
      assertThat(v.getSubjectIds()).containsExactly("s2");
      assertThat(Cycles.fr(v)).isEqualTo("la séance « s2 » dure 3 h 16 au lieu de 3 h (tolérance 0 h 15)");
    });
    assertThat(de(RuleSet.defaults().with(ScheduleRules.TOLERANCE_DE_DUREE, Duration.ofMinutes(20)), "seance.duree", cycle))
        .isEmpty();
  }

  @Test
  void unAtelierDUneJourneeTropCourt() {
    ModeleDeCycle modele = ModeleDeCycle.builder().from(Cycles.modele())
        .briques(List.of(ModeleDeBrique.builder().id("sensibilisation").type(TypeDeBrique.EXPERIMENTATION)
            .intitule("Ateliers").nombreDeSeances(2).format(FormatDeSeance.ofJourneeEntiere()).build())).build();
    Cycle cycle = Cycle.builder().from(avecSeances(seance("s1", LUNDI, "09:00", "17:00"),
        seance("s2", LUNDI.plusWeeks(3), "09:00", "12:00"))).modele(modele).build();
    assertThat(de("seance.duree", cycle)).singleElement().satisfies(v ->
        assertThat(Cycles.fr(v)).isEqualTo("la séance « s2 » d'une journée dure 3 h, moins que 5 h"));
  }

  @Test
  void uneSeanceHorsDeLaPeriodeDeSaBrique() {
    Cycle cycle = avecSeances(seance("s1", LUNDI, null, null), seance("s2", LocalDate.of(2023, 5, 2), null, null));
    assertThat(de("seance.hors-periode", cycle)).singleElement().satisfies(v ->
        assertThat(Cycles.fr(v)).isEqualTo(
            "la séance « s2 » du 2023-05-02 est hors de la période annoncée de sa brique (2022-09 à 2023-04)"));
    assertThat(de("seance.hors-periode", avecSeances(seance("s1", LUNDI, null, null), seance("s2", LocalDate.of(2023, 4, 28), null, null))))
        .isEmpty();
  }

  @Test
  void uneBriqueHorsDeLaPeriodeDuCycle() {
    Cycle cycle = Cycles.depuisValide().periode(PeriodeAnnoncee.of(YearMonth.of(2022, 9), YearMonth.of(2023, 3))).build();
    assertThat(de("brique.hors-periode", cycle)).extracting(Violation::getPath).containsExactly("briques[0].periodeAnnoncee");
    Cycle large = Cycles.depuisValide().periode(PeriodeAnnoncee.of(YearMonth.of(2022, 9), YearMonth.of(2023, 6))).build();
    assertThat(de("brique.hors-periode", large)).isEmpty();
  }

  @Test
  void deuxSeancesEnMemeTemps() {
    Cycle cycle = avecSeances(seance("s1", LUNDI, "09:00", "12:00"), seance("s2", LUNDI, "11:00", "14:00"));
    assertThat(de("seance.chevauchement", cycle)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("briques[0].seances[1]");
      assertThat(v.getSubjectIds()).containsExactly("s2", "s1");
    });
    Cycle aLaSuite = avecSeances(seance("s1", LUNDI, "09:00", "12:00"), seance("s2", LUNDI, "12:00", "15:00"));
    assertThat(de("seance.chevauchement", aLaSuite)).isEmpty();
    Cycle sansHoraires = avecSeances(seance("s1", LUNDI, null, null), seance("s2", LUNDI, "14:00", "17:00"));
    assertThat(de("seance.chevauchement", sansHoraires)).as("a séance with no hours takes its day").hasSize(1);
  }

  @Test
  void unIntervenantADeuxEndroitsALaFois() {
    Brique ateliers = Brique.builder().id("ateliers").addSeance(seance("a1", LUNDI, "10:00", "16:00", "tilt")).build();
    Cycle cycle = Cycle.builder().from(avecSeances(seance("s1", LUNDI, "09:00", "12:00", "tilt"),
        seance("s2", LUNDI.plusWeeks(3), null, null))).addBrique(ateliers).build();
    assertThat(de("intervenant.simultane", cycle)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("briques[1].seances[0]");
      assertThat(v.getSubjectIds()).containsExactly("tilt", "a1", "s1");
    });
    Brique autreIntervenant = Brique.builder().id("ateliers").addSeance(seance("a1", LUNDI, "10:00", "16:00", "rtes")).build();
    assertThat(de("intervenant.simultane", Cycle.builder().from(avecSeances(seance("s1", LUNDI, "09:00", "12:00", "tilt"),
        seance("s2", LUNDI.plusWeeks(3), null, null))).addBrique(autreIntervenant).build())).isEmpty();
  }

  @Test
  void unWeekEndUnJourFerieUneFermeture() {
    Cycle cycle = avecSeances(seance("s1", LocalDate.of(2022, 10, 1), null, null), seance("s2", LocalDate.of(2022, 11, 11), null, null));
    assertThat(de("seance.jour-ferme", cycle)).extracting(Cycles::fr).containsExactly(
        "la séance « s1 » tombe un week-end (2022-10-01)",
        "la séance « s2 » tombe un jour férié : 11 novembre (2022-11-11)");
    Cycle noel = avecSeances(seance("s1", LUNDI, null, null), seance("s2", LocalDate.of(2022, 12, 27), null, null));
    assertThat(de("seance.jour-ferme", noel)).isEmpty();
    RuleSet zoneB = RuleSet.defaults().with(ScheduleRules.FERMETURES, Calendrier.of(List.of(
        PeriodeDeFermeture.of(LocalDate.of(2022, 12, 17), LocalDate.of(2023, 1, 2), "vacances de Noël, zone B"))));
    assertThat(de(zoneB, "seance.jour-ferme", noel)).extracting(Cycles::fr).containsExactly(
        "la séance « s2 » tombe pendant une fermeture : vacances de Noël, zone B (2022-12-27)");
    assertThat(zoneB.validate(noel).withCode("seance.jour-ferme").getViolations().get(0).render(Locale.ENGLISH))
        .isEqualTo("séance \"s2\" falls during a closure: vacances de Noël, zone B (2022-12-27)");
  }

  @Test
  void leCalendrierSuitLeTerritoireDuCycle() {
    Cycle moselle = Cycles.depuisValide()
        .modele(ModeleDeCycle.builder().from(Cycles.modele()).publicCible(PublicCible.builder().addDepartements("54", "57").build()).build())
        .collectivites(List.of(Collectivite.builder().id("metz").nom("Metz").type(TypeDeCollectivite.COMMUNE).departement("57").build()))
        .engagements(List.of(Cycles.engagement("metz")))
        .participants(List.of()).presences(List.of())
        .briques(List.of(Brique.builder().from(Cycles.valide().getBriques().get(0))
            .seances(List.of(seance("s1", LocalDate.of(2022, 12, 26), null, null), seance("s2", LocalDate.of(2023, 4, 7), null, null)))
            .build()))
        .build();
    assertThat(de("seance.jour-ferme", moselle)).extracting(v -> v.getArguments().get("fermeture"))
        .containsExactly("Saint-Étienne", "Vendredi saint");
    Cycle nord = Cycle.builder().from(moselle).modele(Cycles.modele()).collectivites(List.of(Cycles.mel()))
        .engagements(List.of(Cycles.engagement("mel"))).build();
    assertThat(de("seance.jour-ferme", nord)).isEmpty();
  }

  @Test
  void laPremiereSeanceAuPremierJourAnnonce() {
    Cycle annonce = Cycles.depuisValide().premiereJournee(DateAnnoncee.builder().date(LUNDI).build()).build();
    assertThat(de("seance.premiere-journee", annonce)).isEmpty();
    Cycle decale = Cycles.depuisValide().premiereJournee(DateAnnoncee.builder().date(LUNDI.minusWeeks(1)).build()).build();
    assertThat(de("seance.premiere-journee", decale)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("briques[0].seances[0].date");
      assertThat(Cycles.fr(v)).isEqualTo("la première séance, « s1 », a lieu le 2022-09-26 et non le 2022-09-19 annoncé");
    });
  }

  @Test
  void lesAteliersAvantLeDebutDeLaSensibilisation() {
    ModeleDeCycle modele = ModeleDeCycle.builder().from(Cycles.modele())
        .addBrique(ModeleDeBrique.builder().id("ateliers").type(TypeDeBrique.EXPERIMENTATION).intitule("Ateliers")
            .nombreDeSeances(1).format(FormatDeSeance.ofJourneeEntiere()).build()).build();
    Cycle tot = Cycles.depuisValide().modele(modele)
        .addBrique(Brique.builder().id("ateliers").addSeance(seance("a1", LUNDI.minusWeeks(1), null, null)).build()).build();
    assertThat(de("brique.ordre", tot)).singleElement().satisfies(v -> assertThat(Cycles.fr(v)).isEqualTo(
        "la séance « a1 » de « ateliers » a lieu le 2022-09-19, avant le début de « sensibilisation » (2022-09-26)"));
    Cycle apres = Cycles.depuisValide().modele(modele)
        .addBrique(Brique.builder().id("ateliers").addSeance(seance("a1", LUNDI.plusWeeks(5), null, null)).build()).build();
    assertThat(de("brique.ordre", apres)).isEmpty();
    assertThat(de(RuleSet.defaults().with(ScheduleRules.ORDRE_DES_BRIQUES, List.of()), "brique.ordre", tot)).isEmpty();
    assertThat(de(RuleSet.defaults().with(ScheduleRules.ORDRE_DES_BRIQUES, List.of("ateliers", "sensibilisation")),
        "brique.ordre", apres)).extracting(Violation::getSubjectIds).containsExactly(List.of("s1"), List.of("s2"));
  }
}
