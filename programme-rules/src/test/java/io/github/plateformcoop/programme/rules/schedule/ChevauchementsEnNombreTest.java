package io.github.plateformcoop.programme.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Structure;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.rules.Cycles;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Violation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sort-based overlap rules on thousands of séances from a seeded generator, against the
 * plain comparison of every pair.
 */
class ChevauchementsEnNombreTest {

  private static final int SEANCES = 3000;
  private static final List<String> INTERVENANTS = List.of("tilt", "imt-bs", "rtes", "apes");

  /** Séances over one year, on the hour, 1 to 4 hours long, some with no hours, 0 to 2 intervenants. */
  private static List<Seance> seances(long graine, String prefixe) {
    Random random = new Random(graine);
    List<Seance> seances = new ArrayList<>();
    for (int i = 0; i < SEANCES; i++) {
      Seance.Builder b = Seance.builder();
      b.id(prefixe + i).date(LocalDate.of(2023, 1, 2).plusDays(random.nextInt(365)));
      if (random.nextInt(10) > 0) {
        int debut = 8 + random.nextInt(10);
        b.debut(LocalTime.of(debut, 0)).fin(LocalTime.of(debut + 1 + random.nextInt(4), random.nextInt(2) * 30));
      }
      int n = random.nextInt(3);
      for (int k = 0; k < n; k++) {
        String intervenant = INTERVENANTS.get(random.nextInt(INTERVENANTS.size()));
        if (!b.build().getIntervenantIds().contains(intervenant)) {
          b.addIntervenantId(intervenant);
        }
      }
      seances.add(b.build());
    }
    return seances;
  }

  private static Cycle cycle(String id, List<Seance> seances) {
    ModeleDeCycle modele = ModeleDeCycle.builder().from(Cycles.modele())
        .briques(List.of(ModeleDeBrique.builder().id("b").type(TypeDeBrique.AUTRE).intitule("b")
            .nombreDeSeances(SEANCES).format(FormatDeSeance.ofJourneeEntiere()).build())).build();
    Cycle.Builder b = Cycle.builder().from(Cycles.valide());
    b.id(id).modele(modele).presences(List.of())
        .briques(List.of(Brique.builder().id("b").seances(seances).build()))
        .intervenants(INTERVENANTS.stream().map(i -> (Intervenant) Intervenant.builder().id(i).nom(i).build()).toList());
    return b.build();
  }

  private static Creneau creneau(Seance s, int cycle) {
    return Creneau.du(cycle(s.getId(), List.of(s)), cycle).get(0);
  }

  /** The séances in at least one overlapping pair, comparing every pair. */
  private static Set<String> parPaires(List<Creneau> creneaux, boolean memeIntervenant, boolean entreCycles) {
    Set<String> concernees = new HashSet<>();
    for (int i = 0; i < creneaux.size(); i++) {
      for (int j = i + 1; j < creneaux.size(); j++) {
        Creneau a = creneaux.get(i);
        Creneau b = creneaux.get(j);
        boolean partage = !memeIntervenant || a.seance().getIntervenantIds().stream().anyMatch(b.seance().getIntervenantIds()::contains);
        boolean cycles = entreCycles ? a.cycle() != b.cycle() : a.cycle() == b.cycle();
        if (partage && cycles && a.chevauche(b)) {
          concernees.add(a.seance().getId());
          concernees.add(b.seance().getId());
        }
      }
    }
    return concernees;
  }

  private static Set<String> sujets(List<Violation> violations) {
    return violations.stream().flatMap(v -> v.getSubjectIds().stream())
        .filter(id -> !INTERVENANTS.contains(id)).collect(Collectors.toSet());
  }

  @Test
  void chevauchementsDansUnCycle() {
    List<Seance> seances = seances(20221026L, "s");
    List<Violation> trouvees = RuleSet.defaults().validate(cycle("c", seances)).withCode("seance.chevauchement").getViolations();
    List<Creneau> creneaux = seances.stream().map(s -> creneau(s, 0)).toList();
    assertThat(trouvees).hasSizeGreaterThan(100);
    assertThat(sujets(trouvees)).isEqualTo(parPaires(creneaux, false, false));
  }

  @Test
  void intervenantsDansUnCycleEtEntreLesCyclesDUnProgramme() {
    List<Seance> premier = seances(42L, "p");
    List<Seance> second = seances(4242L, "q");
    Programme programme = Programme.builder().id("prog").nom("Programme")
        .porteur(Structure.builder().id("apes").nom("Apes").build())
        .addCycles(cycle("c1", premier), cycle("c2", second)).build();
    List<Violation> trouvees = RuleSet.defaults().validate(programme).withCode("intervenant.simultane").getViolations();

    List<Creneau> creneaux = new ArrayList<>();
    premier.forEach(s -> creneaux.add(creneau(s, 0)));
    second.forEach(s -> creneaux.add(creneau(s, 1)));
    Set<String> dansUnCycle = parPaires(creneaux, true, false);
    Set<String> entreCycles = parPaires(creneaux, true, true);

    List<Violation> parCycle = trouvees.stream().filter(v -> !String.valueOf(v.getArguments().get("autre")).startsWith("cycles[")).toList();
    List<Violation> croisees = trouvees.stream().filter(v -> String.valueOf(v.getArguments().get("autre")).startsWith("cycles[")).toList();
    assertThat(sujets(parCycle)).isEqualTo(dansUnCycle);
    assertThat(sujets(croisees)).isEqualTo(entreCycles);
    assertThat(croisees).isNotEmpty().allSatisfy(v -> assertThat(v.getPath()).matches("cycles\\[[01]]\\.briques\\[0]\\.seances\\[\\d+]"));
  }
}
