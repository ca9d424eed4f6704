package io.github.plateformcoop.programme.examples.cli;

import static io.github.plateformcoop.programme.examples.cli.PlateformCoopCommandTest.executer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.examples.PlateformCoop;
import io.github.plateformcoop.programme.examples.PlateformCoopIllustratif;
import io.github.plateformcoop.programme.examples.RegionFictive;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** validate, completion, schema and example, run in-process: output and exit codes, broken files included. */
class CommandesTest {

  @TempDir
  static Path dossier;

  static Path sources;
  static Path illustratif;
  static Path fictif;
  static Path casse;
  static Path erreurs;
  static Path programme;

  @BeforeAll
  static void fichiers() throws IOException {
    ProgrammeJson json = ProgrammeJson.defaults();
    sources = dossier.resolve("sources.json");
    json.write(PlateformCoop.cycle(), sources);
    illustratif = dossier.resolve("illustratif.json");
    json.write(PlateformCoopIllustratif.cycle(), illustratif);
    fictif = dossier.resolve("fictif.json");
    json.write(RegionFictive.cycle(), fictif);
    programme = dossier.resolve("programme.json");
    json.write(PlateformCoop.programme(), programme);
    casse = dossier.resolve("casse.json");
    Files.writeString(casse, "{ \"formatVersion\" : \"1.1\",\n  \"cycle\" : { \"id\" : \"x\", \"intitule\" : \"y\", }\n}");
    erreurs = dossier.resolve("erreurs.json");
    Cycle avecErreur = Cycle.builder().from(PlateformCoop.cycle())
        .addEngagement(io.github.plateformcoop.programme.model.Engagement.builder().id("e-x").collectiviteId("inconnue")
            .statut(io.github.plateformcoop.programme.model.StatutDEngagement.ENGAGEE).build())
        .build();
    json.write(avecErreur, erreurs);
  }

  @Test
  void validerUnDocumentSansErreur() {
    PlateformCoopCommandTest.Execution e = executer("validate", sources.toString());
    assertThat(e.code()).isZero();
    assertThat(e.out()).contains("sources.json (format 1.2)", "0 erreur(s), 3 avertissement(s), 10 info(s)");
  }

  @Test
  void validerUnDocumentAvecDesErreurs() {
    PlateformCoopCommandTest.Execution e = executer("validate", erreurs.toString());
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_ERRORS);
    assertThat(e.out()).contains("ERREUR reference.inconnue @ engagements[6].collectiviteId");
  }

  @Test
  void unDocumentCasseEstInutilisableSansTraceDePile() {
    PlateformCoopCommandTest.Execution e = executer("validate", casse.toString());
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(e.err()).contains(casse + ":2:").contains("$.cycle").doesNotContain("Exception", "\tat ");
    PlateformCoopCommandTest.Execution absent = executer("validate", dossier.resolve("absent.json").toString());
    assertThat(absent.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(absent.err()).contains("absent.json : lecture du fichier impossible : ce fichier n'existe pas");
  }

  @Test
  void avecPlusieursFichiersLePireResultatDonneLeCode() {
    assertThat(executer("validate", sources.toString(), erreurs.toString()).code()).isEqualTo(PlateformCoopCommand.EXIT_ERRORS);
    assertThat(executer("validate", sources.toString(), erreurs.toString(), casse.toString()).code())
        .isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(executer("validate", sources.toString(), illustratif.toString()).code()).isZero();
  }

  @Test
  void validerEnJson() {
    PlateformCoopCommandTest.Execution e = executer("validate", "--format", "json", sources.toString());
    JsonNode rapport = JsonMapper.builder().build().readTree(e.out());
    assertThat(rapport.get("valid").asBoolean()).isTrue();
    assertThat(rapport.get("warnings").asInt()).isEqualTo(3);
    assertThat(rapport.get("violations").get(0).propertyNames())
        .containsExactly("code", "severity", "path", "subjectIds", "arguments", "message");
    PlateformCoopCommandTest.Execution plusieurs = executer("validate", "--format", "json", sources.toString(), casse.toString());
    JsonNode tableau = JsonMapper.builder().build().readTree(plusieurs.out());
    assertThat(tableau.isArray()).isTrue();
    assertThat(tableau.get(0).get("report").get("valid").asBoolean()).isTrue();
    assertThat(tableau.get(1).get("error").asString()).contains("casse.json:2:");
    assertThat(executer("validate", "--format", "xml", sources.toString()).code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
  }

  @Test
  void validerUnProgrammeEnAnglais() {
    PlateformCoopCommandTest.Execution e = executer("--lang", "en", "validate", programme.toString());
    assertThat(e.code()).isZero();
    assertThat(e.out()).contains("WARNING coherence.nombre-annonce @ cycles[0].modele.leviersAnnonces[0]");
  }

  @Test
  void laCompletionALaDateDemandee() {
    PlateformCoopCommandTest.Execution e = executer("completion", illustratif.toString(), "--as-of", "2023-07-01");
    assertThat(e.code()).isZero();
    assertThat(e.out()).contains("Complétion au 2023-07-01 (cycle terminé)", "mel (Métropole Européenne de Lille) terminé",
        "[x] au moins 75 % des heures de « sensibilisation »");
    PlateformCoopCommandTest.Execution debut = executer("completion", illustratif.toString(), "--as-of", "2022-09-01");
    assertThat(debut.out()).contains("(cycle en cours)", "non commencé").doesNotContain(" terminé,");
  }

  @Test
  void laCompletionEnJson() {
    PlateformCoopCommandTest.Execution e = executer("completion", fictif.toString(), "--as-of", "2024-07-01", "--format", "json");
    JsonNode evaluation = JsonMapper.builder().build().readTree(e.out());
    assertThat(evaluation.get("cycleId").asString()).isEqualTo("cycle-fictif-lorraine-2024");
    assertThat(evaluation.get("cycleOver").asBoolean()).isTrue();
    assertThat(evaluation.get("bilans")).hasSize(2);
    assertThat(evaluation.get("bilans").get(0).get("criteria").get(0).get("id").asString()).isEqualTo("completion-lorraine");
  }

  @Test
  void laCompletionDUnFichierCasseOuDUnModele() throws IOException {
    assertThat(executer("completion", casse.toString()).code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    Path modele = dossier.resolve("modele.json");
    ProgrammeJson.defaults().write(PlateformCoop.modele(), modele);
    PlateformCoopCommandTest.Execution e = executer("completion", modele.toString());
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(e.err()).contains("un modèle de cycle n'a pas de participants à évaluer");
    assertThat(executer("completion", sources.toString(), "--as-of", "2023-13-01").code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
  }

  @Test
  void leSchema() {
    PlateformCoopCommandTest.Execution e = executer("schema");
    assertThat(e.code()).isZero();
    assertThat(e.out()).isEqualTo(ProgrammeJson.schema());
  }

  @Test
  void lesExemples(@TempDir Path sortie) throws IOException {
    PlateformCoopCommandTest.Execution sourcesSeules = executer("example");
    assertThat(ProgrammeJson.defaults().read(sourcesSeules.out(), Cycle.class)).isEqualTo(PlateformCoop.cycle());
    assertThat(ProgrammeJson.defaults().read(executer("example", "--illustrative").out(), Cycle.class))
        .isEqualTo(PlateformCoopIllustratif.cycle());
    assertThat(ProgrammeJson.defaults().read(executer("example", "--region", "lorraine-fictive").out(), Cycle.class))
        .isEqualTo(RegionFictive.cycle());
    Path fichier = sortie.resolve("cycle.json");
    assertThat(executer("example", "--output", fichier.toString()).code()).isZero();
    assertThat(ProgrammeJson.defaults().read(fichier, Cycle.class)).isEqualTo(PlateformCoop.cycle());
    PlateformCoopCommandTest.Execution inconnue = executer("example", "--region", "bretagne");
    assertThat(inconnue.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(inconnue.err()).contains("--region prend nord-pas-de-calais ou lorraine-fictive, pas « bretagne »");
    assertThat(executer("example", "--region", "lorraine-fictive", "--illustrative").code())
        .isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
  }

  /** {@code --compact} writes the same document on one line, to the standard output and to a file, with example and convert. */
  @Test
  void lEcritureCompacte(@TempDir Path dossier) throws IOException {
    String indente = executer("example").out();
    PlateformCoopCommandTest.Execution compact = executer("example", "--compact");
    assertThat(compact.code()).isZero();
    assertThat(compact.out()).isEqualTo(ProgrammeJson.builder().compact().build().write(PlateformCoop.cycle()));
    assertThat(compact.out().strip()).doesNotContain("\n");
    assertThat(compact.out().length()).isLessThan(indente.length());
    Path fichier = dossier.resolve("cycle.json");
    Files.writeString(fichier, indente);
    Path converti = dossier.resolve("compact.json");
    assertThat(executer("convert", fichier.toString(), "--compact", "-o", converti.toString()).code()).isZero();
    assertThat(Files.readString(converti)).isEqualTo(compact.out());
    assertThat(executer("convert", converti.toString()).out()).isEqualTo(indente);
  }

  @Test
  void chaqueCommandeADeLAide() {
    // picocli writes its warnings, such as a percent sign read as a format, to the process's standard error.
    java.io.PrintStream erreurStandard = System.err;
    java.io.ByteArrayOutputStream avertissements = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(avertissements, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (String commande : new String[] {"validate", "completion", "rules", "schema", "example"}) {
        PlateformCoopCommandTest.Execution aide = executer(commande, "--help");
        assertThat(aide.out()).contains("Utilisation : plateformcoop " + commande).doesNotContain("Usage:");
        assertThat(aide.err()).isEmpty();
        assertThat(executer("--lang", "en", commande, "--help").out()).contains("Usage: plateformcoop " + commande)
            .doesNotContain("Utilisation");
      }
    } finally {
      System.setErr(erreurStandard);
    }
    assertThat(avertissements.toString(java.nio.charset.StandardCharsets.UTF_8)).as("picocli's warnings").isEmpty();
  }

  @Test
  void pasDeCouleursQuandLaSortieNEstPasUnTerminal() {
    picocli.CommandLine commandLine = PlateformCoopCommand.commandLine("validate", sources.toString());
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));
    assertThat(commandLine.execute("validate", sources.toString())).isZero();
    assertThat(out.toString()).contains("AVERTISSEMENT").doesNotContain("\u001B[");
    picocli.CommandLine enCouleurs = PlateformCoopCommand.commandLine("validate", sources.toString());
    StringWriter colore = new StringWriter();
    enCouleurs.setOut(new PrintWriter(colore));
    enCouleurs.setColorScheme(picocli.CommandLine.Help.defaultColorScheme(picocli.CommandLine.Help.Ansi.ON));
    enCouleurs.execute("validate", sources.toString());
    assertThat(colore.toString()).contains("\u001B[");
  }

  @Test
  void laCompletionDitQuelsCriteresElleEvalueEtQuandRienNEstEmarge() {
    PlateformCoopCommandTest.Execution sans = executer("completion", sources.toString(), "--as-of", "2023-07-01");
    assertThat(sans.code()).isZero();
    assertThat(sans.out()).contains("Critères : le cycle n'en a pas, aucun n'est évalué",
        "Les sources ne donnent aucun émargement", "aucun critère ne s'applique").doesNotContain("non terminé");
    PlateformCoopCommandTest.Execution parDefaut = executer("completion", sources.toString(), "--as-of", "2023-07-01",
        "--default-criteria");
    assertThat(parDefaut.out()).contains("le critère d'exemple de PlateformCoop, choisi par --default-criteria", "non terminé");
    assertThat(executer("completion", illustratif.toString(), "--as-of", "2023-07-01").out())
        .contains("Critères : ceux du cycle (1)").doesNotContain("aucun émargement");
  }

  @Test
  void leProgrammeEntierValideSansErreurAvecLesTroisAvertissementsDesSources(@TempDir Path sortie) {
    Path fichier = sortie.resolve("programme.json");
    assertThat(executer("example", "--programme", "-o", fichier.toString()).code()).isZero();
    assertThat(ProgrammeJson.defaults().read(fichier, Programme.class)).isEqualTo(PlateformCoop.programme());
    assertThat(executer("example", "--programme").out()).contains("\"programme\" : {", "\"porteur\" : {",
        "\"essaimage\" : ", "\"cycles\" : [");

    PlateformCoopCommandTest.Execution validation = executer("validate", fichier.toString());
    assertThat(validation.code()).isZero();
    assertThat(validation.out()).contains("0 erreur(s), 3 avertissement(s), 10 info(s)",
        "coherence.nombre-annonce @ cycles[0].engagementsAnnonces[0]",
        "coherence.nombre-annonce @ cycles[0].modele.leviersAnnonces[0]",
        "coherence.nombre-annonce @ cycles[0].strategies[0].axesAnnonces[0]");
    assertThat(executer("completion", fichier.toString(), "--as-of", "2023-07-01").out())
        .contains("Les sources ne donnent aucun émargement");

    PlateformCoopCommandTest.Execution illustratif = executer("example", "--programme", "--illustrative");
    assertThat(illustratif.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(illustratif.err()).contains("--programme vaut pour le programme PlateformCoop tel que ses sources le décrivent");
    assertThat(executer("example", "--programme", "--region", "lorraine-fictive").code())
        .isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
  }
}
