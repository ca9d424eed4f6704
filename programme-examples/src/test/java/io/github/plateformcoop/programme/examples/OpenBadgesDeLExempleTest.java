package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.plateformcoop.programme.interop.OpenBadgesExport;
import io.github.plateformcoop.programme.interop.OpenBadgesWriter;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import io.github.plateformcoop.programme.rules.completion.CompletionReport;
import io.github.plateformcoop.programme.rules.completion.CompletionResult;
import io.github.plateformcoop.programme.rules.completion.CompletionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Open Badges credentials of the illustrative PlateformCoop cycle, each validated against the
 * official Open Badges 3.0 AchievementCredential JSON Schema (test resources, openbadges/README.md)
 * by networknt's json-schema-validator, with formats (date-time) asserted.
 */
class OpenBadgesDeLExempleTest {

  private static final LocalDate APRES_LE_CYCLE = LocalDate.of(2023, 7, 1);

  private static Schema schema;

  @BeforeAll
  static void schema() throws IOException {
    try (InputStream in = OpenBadgesDeLExempleTest.class.getResourceAsStream("/openbadges/ob_v3p0_achievementcredential_schema.json")) {
      String texte = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09, b -> b.schemaRegistryConfig(config))
          .getSchema(texte);
    }
  }

  private static Programme programme() {
    return Programme.builder().from(PlateformCoop.programme()).cycles(List.of(PlateformCoopIllustratif.cycle())).build();
  }

  @Test
  void chaqueParticipantAuBilanCompletAUnCredentialValideParLeSchemaOfficiel() {
    Programme programme = programme();
    Cycle cycle = programme.getCycles().get(0);
    OpenBadgesExport export = OpenBadgesWriter.defaults().write(programme, cycle, APRES_LE_CYCLE);

    CompletionReport report = CompletionEvaluator.defaults().evaluate(cycle, APRES_LE_CYCLE);
    List<String> termines = report.getParticipants().stream().filter(r -> r.status() == CompletionStatus.TERMINE)
        .map(CompletionResult::subjectId).toList();
    assertThat(termines).isNotEmpty();
    assertThat(export.credentials().keySet()).containsExactlyElementsOf(termines);
    assertThat(export.withoutCredentialIds()).hasSize(report.getParticipants().size() - termines.size()).isNotEmpty();
    for (Map.Entry<String, String> e : export.credentials().entrySet()) {
      JsonNode credential = ProgrammeJson.defaults().mapper().readTree(e.getValue());
      assertThat(schema.validate(credential)).as(e.getKey() + "\n" + e.getValue()).isEmpty();
      assertThat(credential.has("proof")).isFalse();
    }
  }

  @Test
  void leCredentialPorteLEmetteurLesCriteresLesHeuresEtLesDatesDeLaPersonne() {
    Programme programme = programme();
    Cycle cycle = programme.getCycles().get(0);
    OpenBadgesExport export = OpenBadgesWriter.defaults().write(programme, cycle, APRES_LE_CYCLE);
    String id = export.credentials().keySet().iterator().next();
    CompletionResult bilan = CompletionEvaluator.defaults().evaluate(cycle, APRES_LE_CYCLE).getParticipants().stream()
        .filter(r -> r.subjectId().equals(id)).findFirst().orElseThrow();
    JsonNode credential = ProgrammeJson.defaults().mapper().readTree(export.credentials().get(id));

    assertThat(credential.get("issuer").get("name").asString()).isEqualTo(programme.getPorteur().getNom());
    JsonNode sujet = credential.get("credentialSubject");
    assertThat(sujet.get("activityStartDate").asString()).startsWith(bilan.datesAttended().get(0).toString());
    assertThat(sujet.get("activityEndDate").asString())
        .startsWith(bilan.datesAttended().get(bilan.datesAttended().size() - 1).toString());
    assertThat(sujet.get("result").get(1).get("value").asString())
        .isEqualTo(String.valueOf(bilan.hoursAttended().toMinutes() / 60.0).replaceAll("\\.0$", ""));
    assertThat(sujet.get("achievement").get("criteria").get("narrative").asString())
        .startsWith("Critère « 75 % des heures de sensibilisation et 2 ateliers sur 3 » :\n- ")
        .contains("« sensibilisation »");
    assertThat(credential.get("validFrom").asString()).isEqualTo("2023-07-01T00:00:00+02:00");
  }

  @Test
  void unCredentialQuiEnfreintLeSchemaEstRefuse() {
    Programme programme = programme();
    OpenBadgesExport export = OpenBadgesWriter.defaults().write(programme, programme.getCycles().get(0), APRES_LE_CYCLE);
    String valide = export.credentials().values().iterator().next();
    // The schema is not a test that passes anything: without its issuer, or with a date that is no date-time, it refuses.
    assertThat(schema.validate(ProgrammeJson.defaults().mapper().readTree(valide.replace("\"issuer\"", "\"emetteur\"")))).isNotEmpty();
    assertThat(schema.validate(ProgrammeJson.defaults().mapper().readTree(valide.replace("2023-07-01T00:00:00+02:00", "2023-07-01"))))
        .isNotEmpty();
  }
}
