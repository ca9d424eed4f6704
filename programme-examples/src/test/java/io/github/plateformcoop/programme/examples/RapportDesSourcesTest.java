package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.jakarta.ProgrammeValidation;
import io.github.plateformcoop.programme.rules.jakarta.ValidCycle;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The report on the data of the sources, as shared/DESIGN.md §6 expects it: no error, the three
 * gaps of the sources as warnings, and nothing else but infos about séances not yet dated.
 */
class RapportDesSourcesTest {

  private final Cycle cycle = PlateformCoop.cycle();
  private final ValidationReport report = RuleSet.defaults().validate(cycle);

  @Test
  void aucuneErreur() {
    assertThat(report.getErrors()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void lesTroisEcartsDesSourcesEnAvertissements() {
    assertThat(report.getWarnings()).extracting(Violation::getCode, Violation::getPath, v -> v.render(Locale.FRENCH)).containsExactly(
        tuple("coherence.nombre-annonce", "engagementsAnnonces[0]",
            "5 collectivités engagées annoncées, 6 nommées (" + PlateformCoop.ARTICLE_DE_LANCEMENT.getDocument() + ")"),
        tuple("coherence.nombre-annonce", "modele.leviersAnnonces[0]",
            "4 leviers d'action annoncés, 3 listés (" + PlateformCoop.ARTICLE_DE_LANCEMENT.getDocument() + ")"),
        tuple("coherence.nombre-annonce", "strategies[0].axesAnnonces[0]",
            "5 axes ou thématiques annoncés, 4 listés (" + PlateformCoop.ENTRETIEN_CAHC.getDocument() + ")"));
  }

  @Test
  void rienDAutreQueDesInfosSurLesSeancesNonDatees() {
    assertThat(report.getInfos()).extracting(Violation::getCode).containsOnly("seance.non-datee");
    assertThat(report.getInfos()).extracting(Violation::getPath).containsExactly(
        "briques[0].seances[1].date", "briques[0].seances[2].date", "briques[0].seances[3].date",
        "briques[0].seances[4].date", "briques[0].seances[5].date", "briques[0].seances[6].date",
        "briques[0].seances[7].date",
        "briques[1].seances[0].date", "briques[1].seances[1].date", "briques[1].seances[2].date");
    assertThat(report.getViolations()).hasSize(3 + 10);
  }

  @Test
  void enAnglais() {
    assertThat(RuleSet.defaults().validate(cycle).getWarnings()).extracting(v -> v.render(Locale.ENGLISH))
        .anySatisfy(m -> assertThat(m).startsWith("4 levers announced, 3 listed"));
  }

  @Test
  void lesMemesConstatsParJakartaValidation() {
    Set<ConstraintViolation<Cycle>> violations = ProgrammeValidation.validator(RuleSet.defaults(), Locale.FRENCH).validate(cycle);
    assertThat(violations).allSatisfy(v -> assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(ValidCycle.class));
    assertThat(violations).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrderElementsOf(report.getViolations().stream().map(Violation::getPath).toList());
  }
}
