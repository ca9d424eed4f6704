package io.github.plateformcoop.programme.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.DateAnnoncee;
import io.github.plateformcoop.programme.model.DemiJournee;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.rules.Rule;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.calendar.Calendrier;
import io.github.plateformcoop.programme.rules.calendar.PeriodeDeFermeture;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The planner on hand-made cycles: a plan passes the rules, keeps what was fixed and honours the
 * preferences; an impossible cycle gets the obstacle that makes it so. Holidays from the Code du
 * travail (L3133-1) and, for Moselle, the Code du travail local (L3134-13); school holidays of zone B
 * 2022-2023 (Noël: 17 December 2022 to 3 January 2023).
 */
class PlannerTest {

  static final YearMonth SEPTEMBRE_2022 = YearMonth.of(2022, 9);
  static final YearMonth AVRIL_2023 = YearMonth.of(2023, 4);

  /** A modèle of the PlateformCoop shape: séances of 3 hours, one-day ateliers, for the départements given. */
  static ModeleDeCycle modele(int seances, int ateliers, String... departements) {
    ModeleDeCycle.Builder modele = ModeleDeCycle.builder().id("modele").intitule("Cycle de qualification")
        .publicCible(PublicCible.builder().addDepartements(departements).addFamilles(FamilleDeCollectivite.COMMUNE)
            .addRoles(Role.ELU).build())
        .addBrique(ModeleDeBrique.builder().id("sensibilisation").type(TypeDeBrique.SENSIBILISATION)
            .intitule("Parcours de sensibilisation").nombreDeSeances(seances).format(FormatDeSeance.of(Duration.ofHours(3))).build());
    if (ateliers > 0) {
      modele.addBrique(ModeleDeBrique.builder().id("experimentation").type(TypeDeBrique.EXPERIMENTATION)
          .intitule("Ateliers").nombreDeSeances(ateliers).format(FormatDeSeance.ofJourneeEntiere()).build());
    }
    return modele.build();
  }

  static Map<String, PeriodeAnnoncee> periodes(YearMonth debut, YearMonth fin) {
    return Map.of("sensibilisation", PeriodeAnnoncee.of(debut, fin));
  }

  /** The findings of warning or error a plan has and its cycle had not: none, for a good plan. */
  static List<Violation> nouveauxConstats(RuleSet rules, Cycle avant, Cycle apres) {
    Set<String> anciens = rules.validate(avant).getViolations().stream().filter(v -> v.getSeverity() != Severity.INFO)
        .map(v -> v.getCode() + v.getPath() + v.getSubjectIds()).collect(Collectors.toSet());
    return rules.validate(apres).getViolations().stream().filter(v -> v.getSeverity() != Severity.INFO)
        .filter(v -> !anciens.contains(v.getCode() + v.getPath() + v.getSubjectIds())).toList();
  }

  static List<LocalDate> dates(Cycle cycle, String brique) {
    return cycle.getBriques().stream().filter(b -> b.getId().equals(brique)).flatMap(b -> b.getSeances().stream())
        .map(s -> s.getDate().orElseThrow()).sorted().toList();
  }

  @Test
  void unModeleEstPlanifieEnEntierSansAucunConstat() {
    ModeleDeCycle modele = modele(8, 3, "59", "62");
    Map<String, PeriodeAnnoncee> periodes = new LinkedHashMap<>();
    periodes.put("sensibilisation", PeriodeAnnoncee.of(SEPTEMBRE_2022, AVRIL_2023));
    periodes.put("experimentation", PeriodeAnnoncee.of(YearMonth.of(2022, 11), YearMonth.of(2023, 6)));
    Plan plan = Planner.defaults().plan(modele, periodes);

    assertThat(plan.isPossible()).as(plan.toString()).isTrue();
    Cycle cycle = plan.getCycle().orElseThrow();
    assertThat(plan.getAddedSeanceIds()).hasSize(11).startsWith("sensibilisation-1").contains("experimentation-3");
    assertThat(plan.getPlannedSeanceIds()).isEqualTo(plan.getAddedSeanceIds());
    assertThat(RuleSet.defaults().validate(cycle).getViolations())
        .filteredOn(v -> v.getCode().startsWith("seance.") || v.getCode().startsWith("brique.") || v.getCode().startsWith("intervenant."))
        .isEmpty();
    assertThat(cycle.seances()).allSatisfy(s -> {
      assertThat(s.getDate().orElseThrow().getDayOfWeek()).isBetween(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
      assertThat(s.getDebut()).contains(LocalTime.of(9, 0));
    });
    assertThat(cycle.getBriques().get(0).getSeances()).allSatisfy(s -> assertThat(s.getFin()).contains(LocalTime.of(12, 0)));
    assertThat(cycle.getBriques().get(1).getSeances()).allSatisfy(s -> assertThat(s.getFin()).contains(LocalTime.of(17, 0)));
    assertThat(dates(cycle, "experimentation").get(0)).isAfterOrEqualTo(dates(cycle, "sensibilisation").get(0));
    assertThat(plan.getObstacle()).isEmpty();
  }

  @Test
  void lesSeancesSontRepartiesSurLaPeriodePlutotQueTasseesAuDebut() {
    Cycle cycle = Planner.defaults().plan(modele(8, 0, "59"), periodes(SEPTEMBRE_2022, AVRIL_2023)).getCycle().orElseThrow();
    List<LocalDate> dates = dates(cycle, "sensibilisation");
    // 242 days for 8 séances: one every 27 days, the first about 27 days in.
    assertThat(dates.get(0)).isBetween(LocalDate.of(2022, 9, 20), LocalDate.of(2022, 10, 5));
    assertThat(dates.get(7)).isBetween(LocalDate.of(2023, 3, 27), LocalDate.of(2023, 4, 10));
    for (int i = 1; i < dates.size(); i++) {
      assertThat(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i))).as("%s → %s", dates.get(i - 1), dates.get(i))
          .isBetween(20L, 34L);
    }
  }

  @Test
  void unEspacementCibleRassembleLesSeancesAutourDuMilieu() {
    Cycle cycle = Planner.builder().weekdays(DayOfWeek.THURSDAY).targetSpacing(Period.ofWeeks(2)).build()
        .plan(modele(4, 0, "59"), periodes(SEPTEMBRE_2022, AVRIL_2023)).getCycle().orElseThrow();
    List<LocalDate> dates = dates(cycle, "sensibilisation");
    for (int i = 1; i < dates.size(); i++) {
      assertThat(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i))).isEqualTo(14);
    }
    // The middle of September 2022 – April 2023 is mid-December; the Christmas closure is no holiday here.
    assertThat(dates.get(1)).isBetween(LocalDate.of(2022, 11, 24), LocalDate.of(2023, 1, 5));
  }

  @Test
  void leJourLeCreneauLEspacementMinimalEtLesDatesEcarteesSontRespectes() {
    List<LocalDate> ecartees = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2022, 10, 1); d.isBefore(LocalDate.of(2022, 11, 1)); d = d.plusDays(1)) {
      ecartees.add(d);
    }
    Planner planner = Planner.builder().weekdays(DayOfWeek.TUESDAY).slot(DemiJournee.APRES_MIDI)
        .minimumSpacing(Period.ofWeeks(3)).avoid(ecartees).build();
    Plan plan = planner.plan(modele(8, 0, "59"), periodes(SEPTEMBRE_2022, AVRIL_2023));

    List<LocalDate> dates = dates(plan.getCycle().orElseThrow(), "sensibilisation");
    assertThat(dates).allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY))
        .noneMatch(ecartees::contains);
    for (int i = 1; i < dates.size(); i++) {
      assertThat(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i))).isGreaterThanOrEqualTo(21);
    }
    assertThat(plan.getCycle().orElseThrow().seances()).allSatisfy(s -> {
      assertThat(s.getDebut()).contains(LocalTime.of(14, 0));
      assertThat(s.getFin()).contains(LocalTime.of(17, 0));
    });
  }

  @Test
  void laMemeEntreeDonneLeMemePlan() {
    Planner planner = Planner.builder().weekdays(DayOfWeek.MONDAY, DayOfWeek.THURSDAY).build();
    Cycle cycle = Planner.defaults().plan(modele(8, 3, "59"), Map.of(
        "sensibilisation", PeriodeAnnoncee.of(SEPTEMBRE_2022, AVRIL_2023),
        "experimentation", PeriodeAnnoncee.of(YearMonth.of(2022, 11), YearMonth.of(2023, 6)))).getCycle().orElseThrow();
    assertThat(planner.plan(cycle)).isEqualTo(planner.plan(cycle));
    assertThat(Planner.builder().weekdays(DayOfWeek.MONDAY, DayOfWeek.THURSDAY).build().plan(cycle)).isEqualTo(planner.plan(cycle));
  }

  /**
   * Good Friday and 26 December are holidays in Moselle (57), not in Nord (59). Fridays of March
   * and April 2024: nine, Good Friday 29 March among them; Tuesdays of December 2023: four, 26
   * December among them.
   */
  @ParameterizedTest(name = "{0}: {3} séances on {1}s of {2}")
  @CsvSource({
      "59, FRIDAY, 2024-03:2024-04, 9, true, ",
      "57, FRIDAY, 2024-03:2024-04, 8, true, 2024-03-29",
      "57, FRIDAY, 2024-03:2024-04, 9, false, 2024-03-29",
      "59, TUESDAY, 2023-12:2023-12, 4, true, ",
      "57, TUESDAY, 2023-12:2023-12, 3, true, 2023-12-26",
      "57, TUESDAY, 2023-12:2023-12, 4, false, 2023-12-26"})
  void enMoselleLeVendrediSaintEtLe26DecembreSontEvites(String departement, DayOfWeek jour, String periode, int seances,
      boolean possible, LocalDate ferie) {
    String[] mois = periode.split(":");
    Plan plan = Planner.builder().weekdays(jour).build()
        .plan(modele(seances, 0, departement), periodes(YearMonth.parse(mois[0]), YearMonth.parse(mois[1])));
    assertThat(plan.isPossible()).as(plan.toString()).isEqualTo(possible);
    if (possible) {
      List<LocalDate> dates = dates(plan.getCycle().orElseThrow(), "sensibilisation");
      assertThat(dates).hasSize(seances).allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(jour));
      if (ferie != null) {
        assertThat(dates).doesNotContain(ferie);
      }
    } else {
      Obstacle obstacle = plan.getObstacle().orElseThrow();
      assertThat(obstacle.getCode()).isEqualTo("plan.jours-insuffisants");
      assertThat(obstacle.getArguments()).containsEntry("libres", seances - 1).containsEntry("besoin", seances);
    }
  }

  @Test
  void tropPeuDeJoursLibresDonneLaBonneExplication() {
    // Tuesdays of November and December 2022: 9; 1 November is a holiday, 20 and 27 December are in the Christmas closure.
    RuleSet rules = RuleSet.defaults().with(ScheduleRules.FERMETURES, Calendrier.of(List.of(
        PeriodeDeFermeture.of(LocalDate.of(2022, 12, 17), LocalDate.of(2023, 1, 2), "vacances de Noël, zone B"))));
    Plan plan = Planner.builder().ruleSet(rules).weekdays(DayOfWeek.TUESDAY).build()
        .plan(modele(8, 0, "59"), periodes(YearMonth.of(2022, 11), YearMonth.of(2022, 12)));

    assertThat(plan.isPossible()).isFalse();
    assertThat(plan.getCycle()).isEmpty();
    assertThat(plan.getPlannedSeanceIds()).isEmpty();
    Obstacle obstacle = plan.getObstacle().orElseThrow();
    assertThat(obstacle.getCode()).isEqualTo("plan.jours-insuffisants");
    assertThat(obstacle.getSubjectIds()).containsExactly("sensibilisation");
    assertThat(obstacle.render(Locale.FRENCH)).isEqualTo("la brique « sensibilisation » a besoin de 8 séances, mais"
        + " seulement 6 jours libres (mardi) entre le 2022-11-01 et le 2022-12-31, après jours fériés, fermetures,"
        + " dates écartées et séances déjà fixées");
    assertThat(obstacle.render(Locale.ENGLISH)).isEqualTo("brique \"sensibilisation\" needs 8 séances, but only 6 days"
        + " are free (Tuesday) between 2022-11-01 and 2022-12-31, after public holidays, closures, avoided dates and"
        + " séances already fixed");
    // Six fit: the explanation counts exactly the free days.
    assertThat(Planner.builder().ruleSet(rules).weekdays(DayOfWeek.TUESDAY).build()
        .plan(modele(6, 0, "59"), periodes(YearMonth.of(2022, 11), YearMonth.of(2022, 12))).isPossible()).isTrue();
  }

  @Test
  void lesDatesFixeesNeBougentPasEtLeursConstatsRestentLesSeuls() {
    // s1 is fixed on a holiday (11 November 2022): its finding stays, the planner adds none.
    Cycle cycle = Cycle.builder().id("cycle").intitule("Cycle").modele(modele(4, 0, "59"))
        .addBrique(Brique.builder().id("sensibilisation").periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2022, 10), YearMonth.of(2022, 12)))
            .addSeance(Seance.builder().id("s1").date(LocalDate.of(2022, 11, 11)).debut(LocalTime.of(9, 0)).fin(LocalTime.of(12, 0)).build())
            .addSeance(Seance.builder().id("s2").build())
            .addSeance(Seance.builder().id("s3").date(LocalDate.of(2022, 12, 1)).build())
            .build())
        .build();
    Plan plan = Planner.defaults().plan(cycle);

    Cycle planifie = plan.getCycle().orElseThrow();
    assertThat(planifie.getBriques().get(0).getSeances().get(0)).isEqualTo(cycle.getBriques().get(0).getSeances().get(0));
    assertThat(planifie.getBriques().get(0).getSeances().get(2)).isEqualTo(cycle.getBriques().get(0).getSeances().get(2));
    assertThat(plan.getPlannedSeanceIds()).containsExactly("s2", "sensibilisation-4");
    assertThat(plan.getAddedSeanceIds()).containsExactly("sensibilisation-4");
    assertThat(nouveauxConstats(RuleSet.defaults(), cycle, planifie)).isEmpty();
    assertThat(RuleSet.defaults().validate(planifie).withCode("seance.jour-ferme").getViolations())
        .extracting(Violation::getSubjectIds).containsExactly(List.of("s1"));
    // The whole-day séance s3 has no hours: nothing else that day.
    assertThat(dates(planifie, "sensibilisation")).doesNotHaveDuplicates();
  }

  @Test
  void laPremiereJourneeAnnonceeEstCelleDeLaPremiereSeance() {
    Cycle cycle = Cycle.builder().id("cycle").intitule("Cycle").modele(modele(3, 0, "59"))
        .premiereJournee(DateAnnoncee.builder().date(LocalDate.of(2022, 9, 26)).build())
        .addBrique(Brique.builder().id("sensibilisation").periodeAnnoncee(PeriodeAnnoncee.of(SEPTEMBRE_2022, AVRIL_2023)).build())
        .build();
    Plan plan = Planner.defaults().plan(cycle);
    assertThat(dates(plan.getCycle().orElseThrow(), "sensibilisation")).first().isEqualTo(LocalDate.of(2022, 9, 26));

    Plan ecartee = Planner.builder().avoid(LocalDate.of(2022, 9, 26)).build().plan(cycle);
    Obstacle obstacle = ecartee.getObstacle().orElseThrow();
    assertThat(obstacle.getCode()).isEqualTo("plan.premiere-journee");
    assertThat(obstacle.render(Locale.FRENCH))
        .isEqualTo("la première journée annoncée, le 2022-09-26, ne peut accueillir aucune séance : date écartée");
    assertThat(Planner.builder().weekdays(DayOfWeek.TUESDAY).build().plan(cycle).getObstacle().orElseThrow().render(Locale.ENGLISH))
        .isEqualTo("the announced first day, 2022-09-26, can hold no séance: it is a Monday, a day not asked for");
  }

  @Test
  void lesAteliersNeCommencentPasAvantLaSensibilisation() {
    Map<String, PeriodeAnnoncee> periodes = Map.of(
        "sensibilisation", PeriodeAnnoncee.of(YearMonth.of(2022, 10), AVRIL_2023),
        "experimentation", PeriodeAnnoncee.of(SEPTEMBRE_2022, YearMonth.of(2022, 10)));
    Cycle cycle = Planner.defaults().plan(modele(8, 3, "59"), periodes).getCycle().orElseThrow();
    LocalDate debut = dates(cycle, "sensibilisation").get(0);
    assertThat(dates(cycle, "experimentation")).allSatisfy(d -> assertThat(d).isAfterOrEqualTo(debut));
    assertThat(RuleSet.defaults().validate(cycle).withCode("brique.ordre").getViolations()).isEmpty();
  }

  @Test
  void uneBriqueQuiDoitCommencerAvantUneDateFixeeDeLaSuivanteEtNeLePeutPas() {
    Cycle cycle = Cycle.builder().id("cycle").intitule("Cycle").modele(modele(2, 1, "59"))
        .addBrique(Brique.builder().id("sensibilisation").periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2022, 10), AVRIL_2023)).build())
        .addBrique(Brique.builder().id("experimentation").periodeAnnoncee(PeriodeAnnoncee.of(SEPTEMBRE_2022, AVRIL_2023))
            .addSeance(Seance.builder().id("atelier-1").date(LocalDate.of(2022, 9, 20)).build()).build())
        .build();
    Obstacle obstacle = Planner.defaults().plan(cycle).getObstacle().orElseThrow();
    assertThat(obstacle.getCode()).isEqualTo("plan.ordre");
    assertThat(obstacle.getSubjectIds()).containsExactly("sensibilisation", "experimentation");
    assertThat(obstacle.getArguments()).containsEntry("date", LocalDate.of(2022, 9, 20));
    // Without the order rule, nothing stops it.
    assertThat(Planner.builder().ruleSet(RuleSet.defaults().disable("brique.ordre")).build().plan(cycle).isPossible()).isTrue();
  }

  @Test
  void chaqueObstacleSeDitDansLesDeuxLangues() {
    Map<String, Plan> plans = new LinkedHashMap<>();
    Cycle sansPeriode = Cycle.builder().id("cycle").intitule("Cycle").modele(modele(2, 0, "59"))
        .addBrique(Brique.builder().id("sensibilisation").build()).build();
    plans.put("plan.sans-periode", Planner.defaults().plan(sansPeriode));
    ModeleDeCycle longue = ModeleDeCycle.builder().from(modele(1, 0, "59")).briques(List.of(ModeleDeBrique.builder()
        .id("sensibilisation").type(TypeDeBrique.SENSIBILISATION).intitule("Longue").nombreDeSeances(1)
        .format(FormatDeSeance.of(Duration.ofHours(11))).build())).build();
    plans.put("plan.horaires", Planner.builder().slot(DemiJournee.APRES_MIDI).build()
        .plan(longue, periodes(SEPTEMBRE_2022, SEPTEMBRE_2022)));
    plans.put("plan.espacement", Planner.builder().minimumSpacing(Period.ofWeeks(2)).build()
        .plan(modele(4, 0, "59"), periodes(SEPTEMBRE_2022, SEPTEMBRE_2022)));
    plans.put("plan.recherche-interrompue", Planner.builder().maxSteps(1).build()
        .plan(modele(4, 0, "59"), periodes(SEPTEMBRE_2022, AVRIL_2023)));
    for (Map.Entry<String, Plan> e : plans.entrySet()) {
      Obstacle obstacle = e.getValue().getObstacle().orElseThrow();
      assertThat(obstacle.getCode()).isEqualTo(e.getKey());
      assertThat(obstacle.render(Locale.FRENCH)).isNotBlank().doesNotContain("{").isNotEqualTo(obstacle.render(Locale.ENGLISH));
      assertThat(obstacle.render(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
    }
    assertThat(plans.get("plan.espacement").getObstacle().orElseThrow().getArguments())
        .containsEntry("possibles", 3).containsEntry("besoin", 4).containsEntry("espacement", 14);
    assertThat(plans.get("plan.horaires").getObstacle().orElseThrow().render(Locale.ENGLISH))
        .isEqualTo("a séance of \"sensibilisation\" would start at 14:00 and last 660 min: it would end after midnight");
  }

  /**
   * Two briques, three days: sensibilisation needs two séances two days apart (Monday and
   * Wednesday), the atelier one whole day, and a fixed afternoon séance takes Tuesday from it. Each
   * brique alone fits, and three days serve three séances; together they do not.
   */
  @Test
  void quandChaqueBriqueTientSeuleMaisPasEnsemble() {
    List<LocalDate> autres = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(LocalDate.of(2023, 2, 1)); d = d.plusDays(1)) {
      if (d.getDayOfMonth() < 9 || d.getDayOfMonth() > 11) {
        autres.add(d);
      }
    }
    ModeleDeCycle modele = ModeleDeCycle.builder().from(modele(2, 1, "59"))
        .addBrique(ModeleDeBrique.builder().id("restitution").type(TypeDeBrique.EXPERIMENTATION).intitule("Restitution")
            .nombreDeSeances(1).format(FormatDeSeance.of(Duration.ofHours(3))).build())
        .build();
    PeriodeAnnoncee janvier = PeriodeAnnoncee.of(YearMonth.of(2023, 1), YearMonth.of(2023, 1));
    Cycle cycle = Cycle.builder().id("cycle").intitule("Cycle").modele(modele)
        .addBrique(Brique.builder().id("sensibilisation").periodeAnnoncee(janvier).build())
        .addBrique(Brique.builder().id("experimentation").periodeAnnoncee(janvier).build())
        .addBrique(Brique.builder().id("restitution").periodeAnnoncee(janvier).addSeance(Seance.builder().id("r1")
            .date(LocalDate.of(2023, 1, 10)).debut(LocalTime.of(14, 0)).fin(LocalTime.of(17, 0)).build()).build())
        .build();
    // Without the order of the briques, which would also want the atelier before the restitution.
    RuleSet sansOrdre = RuleSet.defaults().disable("brique.ordre");
    Planner planner = Planner.builder().ruleSet(sansOrdre).weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)
        .minimumSpacing(Period.ofDays(2)).avoid(autres).build();

    Obstacle obstacle = planner.plan(cycle).getObstacle().orElseThrow();
    assertThat(obstacle.getCode()).isEqualTo("plan.combinaison");
    assertThat(obstacle.getSubjectIds()).containsExactly("sensibilisation", "experimentation");
    // With one day more (Thursday 12), all three fit.
    List<LocalDate> sansLeJeudi = autres.stream().filter(d -> !d.equals(LocalDate.of(2023, 1, 12))).toList();
    Plan plan = Planner.builder().ruleSet(sansOrdre).weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
        .minimumSpacing(Period.ofDays(2)).avoid(sansLeJeudi).build().plan(cycle);
    assertThat(nouveauxConstats(sansOrdre, cycle, plan.getCycle().orElseThrow())).isEmpty();
    assertThat(dates(plan.getCycle().orElseThrow(), "experimentation")).doesNotContain(LocalDate.of(2023, 1, 10));
    // With the order of the briques, the atelier must come before the restitution of Tuesday 10: no plan again.
    assertThat(Planner.builder().weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
        .minimumSpacing(Period.ofDays(2)).avoid(sansLeJeudi).build().plan(cycle).getObstacle().map(Obstacle::getCode))
        .contains("plan.combinaison");
  }

  @Test
  void desBriquesQuiPartagentTropPeuDeJours() {
    Plan plan = Planner.builder().weekdays(DayOfWeek.WEDNESDAY).build().plan(modele(3, 3, "59"), Map.of(
        "sensibilisation", PeriodeAnnoncee.of(SEPTEMBRE_2022, SEPTEMBRE_2022),
        "experimentation", PeriodeAnnoncee.of(SEPTEMBRE_2022, SEPTEMBRE_2022)));
    Obstacle obstacle = plan.getObstacle().orElseThrow();
    // Wednesdays of September 2022: 7, 14, 21, 28.
    assertThat(obstacle.getCode()).isEqualTo("plan.jours-partages");
    assertThat(obstacle.getArguments()).containsEntry("besoin", 6).containsEntry("libres", 4);
  }

  @Test
  void uneRegleQueLePlanificateurNeConnaitPasArreteLePlanAuLieuDeLeRendreMauvais() {
    Rule pasLeMercredi = Rule.builder("region.mercredi", Severity.WARNING)
        .description(Locale.FRENCH, "Pas de séance le mercredi.").description(Locale.ENGLISH, "No séance on Wednesdays.")
        .message(Locale.FRENCH, "« {seance} » tombe un mercredi").message(Locale.ENGLISH, "\"{seance}\" falls on a Wednesday")
        .check((cycle, context) -> cycle.seances()
            .filter(s -> s.getDate().map(d -> d.getDayOfWeek() == DayOfWeek.WEDNESDAY).orElse(false))
            .forEach(s -> context.at("seances").subject(s.getId()).argument("seance", s.getId()).report()))
        .build();
    Plan plan = Planner.builder().ruleSet(RuleSet.defaults().withRule(pasLeMercredi)).weekdays(DayOfWeek.WEDNESDAY).build()
        .plan(modele(2, 0, "59"), periodes(SEPTEMBRE_2022, AVRIL_2023));
    Obstacle obstacle = plan.getObstacle().orElseThrow();
    assertThat(obstacle.getCode()).isEqualTo("plan.regle");
    assertThat(obstacle.getArguments()).containsEntry("code", "region.mercredi");
    assertThat(obstacle.render(Locale.FRENCH)).startsWith("le calendrier proposé enfreindrait la règle region.mercredi : « sensibilisation-");
  }

  @Test
  void unCycleSansRienADaterEstRenduTelQuel() {
    Cycle cycle = Planner.defaults().plan(modele(2, 0, "59"), periodes(SEPTEMBRE_2022, AVRIL_2023)).getCycle().orElseThrow();
    Plan plan = Planner.defaults().plan(cycle);
    assertThat(plan.getCycle()).contains(cycle);
    assertThat(plan.getPlannedSeanceIds()).isEmpty();
  }

  @Test
  void lesReglagesIncoherentsSontRefusesEnLesNommant() {
    assertThatThrownBy(() -> Planner.builder().minimumSpacing(Period.ofMonths(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumSpacing");
    assertThatThrownBy(() -> Planner.builder().targetSpacing(Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetSpacing");
    assertThatThrownBy(() -> Planner.builder().weekdays(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekdays");
    assertThatThrownBy(() -> Planner.builder().maxSteps(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSteps");
    assertThatThrownBy(() -> Planner.defaults().plan(modele(2, 0, "59"), Map.of("ateliers", PeriodeAnnoncee.of(SEPTEMBRE_2022, AVRIL_2023))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ateliers");
    Planner planner = Planner.builder().weekdays(DayOfWeek.FRIDAY).minimumSpacing(Period.ofDays(10))
        .targetSpacing(Period.ofWeeks(3)).avoid(LocalDate.of(2023, 1, 6)).maxSteps(50).slot(DemiJournee.APRES_MIDI).build();
    assertThat(planner.getWeekdays()).containsExactly(DayOfWeek.FRIDAY);
    assertThat(planner.getMinimumSpacing()).isEqualTo(10);
    assertThat(planner.getTargetSpacing()).contains(21);
    assertThat(planner.getAvoidedDates()).containsExactly(LocalDate.of(2023, 1, 6));
    assertThat(planner.getMaxSteps()).isEqualTo(50);
    assertThat(planner.getSlot()).isEqualTo(DemiJournee.APRES_MIDI);
    assertThat(planner.getRuleSet().getRules()).hasSameSizeAs(RuleSet.defaults().getRules());
  }

  @Test
  void unPlanEtUnObstacleSontDesValeurs() {
    Map<String, PeriodeAnnoncee> periodes = periodes(SEPTEMBRE_2022, AVRIL_2023);
    Plan plan = Planner.defaults().plan(modele(2, 0, "59"), periodes);
    Plan memePlan = Planner.defaults().plan(modele(2, 0, "59"), periodes);
    assertThat(plan).isEqualTo(memePlan).hasSameHashCodeAs(memePlan)
        .isNotEqualTo(Planner.defaults().plan(modele(3, 0, "59"), periodes)).isNotEqualTo("plan");
    assertThat(plan.toString()).isEqualTo("Plan[[sensibilisation-1, sensibilisation-2]]");

    Planner mardis = Planner.builder().weekdays(DayOfWeek.TUESDAY).build();
    Obstacle obstacle = mardis.plan(modele(9, 0, "59"), periodes(SEPTEMBRE_2022, SEPTEMBRE_2022)).getObstacle().orElseThrow();
    Obstacle meme = mardis.plan(modele(9, 0, "59"), periodes(SEPTEMBRE_2022, SEPTEMBRE_2022)).getObstacle().orElseThrow();
    Obstacle autre = mardis.plan(modele(8, 0, "59"), periodes(SEPTEMBRE_2022, SEPTEMBRE_2022)).getObstacle().orElseThrow();
    assertThat(obstacle).isEqualTo(meme).hasSameHashCodeAs(meme).isNotEqualTo(autre).isNotEqualTo(obstacle.getMessage());
    assertThat(obstacle.getMessage().getKey()).isEqualTo("plan.jours-insuffisants");
    assertThat(obstacle.getMessage().getArguments()).isEqualTo(obstacle.getArguments());
    assertThat(obstacle.toString()).startsWith("plan.jours-insuffisants [sensibilisation] {brique=sensibilisation, besoin=9, libres=4");
    assertThat(Planner.defaults().plan(Cycle.builder().id("c").intitule("C").modele(modele(1, 0, "59"))
        .addBrique(Brique.builder().id("sensibilisation").build()).build()).toString())
        .isEqualTo("Plan[plan.sans-periode [sensibilisation] {brique=sensibilisation}]");
  }

  @Test
  void laRechercheSArreteAuNombreDEtapesDonneEtPasAvant() {
    // Two séances far apart: the search dates each once, two steps.
    Map<String, PeriodeAnnoncee> periodes = periodes(SEPTEMBRE_2022, AVRIL_2023);
    assertThat(Planner.builder().maxSteps(2).build().plan(modele(2, 0, "59"), periodes).isPossible()).isTrue();
    Obstacle obstacle = Planner.builder().maxSteps(1).build().plan(modele(2, 0, "59"), periodes).getObstacle().orElseThrow();
    assertThat(obstacle.getCode()).isEqualTo("plan.recherche-interrompue");
    assertThat(obstacle.getArguments()).containsEntry("etapes", 1L);
  }

  @Test
  void uneSeanceQuiFiniraitAMinuitPileNeTientPas() {
    ModeleDeCycle dixHeures = ModeleDeCycle.builder().from(modele(1, 0, "59")).briques(List.of(ModeleDeBrique.builder()
        .id("sensibilisation").type(TypeDeBrique.SENSIBILISATION).intitule("Longue").nombreDeSeances(1)
        .format(FormatDeSeance.of(Duration.ofHours(10))).build())).build();
    assertThat(Planner.builder().slot(DemiJournee.APRES_MIDI).build().plan(dixHeures, periodes(SEPTEMBRE_2022, SEPTEMBRE_2022))
        .getObstacle().map(Obstacle::getCode)).contains("plan.horaires");
    assertThat(Planner.defaults().plan(dixHeures, periodes(SEPTEMBRE_2022, SEPTEMBRE_2022)).getCycle().orElseThrow()
        .seances().findFirst().orElseThrow().getFin()).contains(LocalTime.of(19, 0));
  }

  @Test
  void uneJourneeDontLaDureeMinimaleDepasseHuitHeuresFinitPlusTard() {
    RuleSet rules = RuleSet.defaults().with(ScheduleRules.DUREE_MINIMALE_D_UNE_JOURNEE, Duration.ofHours(9));
    Cycle cycle = Planner.builder().ruleSet(rules).build().plan(modele(1, 1, "59"), Map.of(
        "sensibilisation", PeriodeAnnoncee.of(SEPTEMBRE_2022, SEPTEMBRE_2022),
        "experimentation", PeriodeAnnoncee.of(SEPTEMBRE_2022, SEPTEMBRE_2022))).getCycle().orElseThrow();
    assertThat(cycle.getBriques().get(1).getSeances().get(0).getFin()).contains(LocalTime.of(18, 0));
  }

  @Test
  void sansLaRegleDesJoursFermesLeSamediPeutEtreDemande() {
    Planner samedis = Planner.builder().weekdays(DayOfWeek.SATURDAY).build();
    assertThat(samedis.plan(modele(2, 0, "59"), periodes(SEPTEMBRE_2022, AVRIL_2023)).getObstacle().map(Obstacle::getCode))
        .contains("plan.jours-insuffisants");
    Plan plan = Planner.builder().ruleSet(RuleSet.defaults().disable("seance.jour-ferme")).weekdays(DayOfWeek.SATURDAY).build()
        .plan(modele(2, 0, "59"), periodes(SEPTEMBRE_2022, AVRIL_2023));
    assertThat(dates(plan.getCycle().orElseThrow(), "sensibilisation"))
        .hasSize(2).allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY));
  }

  @Test
  void uneSeanceAjouteePrendLeNumeroLibreSuivant() {
    Cycle cycle = Cycle.builder().id("cycle").intitule("Cycle").modele(modele(3, 0, "59"))
        .addBrique(Brique.builder().id("sensibilisation").periodeAnnoncee(PeriodeAnnoncee.of(SEPTEMBRE_2022, AVRIL_2023))
            .addSeance(Seance.builder().id("sensibilisation-3").build()).build())
        .build();
    Plan plan = Planner.defaults().plan(cycle);
    assertThat(plan.getAddedSeanceIds()).containsExactly("sensibilisation-2", "sensibilisation-4");
    // Numbered by their rank in the brique; their ids skip the one already taken.
    assertThat(plan.getCycle().orElseThrow().getBriques().get(0).getSeances()).extracting(s -> s.getNumero().orElse(0))
        .containsExactly(0, 2, 3);
  }

  @Test
  void unOrdreDesBriquesQuiNommeUneBriqueAbsenteOuInverseLesBriques() {
    Map<String, PeriodeAnnoncee> periodes = Map.of(
        "sensibilisation", PeriodeAnnoncee.of(SEPTEMBRE_2022, AVRIL_2023),
        "experimentation", PeriodeAnnoncee.of(SEPTEMBRE_2022, AVRIL_2023));
    RuleSet inverse = RuleSet.defaults().with(ScheduleRules.ORDRE_DES_BRIQUES, List.of("restitution", "experimentation", "sensibilisation"));
    Cycle cycle = Planner.builder().ruleSet(inverse).build().plan(modele(3, 2, "59"), periodes).getCycle().orElseThrow();
    LocalDate premierAtelier = dates(cycle, "experimentation").get(0);
    assertThat(dates(cycle, "sensibilisation")).allSatisfy(d -> assertThat(d).isAfterOrEqualTo(premierAtelier));
    assertThat(inverse.validate(cycle).withCode("brique.ordre").getViolations()).isEmpty();
  }

  @Test
  void unJourDeLaSemaineNulEstRefuse() {
    List<DayOfWeek> avecNul = new ArrayList<>();
    avecNul.add(DayOfWeek.MONDAY);
    avecNul.add(null);
    assertThatThrownBy(() -> Planner.builder().weekdays(avecNul)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("weekdays");
  }
}
