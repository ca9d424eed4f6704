package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.DemiJournee;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.schedule.Plan;
import io.github.plateformcoop.programme.rules.schedule.Planner;
import io.github.plateformcoop.programme.rules.schedule.ScheduleRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The planner on the two example cycles: the PlateformCoop 2022-2023 cycle as its sources give it
 * (the first séance dated 26 September 2022, ten séances undated), and the fictional Lorraine
 * region with three of its séances undated, planned with the region's rules (its school holidays,
 * Moselle's holidays).
 */
class PlanificationDesExemplesTest {

  private static final Set<String> REGLES_DE_CALENDRIER =
      ScheduleRules.all().stream().map(r -> r.getCode()).collect(Collectors.toSet());

  private static List<Violation> constatsDeCalendrier(RuleSet rules, Cycle cycle) {
    return rules.validate(cycle).getViolations().stream().filter(v -> REGLES_DE_CALENDRIER.contains(v.getCode())).toList();
  }

  @Test
  void lesSeancesNonDateesDuCyclePlateformCoopSontPlanifiees() {
    Cycle sources = PlateformCoop.cycle();
    Plan plan = Planner.defaults().plan(sources);

    Cycle planifie = plan.getCycle().orElseThrow();
    assertThat(plan.getPlannedSeanceIds()).hasSize(10).doesNotContain("sensibilisation-1");
    assertThat(plan.getAddedSeanceIds()).isEmpty();
    assertThat(planifie.seances()).allMatch(Seance::isDated);
    assertThat(planifie.getBriques().get(0).getSeances().get(0)).isEqualTo(sources.getBriques().get(0).getSeances().get(0));
    // Before: findings of undated séances only; after: none of the schedule rules.
    assertThat(constatsDeCalendrier(RuleSet.defaults(), sources)).extracting(Violation::getCode).containsOnly("seance.non-datee");
    assertThat(constatsDeCalendrier(RuleSet.defaults(), planifie)).isEmpty();
    // What is not about the dates is as it was.
    assertThat(Cycle.builder().from(planifie).briques(sources.getBriques()).build()).isEqualTo(sources);
  }

  @Test
  void leCycleDeLaRegionFictiveEstReplanifieHorsDesVacancesEtDuVendrediSaint() {
    Cycle region = RegionFictive.cycle();
    RuleSet rules = RegionFictive.ruleSet();
    // Webinaire 4 falls on Good Friday 2024 in the source example: its date, and two others, are taken away.
    Set<String> aReplanifier = Set.of("webinaire-4", "webinaire-5", "atelier-2");
    Cycle.Builder sansDates = Cycle.builder().from(region).briques(List.of());
    for (Brique b : region.getBriques()) {
      sansDates.addBrique(Brique.builder().from(b).seances(b.getSeances().stream()
          .map(s -> aReplanifier.contains(s.getId()) ? Seance.builder().from(s).date(java.util.Optional.empty())
              .debut(java.util.Optional.empty()).fin(java.util.Optional.empty()).build() : s)
          .toList()).build());
    }
    Cycle cycle = sansDates.build();
    assertThat(constatsDeCalendrier(rules, region)).extracting(Violation::getCode).contains("seance.jour-ferme");

    Plan plan = Planner.builder().ruleSet(rules).weekdays(DayOfWeek.MONDAY).slot(DemiJournee.APRES_MIDI).build().plan(cycle);

    Cycle planifie = plan.getCycle().orElseThrow();
    assertThat(plan.getPlannedSeanceIds()).containsExactlyInAnyOrderElementsOf(aReplanifier);
    // What remains are the fixed webinaires 3 and 6, in the winter and spring holidays in the example: dates already fixed.
    assertThat(constatsDeCalendrier(rules, planifie)).filteredOn(v -> v.getSeverity() != Severity.INFO)
        .extracting(v -> v.getCode() + " " + v.getSubjectIds())
        .containsExactlyElementsOf(constatsDeCalendrier(rules, cycle).stream().filter(v -> v.getSeverity() != Severity.INFO)
            .map(v -> v.getCode() + " " + v.getSubjectIds()).toList())
        .containsExactly("seance.jour-ferme [webinaire-3]", "seance.jour-ferme [webinaire-6]");
    for (Seance s : planifie.seances().toList()) {
      if (aReplanifier.contains(s.getId())) {
        LocalDate date = s.getDate().orElseThrow();
        assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        // Winter and spring holidays of zone B (fictional data of the region's rule set).
        assertThat(date.isBefore(LocalDate.of(2024, 2, 24)) || date.isAfter(LocalDate.of(2024, 3, 10))).as("%s", date).isTrue();
        assertThat(date.isBefore(LocalDate.of(2024, 4, 20)) || date.isAfter(LocalDate.of(2024, 5, 6))).as("%s", date).isTrue();
        // Easter Monday and Whit Monday 2024.
        assertThat(date).isNotEqualTo(LocalDate.of(2024, 4, 1)).isNotEqualTo(LocalDate.of(2024, 5, 20));
      } else {
        assertThat(s).isEqualTo(region.seances().filter(r -> r.getId().equals(s.getId())).findFirst().orElseThrow());
      }
    }
    assertThat(planifie.seances().filter(s -> s.getId().startsWith("webinaire-")).map(Seance::getDebut))
        .allSatisfy(d -> assertThat(d).contains(LocalTime.of(14, 0)));
  }
}
