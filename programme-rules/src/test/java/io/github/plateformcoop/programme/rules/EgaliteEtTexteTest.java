package io.github.plateformcoop.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.rules.internal.RuleMessages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Findings, reports and parameters are values: equal by their content, and written as text for logs. */
class EgaliteEtTexteTest {

  private static Violation violation(String code, Severity severite, String chemin, List<String> sujets, String nombre) {
    return new Violation(code, severite, chemin, sujets, RuleMessages.message("coherence.nombre-annonce",
        "annonce", nombre, "liste", "6", "quoi", "collectivités", "source", "article"));
  }

  @Test
  void uneConstatationEstEgaleParSonContenu() {
    Violation v = violation("coherence.nombre-annonce", Severity.WARNING, "engagementsAnnonces[0]", List.of("c"), "5");
    Violation meme = violation("coherence.nombre-annonce", Severity.WARNING, "engagementsAnnonces[0]", List.of("c"), "5");
    assertThat(v).isEqualTo(meme).hasSameHashCodeAs(meme).isNotEqualTo("coherence.nombre-annonce");
    assertThat(v).isNotEqualTo(violation("autre.code", Severity.WARNING, "engagementsAnnonces[0]", List.of("c"), "5"))
        .isNotEqualTo(violation("coherence.nombre-annonce", Severity.ERROR, "engagementsAnnonces[0]", List.of("c"), "5"))
        .isNotEqualTo(violation("coherence.nombre-annonce", Severity.WARNING, "engagementsAnnonces[1]", List.of("c"), "5"))
        .isNotEqualTo(violation("coherence.nombre-annonce", Severity.WARNING, "engagementsAnnonces[0]", List.of("d"), "5"))
        .isNotEqualTo(violation("coherence.nombre-annonce", Severity.WARNING, "engagementsAnnonces[0]", List.of("c"), "4"));
    assertThat(v.hashCode()).isNotEqualTo(violation("autre", Severity.WARNING, "x", List.of(), "5").hashCode());
    assertThat(v.toString()).startsWith("WARNING coherence.nombre-annonce at engagementsAnnonces[0]: ")
        .isEqualTo("WARNING coherence.nombre-annonce at engagementsAnnonces[0]: " + v.render(Locale.FRENCH));
    assertThat(violation("c", Severity.INFO, "", List.of(), "5").toString()).startsWith("INFO c: ");
  }

  @Test
  void unRapportEstEgalParSesConstatations() {
    Violation a = violation("a", Severity.ERROR, "x", List.of(), "5");
    Violation b = violation("b", Severity.INFO, "y", List.of(), "5");
    ValidationReport rapport = ValidationReport.of(List.of(a, b));
    assertThat(rapport).isEqualTo(ValidationReport.of(List.of(a, b))).hasSameHashCodeAs(ValidationReport.of(List.of(a, b)))
        .isNotEqualTo(ValidationReport.of(List.of(a))).isNotEqualTo(List.of(a, b));
    assertThat(rapport.toString()).isEqualTo(a + "\n" + b);
    assertThat(rapport.getErrors()).containsExactly(a);
    assertThat(rapport.getWarnings()).isEmpty();
    assertThat(rapport.getInfos()).containsExactly(b);
  }

  @Test
  void unParametreEstEgalParSonNom() {
    Parameter<Integer> seuil = Parameter.of("seuil", Integer.class, "le seuil");
    assertThat(seuil).isEqualTo(Parameter.of("seuil", Integer.class, "autre description"))
        .hasSameHashCodeAs(Parameter.of("seuil", Integer.class, "x")).isNotEqualTo(Parameter.of("autre", Integer.class, "x"))
        .isNotEqualTo("seuil").hasToString("seuil");
    assertThat(seuil.getType()).isEqualTo(Integer.class);
    assertThat(seuil.getDescription()).isEqualTo("le seuil");
    assertThat(seuil.hashCode()).isEqualTo("seuil".hashCode());
  }

  @Test
  void unJeuDeReglesSeDecrit() {
    RuleSet regles = RuleSet.defaults().disable("seance.non-datee");
    assertThat(regles.toString()).startsWith("RuleSet[").endsWith("]")
        .contains("seance.non-datee (disabled) INFO").contains("coherence.nombre-annonce WARNING");
  }

  @Test
  void unParametreDonneOuNon() {
    java.time.Duration tolerance = java.time.Duration.ofMinutes(20);
    RuleSet regles = RuleSet.defaults().with(io.github.plateformcoop.programme.rules.schedule.ScheduleRules.TOLERANCE_DE_DUREE,
        tolerance);
    assertThat(regles.parameter(io.github.plateformcoop.programme.rules.schedule.ScheduleRules.TOLERANCE_DE_DUREE))
        .contains(tolerance);
    assertThat(RuleSet.defaults().parameter(io.github.plateformcoop.programme.rules.schedule.ScheduleRules.TOLERANCE_DE_DUREE))
        .isEmpty();
  }

  @Test
  void uneRegleInconnueEstRefuseeEnLaNommant() {
    RuleSet regles = RuleSet.defaults();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> regles.isEnabled("seance.inconnue"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No rule 'seance.inconnue'");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> regles.severityOf("seance.inconnue"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> regles.withSeverity("seance.inconnue", Severity.ERROR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(regles.withSeverity("seance.non-datee", Severity.ERROR).severityOf("seance.non-datee")).isEqualTo(Severity.ERROR);
    assertThat(regles.isEnabled("seance.non-datee")).isTrue();
  }

  /** A séance lasts more than nothing and a day at most. */
  @Test
  void lesDureesPossiblesDUneSeance() {
    assertThat(io.github.plateformcoop.programme.rules.internal.DureesDesSeances.isValid(java.time.Duration.ofHours(24))).isTrue();
    assertThat(io.github.plateformcoop.programme.rules.internal.DureesDesSeances.isValid(
        java.time.Duration.ofHours(24).plusNanos(1))).isFalse();
    assertThat(io.github.plateformcoop.programme.rules.internal.DureesDesSeances.isValid(java.time.Duration.ZERO)).isFalse();
    assertThat(io.github.plateformcoop.programme.rules.internal.DureesDesSeances.isValid(java.time.Duration.ofSeconds(-1)))
        .isFalse();
  }
}
