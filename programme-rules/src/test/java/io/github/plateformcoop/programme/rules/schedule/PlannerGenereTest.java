package io.github.plateformcoop.programme.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.calendar.Calendrier;
import io.github.plateformcoop.programme.rules.calendar.PeriodeDeFermeture;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The planner on generated cycles, from seeded generators (the same cases on every run).
 *
 * <p>Solvable cases are built from a valid plan: random territory, periods, closures and modèle;
 * random dates kept only when the rules accept them; preferences drawn to admit those dates; some
 * dates kept as fixed, the others removed. The planner must then find a plan, which must pass the
 * rules and honour the preferences.
 *
 * <p>Small cases (one month, one or two briques, a few séances, few weekdays) are drawn without a
 * plan, and an exhaustive search over every set of dates says whether a plan exists: the planner's
 * answer must be the same, and each of its "impossible" answers is so confirmed.
 */
class PlannerGenereTest {

  private static final List<String> DEPARTEMENTS = List.of("59", "62", "80", "57", "67", "68", "971", "974");
  private static final List<Duration> DUREES = List.of(Duration.ofHours(2), Duration.ofHours(3), Duration.ofMinutes(150));

  /** One generated cycle, with the preferences and rules to plan it with. */
  record Cas(Cycle cycle, RuleSet rules, Set<DayOfWeek> jours, DemiJournee creneau, int espacement, Set<LocalDate> ecartees) {

    Planner planner() {
      return Planner.builder().ruleSet(rules).weekdays(jours).slot(creneau).minimumSpacing(Period.ofDays(espacement))
          .avoid(ecartees).build();
    }
  }

  @Test
  void milleCasConstruitsSolublesOntChacunUnPlanQuiPasseLesRegles() {
    Random random = new Random(20220926L);
    int construits = 0;
    int tirages = 0;
    int ajoutees = 0;
    int fixees = 0;
    while (construits < 1000) {
      tirages++;
      Cas cas = casSoluble(random);
      if (cas == null) {
        continue;
      }
      construits++;
      Plan plan = cas.planner().plan(cas.cycle());
      assertThat(plan.isPossible()).as("case %d: %s", construits, plan).isTrue();
      verifierLePlan(cas, plan);
      ajoutees += plan.getAddedSeanceIds().size();
      fixees += (int) cas.cycle().seances().filter(Seance::isDated).count();
    }
    // The generator draws varied cases: séances added and fixed in numbers, few draws rejected.
    assertThat(ajoutees).isGreaterThan(500);
    assertThat(fixees).isGreaterThan(500);
    assertThat(tirages).isLessThan(3000);
  }

  @Test
  void surLesPetitsCasUneRechercheExhaustiveConfirmeChaqueReponse() {
    Random random = new Random(20230611L);
    int impossibles = 0;
    int possibles = 0;
    for (int i = 0; i < 400; i++) {
      Cas cas = petitCas(random);
      Plan plan = cas.planner().plan(cas.cycle());
      assertThat(plan.getObstacle().map(Obstacle::getCode)).as("case %d", i).isNotEqualTo(java.util.Optional.of("plan.recherche-interrompue"));
      boolean existe = new Exhaustive(cas).existe();
      assertThat(plan.isPossible()).as("case %d: %s, exhaustive search: %s", i, plan, existe).isEqualTo(existe);
      if (plan.isPossible()) {
        verifierLePlan(cas, plan);
        possibles++;
      } else {
        impossibles++;
      }
    }
    assertThat(impossibles).as("impossible cases confirmed").isGreaterThan(80);
    assertThat(possibles).as("possible cases confirmed").isGreaterThan(80);
  }

  /** The plan keeps the fixed dates, adds no finding of warning or error, and honours every preference. */
  private static void verifierLePlan(Cas cas, Plan plan) {
    Cycle planifie = plan.getCycle().orElseThrow();
    assertThat(PlannerTest.nouveauxConstats(cas.rules(), cas.cycle(), planifie)).as("%s", plan).isEmpty();
    assertThat(planifie.seances()).allSatisfy(s -> assertThat(s.isDated()).isTrue());
    Map<String, Seance> avant = new HashMap<>();
    cas.cycle().seances().forEach(s -> avant.put(s.getId(), s));
    Set<String> planifiees = new TreeSet<>(plan.getPlannedSeanceIds());
    for (Brique brique : planifie.getBriques()) {
      for (Seance s : brique.getSeances()) {
        LocalDate date = s.getDate().orElseThrow();
        if (!planifiees.contains(s.getId())) {
          assertThat(s).isEqualTo(avant.get(s.getId()));
          continue;
        }
        assertThat(cas.jours()).contains(date.getDayOfWeek());
        assertThat(cas.ecartees()).doesNotContain(date);
        assertThat(s.getDebut()).contains(debut(cas, planifie.getModele().findBrique(brique.getId()).orElseThrow()));
        for (Seance autre : brique.getSeances()) {
          if (autre != s) {
            assertThat(Math.abs(autre.getDate().orElseThrow().toEpochDay() - date.toEpochDay()))
                .as("%s and %s", s.getId(), autre.getId()).isGreaterThanOrEqualTo(Math.max(1, cas.espacement()));
          }
        }
      }
    }
  }

  private static LocalTime debut(Cas cas, ModeleDeBrique modele) {
    return modele.getFormat().isJourneeEntiere() || cas.creneau() == DemiJournee.MATIN ? LocalTime.of(9, 0) : LocalTime.of(14, 0);
  }

  // ------------------------------------------------------------------ solvable cases

  /** A case built from a valid plan, or null when the drawn dates do not pass the rules. */
  private static Cas casSoluble(Random random) {
    String departement = DEPARTEMENTS.get(random.nextInt(DEPARTEMENTS.size()));
    int annee = 2022 + random.nextInt(5);
    YearMonth debutDuCycle = YearMonth.of(annee, 1 + random.nextInt(12));
    int nombreDeBriques = 1 + random.nextInt(3);
    ModeleDeCycle modele = modele(random, nombreDeBriques, 8, departement);
    List<PeriodeDeFermeture> fermetures = new ArrayList<>();
    for (int f = random.nextInt(3); f > 0; f--) {
      LocalDate debut = debutDuCycle.atDay(1).plusDays(random.nextInt(300));
      fermetures.add(PeriodeDeFermeture.of(debut, debut.plusDays(random.nextInt(15)), "fermeture " + f));
    }
    RuleSet rules = RuleSet.defaults().with(ScheduleRules.FERMETURES, Calendrier.of(fermetures));
    DemiJournee creneau = random.nextBoolean() ? DemiJournee.MATIN : DemiJournee.APRES_MIDI;
    Set<DayOfWeek> jours = EnumSet.noneOf(DayOfWeek.class);
    List<PeriodeAnnoncee> periodes = new ArrayList<>();
    List<List<LocalDate>> dates = new ArrayList<>();
    LocalDate premiere = null;
    LocalDate precedente = null;
    for (int b = 0; b < nombreDeBriques; b++) {
      YearMonth debut = debutDuCycle.plusMonths(random.nextInt(3));
      PeriodeAnnoncee periode = PeriodeAnnoncee.of(debut, debut.plusMonths(1 + random.nextInt(6)));
      periodes.add(periode);
      int n = modele.getBriques().get(b).getNombreDeSeances();
      LocalDate plancher = precedente == null ? periode.firstDay() : max(precedente, periode.firstDay());
      long longueur = periode.lastDay().toEpochDay() - plancher.toEpochDay() + 1;
      if (longueur < n) {
        return null;
      }
      TreeSet<LocalDate> tirees = new TreeSet<>();
      while (tirees.size() < n) {
        LocalDate jour = plancher.plusDays(random.nextInt((int) longueur));
        if (jour.getDayOfWeek().getValue() <= 5) {
          tirees.add(jour);
        } else if (random.nextInt(50) == 0) {
          return null;
        }
      }
      tirees.forEach(d -> jours.add(d.getDayOfWeek()));
      dates.add(new ArrayList<>(tirees));
      if (premiere == null) {
        premiere = tirees.first();
      }
      precedente = tirees.first();
    }
    // One séance a day across the briques, and the rules' verdict on the whole plan.
    Set<LocalDate> tous = new TreeSet<>();
    dates.forEach(tous::addAll);
    if (tous.size() != dates.stream().mapToInt(List::size).sum()) {
      return null;
    }
    int espacement = Integer.MAX_VALUE;
    for (List<LocalDate> d : dates) {
      for (int i = 1; i < d.size(); i++) {
        espacement = (int) Math.min(espacement, d.get(i).toEpochDay() - d.get(i - 1).toEpochDay());
      }
    }
    espacement = espacement == Integer.MAX_VALUE ? random.nextInt(10) : random.nextInt(espacement + 1);
    Cycle.Builder complet = Cycle.builder().id("cycle-genere").intitule("Cycle généré").modele(modele);
    if (random.nextInt(3) == 0) {
      complet.premiereJournee(DateAnnoncee.builder().date(premiere).build());
    }
    Cycle.Builder aPlanifier = Cycle.builder().from(complet.build());
    for (int b = 0; b < nombreDeBriques; b++) {
      ModeleDeBrique m = modele.getBriques().get(b);
      Brique.Builder plein = Brique.builder().id(m.getId()).periodeAnnoncee(periodes.get(b));
      Brique.Builder partiel = Brique.builder().id(m.getId()).periodeAnnoncee(periodes.get(b));
      int listees = random.nextInt(4) == 0 ? random.nextInt(m.getNombreDeSeances() + 1) : m.getNombreDeSeances();
      for (int s = 0; s < m.getNombreDeSeances(); s++) {
        Seance datee = seance(m, s + 1, dates.get(b).get(s), creneau);
        plein.addSeance(datee);
        if (s < listees) {
          partiel.addSeance(random.nextInt(3) == 0 ? datee : Seance.builder().id(datee.getId()).numero(s + 1).build());
        }
      }
      complet.addBrique(plein.build());
      aPlanifier.addBrique(partiel.build());
    }
    Cycle valide = complet.build();
    Cycle cycle = aPlanifier.build();
    if (!PlannerTest.nouveauxConstats(rules, cycle, valide).isEmpty()) {
      return null;
    }
    for (int j = random.nextInt(5); j > 0; j--) {
      jours.add(DayOfWeek.of(1 + random.nextInt(5)));
    }
    Set<LocalDate> ecartees = new TreeSet<>();
    for (int e = random.nextInt(6); e > 0; e--) {
      LocalDate jour = debutDuCycle.atDay(1).plusDays(random.nextInt(250));
      if (!tous.contains(jour)) {
        ecartees.add(jour);
      }
    }
    return new Cas(cycle, rules, jours, creneau, espacement, ecartees);
  }

  // ------------------------------------------------------------------ small cases

  private static Cas petitCas(Random random) {
    String departement = DEPARTEMENTS.get(random.nextInt(DEPARTEMENTS.size()));
    YearMonth mois = YearMonth.of(2022 + random.nextInt(5), 1 + random.nextInt(12));
    int nombreDeBriques = 1 + random.nextInt(2);
    ModeleDeCycle modele = modele(random, nombreDeBriques, 3, departement);
    RuleSet rules = RuleSet.of(ScheduleRules.all());
    if (random.nextBoolean()) {
      LocalDate debut = mois.atDay(1 + random.nextInt(28));
      rules = rules.with(ScheduleRules.FERMETURES, Calendrier.of(List.of(PeriodeDeFermeture.of(debut, debut.plusDays(random.nextInt(6)), "fermeture"))));
    }
    Set<DayOfWeek> jours = EnumSet.noneOf(DayOfWeek.class);
    for (int j = 1 + random.nextInt(2); j > 0; j--) {
      jours.add(DayOfWeek.of(1 + random.nextInt(5)));
    }
    DemiJournee creneau = random.nextBoolean() ? DemiJournee.MATIN : DemiJournee.APRES_MIDI;
    Cycle.Builder cycle = Cycle.builder().id("petit-cycle").intitule("Petit cycle").modele(modele);
    if (random.nextInt(3) == 0) {
      cycle.premiereJournee(DateAnnoncee.builder().date(mois.atDay(1 + random.nextInt(10))).build());
    }
    for (int b = 0; b < nombreDeBriques; b++) {
      ModeleDeBrique m = modele.getBriques().get(b);
      Brique.Builder brique = Brique.builder().id(m.getId()).periodeAnnoncee(PeriodeAnnoncee.of(mois, mois));
      for (int s = 0; s < m.getNombreDeSeances(); s++) {
        if (random.nextInt(4) == 0) {
          brique.addSeance(seance(m, s + 1, mois.atDay(1 + random.nextInt(mois.lengthOfMonth())), creneau));
        } else {
          brique.addSeance(Seance.builder().id(m.getId() + "-" + (s + 1)).numero(s + 1).build());
        }
      }
      cycle.addBrique(brique.build());
    }
    Set<LocalDate> ecartees = new TreeSet<>();
    for (int e = random.nextInt(8); e > 0; e--) {
      ecartees.add(mois.atDay(1 + random.nextInt(mois.lengthOfMonth())));
    }
    return new Cas(cycle.build(), rules, jours, creneau, random.nextInt(4) == 0 ? 0 : random.nextInt(12), ecartees);
  }

  /**
   * Every set of dates for the undated séances, on the weekdays asked for and not avoided, at the
   * minimum spacing within a brique and one séance a day across briques, in the slot's hours: does
   * one add no finding of warning or error to the cycle? The rules alone judge the calendar.
   */
  private static final class Exhaustive {
    private final Cas cas;
    private final List<Integer> briques = new ArrayList<>();
    private final List<List<Integer>> seances = new ArrayList<>();
    private final List<LocalDate> candidats = new ArrayList<>();
    private final Map<Integer, List<LocalDate>> choix = new HashMap<>();

    Exhaustive(Cas cas) {
      this.cas = cas;
      PeriodeAnnoncee mois = cas.cycle().getBriques().get(0).getPeriodeAnnoncee().orElseThrow();
      for (LocalDate d = mois.firstDay(); !d.isAfter(mois.lastDay()); d = d.plusDays(1)) {
        if (cas.jours().contains(d.getDayOfWeek()) && !cas.ecartees().contains(d)) {
          candidats.add(d);
        }
      }
      for (int b = 0; b < cas.cycle().getBriques().size(); b++) {
        List<Integer> aDater = new ArrayList<>();
        List<Seance> liste = cas.cycle().getBriques().get(b).getSeances();
        for (int s = 0; s < liste.size(); s++) {
          if (!liste.get(s).isDated()) {
            aDater.add(s);
          }
        }
        if (!aDater.isEmpty()) {
          briques.add(b);
          seances.add(aDater);
        }
      }
    }

    boolean existe() {
      return essayer(0);
    }

    private boolean essayer(int i) {
      if (i == briques.size()) {
        return accepte();
      }
      return combiner(i, 0, 0, new ArrayList<>());
    }

    private boolean combiner(int i, int depuis, int rang, List<LocalDate> pris) {
      if (rang == seances.get(i).size()) {
        choix.put(briques.get(i), new ArrayList<>(pris));
        return essayer(i + 1);
      }
      for (int c = depuis; c < candidats.size(); c++) {
        pris.add(candidats.get(c));
        if (combiner(i, c + 1, rang + 1, pris)) {
          return true;
        }
        pris.remove(pris.size() - 1);
      }
      return false;
    }

    private boolean accepte() {
      Set<LocalDate> jours = new TreeSet<>();
      int total = 0;
      Cycle.Builder planifie = Cycle.builder().from(cas.cycle()).briques(List.of());
      for (int b = 0; b < cas.cycle().getBriques().size(); b++) {
        Brique brique = cas.cycle().getBriques().get(b);
        ModeleDeBrique m = cas.cycle().getModele().findBrique(brique.getId()).orElseThrow();
        List<Seance> liste = new ArrayList<>(brique.getSeances());
        List<LocalDate> dates = choix.getOrDefault(b, List.of());
        int k = 0;
        for (int s = 0; s < liste.size(); s++) {
          if (!liste.get(s).isDated()) {
            liste.set(s, seance(m, s + 1, dates.get(k++), cas.creneau()));
          }
        }
        for (LocalDate d : dates) {
          total++;
          jours.add(d);
          for (Seance autre : liste) {
            long ecart = Math.abs(autre.getDate().orElseThrow().toEpochDay() - d.toEpochDay());
            if (ecart > 0 && ecart < cas.espacement()) {
              return false;
            }
          }
        }
        planifie.addBrique(Brique.builder().from(brique).seances(liste).build());
      }
      if (jours.size() < total) {
        return false;
      }
      return PlannerTest.nouveauxConstats(cas.rules(), cas.cycle(), planifie.build()).isEmpty();
    }
  }

  // ------------------------------------------------------------------ shared

  private static ModeleDeCycle modele(Random random, int briques, int maxSeances, String departement) {
    ModeleDeCycle.Builder modele = ModeleDeCycle.builder().id("modele-genere").intitule("Modèle généré")
        .publicCible(PublicCible.builder().addDepartements(departement).addFamilles(FamilleDeCollectivite.COMMUNE)
            .addRoles(Role.ELU).build());
    for (int b = 0; b < briques; b++) {
      FormatDeSeance format = random.nextInt(3) == 0 ? FormatDeSeance.ofJourneeEntiere()
          : FormatDeSeance.of(DUREES.get(random.nextInt(DUREES.size())));
      modele.addBrique(ModeleDeBrique.builder().id("brique-" + (char) ('a' + b)).type(TypeDeBrique.SENSIBILISATION)
          .intitule("Brique " + b).nombreDeSeances(1 + random.nextInt(maxSeances)).format(format).build());
    }
    return modele.build();
  }

  /** A séance dated in the planner's hours for its brique's format and the slot. */
  private static Seance seance(ModeleDeBrique modele, int numero, LocalDate date, DemiJournee creneau) {
    FormatDeSeance format = modele.getFormat();
    LocalTime debut = format.isJourneeEntiere() || creneau == DemiJournee.MATIN ? LocalTime.of(9, 0) : LocalTime.of(14, 0);
    LocalTime fin = format.getDuree().map(debut::plus).orElse(LocalTime.of(17, 0));
    return Seance.builder().id(modele.getId() + "-" + numero).numero(numero).date(date).debut(debut).fin(fin).build();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
