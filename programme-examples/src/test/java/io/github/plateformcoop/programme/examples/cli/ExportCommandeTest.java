package io.github.plateformcoop.programme.examples.cli;

import static io.github.plateformcoop.programme.examples.cli.PlateformCoopCommandTest.executer;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import io.github.plateformcoop.programme.examples.PlateformCoop;
import io.github.plateformcoop.programme.examples.PlateformCoopIllustratif;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code export}: each format on the examples, what is left out said, unusable options refused. */
class ExportCommandeTest {

  @TempDir
  static Path dossier;

  static Path sources;
  static Path programmeIllustratif;
  static Path deuxCycles;

  @BeforeAll
  static void fichiers() {
    sources = dossier.resolve("sources.json");
    ProgrammeJson.defaults().write(PlateformCoop.cycle(), sources);
    programmeIllustratif = dossier.resolve("programme.json");
    Programme programme = Programme.builder().from(PlateformCoop.programme()).cycles(List.of(PlateformCoopIllustratif.cycle())).build();
    ProgrammeJson.defaults().write(programme, programmeIllustratif);
    deuxCycles = dossier.resolve("deux-cycles.json");
    ProgrammeJson.defaults().write(Programme.builder().from(programme).addCycle(PlateformCoop.cycle()).build(), deuxCycles);
  }

  @Test
  void icalDuCycleDesSourcesDitLesSeancesNonDatees() {
    PlateformCoopCommandTest.Execution e = executer("export", sources.toString(), "--format", "ical");
    assertThat(e.code()).as(e.err()).isZero();
    assertThat(Biweekly.parse(e.out()).first().getEvents()).hasSize(1);
    assertThat(e.err()).contains("10 séance(s) non datée(s) laissée(s) de côté : sensibilisation-2");
  }

  @Test
  void icalDUnParticipantDansUnFichier() throws IOException {
    Path sortie = dossier.resolve("cahc.ics");
    PlateformCoopCommandTest.Execution e = executer("export", programmeIllustratif.toString(), "--format", "ical",
        "--participant", "cahc-chargee-de-mission-ess", "-o", sortie.toString());
    assertThat(e.code()).as(e.err()).isZero();
    // Her seat starts in April 2023: the séances from then on, none before.
    assertThat(Biweekly.parse(Files.readString(sortie)).first().getEvents()).extracting(v -> v.getUid().getValue())
        .allMatch(uid -> uid.startsWith("plateformcoop-2022-2023-illustratif."))
        .contains("plateformcoop-2022-2023-illustratif.sensibilisation-8@plateformcoop")
        .doesNotContain("plateformcoop-2022-2023-illustratif.sensibilisation-1@plateformcoop");
  }

  @Test
  void jsonLdEtOpenBadgesDuProgramme() {
    PlateformCoopCommandTest.Execution jsonLd = executer("export", programmeIllustratif.toString(), "--format", "jsonld");
    assertThat(jsonLd.code()).as(jsonLd.err()).isZero();
    JsonNode cours = ProgrammeJson.defaults().mapper().readTree(jsonLd.out());
    assertThat(cours.get("@type").asString()).isEqualTo("Course");

    PlateformCoopCommandTest.Execution badges = executer("export", programmeIllustratif.toString(), "--format", "openbadges",
        "--as-of", "2023-07-01");
    assertThat(badges.code()).as(badges.err()).isZero();
    JsonNode credentials = ProgrammeJson.defaults().mapper().readTree(badges.out());
    assertThat(credentials.isArray()).isTrue();
    assertThat(credentials.size()).isPositive();
    assertThat(badges.err()).contains("participant(s) sans badge, leur bilan n'étant pas complet au 2023-07-01 : ");
    PlateformCoopCommandTest.Execution un = executer("export", programmeIllustratif.toString(), "--format", "openbadges",
        "--as-of", "2023-07-01", "--participant", "cahc-elu");
    assertThat(un.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(un.err()).contains("« cahc-elu » n'a pas de badge : son bilan n'est pas complet au 2023-07-01");
  }

  @Test
  void lesOptionsEtDocumentsInutilisablesSontRefusesSansTraceDePile() {
    assertThat(executer("export", sources.toString(), "--format", "pdf").err()).contains("--format prend ical, jsonld ou openbadges, pas « pdf »");
    assertThat(executer("export", sources.toString(), "--format", "jsonld").err())
        .contains("--format jsonld a besoin d'un document de programme");
    assertThat(executer("export", deuxCycles.toString(), "--format", "ical").err()).contains("a 2 cycles : --cycle dit lequel exporter");
    assertThat(executer("export", deuxCycles.toString(), "--format", "ical", "--cycle", "plateformcoop-2022-2023").code()).isZero();
    assertThat(executer("export", deuxCycles.toString(), "--format", "ical", "--cycle", "autre").err()).contains("pas de cycle « autre »");
    assertThat(executer("export", sources.toString(), "--format", "ical", "--participant", "personne").err())
        .contains("pas de participant « personne » dans le cycle « plateformcoop-2022-2023 »");
    assertThat(executer("--lang", "en", "export", programmeIllustratif.toString(), "--format", "openbadges", "--as-of", "demain").err())
        .contains("--as-of takes a date as yyyy-MM-dd, not \"demain\"").doesNotContain("Exception");
  }
}
