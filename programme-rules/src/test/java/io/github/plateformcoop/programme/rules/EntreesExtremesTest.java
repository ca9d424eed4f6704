package io.github.plateformcoop.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import io.github.plateformcoop.programme.rules.completion.CompletionReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Documents the reader accepts but no plausible cycle holds, found by fuzzing: the rules and the
 * evaluator are total on them, and the model's constraints report what is wrong, at its path.
 */
class EntreesExtremesTest {

  private static final LocalDate APRES = LocalDate.of(2023, 7, 1);

  private static Cycle avecLaBrique(ModeleDeBrique.Builder brique) {
    Cycle valide = Cycles.valide();
    ModeleDeCycle modele = ModeleDeCycle.builder().from(valide.getModele())
        .briques(List.of(brique.build())).build();
    return Cycle.builder().from(valide).modele(modele).build();
  }

  private static ModeleDeBrique.Builder sensibilisation() {
    return ModeleDeBrique.builder().from(Cycles.modele().getBriques().get(0));
  }

  /** Validated, evaluated, written and read back without an exception: what a fuzzed document must survive. */
  private static ValidationReport total(Cycle cycle) {
    ValidationReport report = RuleSet.defaults().validate(cycle);
    assertThat(report.toJson(Locale.ENGLISH)).isNotBlank();
    report.getViolations().forEach(v -> assertThat(v.render(Locale.FRENCH)).isNotBlank());
    CompletionReport completion = CompletionEvaluator.builder().criteria(List.of(Cycles.PLATEFORMCOOP)).build()
        .evaluate(cycle, APRES);
    assertThat(completion.getParticipants()).hasSize(cycle.getParticipants().size());
    ProgrammeJson json = ProgrammeJson.defaults();
    assertThat(json.read(json.write(cycle), Cycle.class)).isEqualTo(cycle);
    return report;
  }

  @Test
  void uneSeanceDateeAvantLeCalendrierGregorien() {
    Cycle valide = Cycles.valide();
    Brique brique = Brique.builder().from(valide.getBriques().get(0))
        .seances(List.of(Seance.builder().id("s1").numero(1).date(LocalDate.of(1500, 3, 10)).build(),
            valide.getBriques().get(0).getSeances().get(1)))
        .build();
    ValidationReport report = total(Cycle.builder().from(valide).briques(List.of(brique)).build());
    assertThat(report.withCode("modele.contrainte").getViolations()).extracting(Violation::getPath)
        .containsExactly("briques[0].seances[0].date");
    assertThat(report.withCode("modele.contrainte").getViolations().get(0).render(Locale.ENGLISH))
        .isEqualTo("must be a date of the years 1583 to 9999 (value: 1500-03-10)");
  }

  @Test
  void uneDureeNegativeExtreme() {
    ValidationReport report = total(avecLaBrique(sensibilisation().format(FormatDeSeance.of(Duration.ofSeconds(Long.MIN_VALUE)))));
    assertThat(report.withCode("modele.contrainte").getViolations()).extracting(Violation::getPath)
        .containsExactly("modele.briques[0].format.duree");
    assertThat(report.withCode("seance.duree").getViolations()).as("nothing to compare with a refused duration").isEmpty();
  }

  @Test
  void uneDureeDePlusDUnJour() {
    ValidationReport report = total(avecLaBrique(sensibilisation().format(FormatDeSeance.of(Duration.ofDays(400)))));
    assertThat(report.withCode("modele.contrainte").getViolations()).extracting(Violation::getPath)
        .containsExactly("modele.briques[0].format.duree");
  }

  @Test
  void unModeleQuiAnnonceDesMilliardsDeSeances() {
    ValidationReport report = total(avecLaBrique(sensibilisation().nombreDeSeances(Integer.MAX_VALUE)));
    assertThat(report.withCode("modele.contrainte").getViolations()).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("modele.briques[0].nombreDeSeances");
      assertThat(v.render(Locale.FRENCH)).isEqualTo("doit être au plus 1000 (valeur : 2147483647)");
    });
    assertThat(total(avecLaBrique(sensibilisation().nombreDeSeances(ModeleDeBrique.NOMBRE_MAXIMAL_DE_SEANCES)))
        .withCode("modele.contrainte").getViolations()).as("the bound itself is allowed").isEmpty();
  }
}
