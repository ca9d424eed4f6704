package io.github.plateformcoop.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidationReportTest {

  private static Violation v(String code, Severity severity, String path, String... subjects) {
    return new Violation(code, severity, path, List.of(subjects),
        io.github.plateformcoop.programme.model.message.Message.of((cle, langue) -> java.util.Optional.of(code + " " + path), code, "id", "x"));
  }

  private static final ValidationReport REPORT = ValidationReport.of(List.of(
      v("b.info", Severity.INFO, "briques[0].seances[10]", "s10"),
      v("a.warning", Severity.WARNING, "engagementsAnnonces[0]", "cycle"),
      v("b.info", Severity.INFO, "briques[0].seances[2]", "s2"),
      v("z.error", Severity.ERROR, "collectivites[1].siren", "lens"),
      v("a.error", Severity.ERROR, "briques[10].id", "b10"),
      v("a.error", Severity.ERROR, "briques[9].id", "b9")));

  @Test
  void lOrdreEstStableParSeveriteCodeEtCheminAIndicesNumeriques() {
    assertThat(REPORT.getViolations()).extracting(Violation::getPath).containsExactly(
        "briques[9].id", "briques[10].id", "collectivites[1].siren", "engagementsAnnonces[0]",
        "briques[0].seances[2]", "briques[0].seances[10]");
  }

  @Test
  void filtres() {
    assertThat(REPORT.isValid()).isFalse();
    assertThat(REPORT.getErrors()).hasSize(3);
    assertThat(REPORT.getWarnings()).hasSize(1);
    assertThat(REPORT.getInfos()).hasSize(2);
    assertThat(REPORT.withCode("a.error").getViolations()).hasSize(2);
    assertThat(REPORT.atPath("briques[0]").getViolations()).extracting(Violation::getPath)
        .containsExactly("briques[0].seances[2]", "briques[0].seances[10]");
    assertThat(REPORT.atPath("briques[1]").getViolations()).isEmpty();
    assertThat(REPORT.atPath("collectivites[1].siren").getViolations()).hasSize(1);
    assertThat(REPORT.about("lens").getViolations()).extracting(Violation::getCode).containsExactly("z.error");
    assertThat(REPORT.withSeverity(Severity.INFO).isValid()).isTrue();
  }

  @Test
  void laFormeJson() {
    JsonNode json = JsonMapper.builder().build().readTree(REPORT.toJson());
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("errors").asInt()).isEqualTo(3);
    assertThat(json.get("warnings").asInt()).isEqualTo(1);
    assertThat(json.get("infos").asInt()).isEqualTo(2);
    JsonNode premiere = json.get("violations").get(0);
    assertThat(premiere.propertyNames()).containsExactly("code", "severity", "path", "subjectIds", "arguments", "message");
    assertThat(premiere.get("code").asString()).isEqualTo("a.error");
    assertThat(premiere.get("severity").asString()).isEqualTo("ERROR");
    assertThat(premiere.get("path").asString()).isEqualTo("briques[9].id");
    assertThat(premiere.get("subjectIds").get(0).asString()).isEqualTo("b9");
    assertThat(premiere.get("arguments").get("id").asString()).isEqualTo("x");
    assertThat(premiere.get("message").asString()).isEqualTo("a.error briques[9].id");
  }

  @Test
  void unRapportVideEstValide() {
    assertThat(ValidationReport.of(List.of()).isValid()).isTrue();
    assertThat(ValidationReport.of(List.of()).toJson()).contains("\"valid\" : true");
  }
}
