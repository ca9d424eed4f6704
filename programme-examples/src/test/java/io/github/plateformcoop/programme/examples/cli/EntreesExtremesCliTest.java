package io.github.plateformcoop.programme.examples.cli;

import static io.github.plateformcoop.programme.examples.cli.PlateformCoopCommandTest.executer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.examples.PlateformCoop;
import io.github.plateformcoop.programme.examples.PlateformCoopIllustratif;
import io.github.plateformcoop.programme.examples.RegionFictive;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The command line's contract on the documents fuzzing found: exit 0 when valid, 1 when errors are
 * found, 2 for unusable input, never a stack trace, and JSON whenever JSON is asked for.
 */
class EntreesExtremesCliTest {

  @TempDir
  Path dossier;

  private Path ecrire(String nom, String texte) throws IOException {
    Path f = dossier.resolve(nom);
    Files.writeString(f, texte, StandardCharsets.UTF_8);
    return f;
  }

  /** The illustrative cycle's JSON with one value replaced, as a partner's tool might send it. */
  private Path illustratifAvec(String nom, String avant, String apres) throws IOException {
    String texte = ProgrammeJson.defaults().write(PlateformCoopIllustratif.cycle());
    assertThat(texte).contains(avant);
    return ecrire(nom, texte.replaceFirst(java.util.regex.Pattern.quote(avant), apres));
  }

  private static void sansTraceDePile(PlateformCoopCommandTest.Execution e) {
    assertThat(e.out() + e.err()).doesNotContain("\tat ", "Exception", "tools.jackson", "io.github");
  }

  @Test
  void unCycleNull() throws IOException {
    Path f = ecrire("null.json", "{\"formatVersion\":\"1.1\",\"cycle\":null}");
    PlateformCoopCommandTest.Execution e = executer("validate", f.toString());
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(e.err()).contains("$.cycle: « cycle » doit être un objet, pas null");
    sansTraceDePile(e);
    PlateformCoopCommandTest.Execution json = executer("--lang", "en", "validate", f.toString(), "--format", "json");
    assertThat(json.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    JsonNode sortie = ProgrammeJson.defaults().mapper().readTree(json.out());
    assertThat(sortie.get("error").asString()).endsWith("$.cycle: \"cycle\" must be an object, not null");
    assertThat(executer("completion", f.toString(), "--format", "json").out()).contains("\"error\" : ");
  }

  @Test
  void uneSeanceDatee1500() throws IOException {
    PlateformCoopCommandTest.Execution e = executer("validate", illustratifAvec("vieux.json",
        "\"date\" : \"2022-09-26\",\n        \"debut\" : \"09:30:00\",\n        \"fin\" : \"12:30:00\"",
        "\"date\" : \"1500-03-10\"").toString());
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_ERRORS);
    assertThat(e.out()).contains("modele.contrainte @ briques[0].seances[0].date", "doit être une date des années 1583 à 9999");
    sansTraceDePile(e);
  }

  @Test
  void uneDureeExtreme() throws IOException {
    Path f = illustratifAvec("duree.json", "\"duree\" : \"PT3H\"", "\"duree\" : \"PT-9223372036854775808S\"");
    PlateformCoopCommandTest.Execution e = executer("validate", f.toString());
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_ERRORS);
    assertThat(e.out()).contains("modele.contrainte @ modele.briques[0].format.duree");
    sansTraceDePile(e);
    assertThat(executer("completion", f.toString(), "--as-of", "2023-07-01").code()).isZero();
  }

  @Test
  void uneAnneeDeTroisChiffresSEcritEtSeRelit() throws IOException {
    Cycle cycle = PlateformCoop.cycle();
    Cycle ancien = Cycle.builder().from(cycle).collectivites(cycle.getCollectivites().stream()
        .map(c -> c.getRattacheeDepuis().isPresent()
            ? Collectivite.builder().from(c).rattacheeDepuis(Datation.of(Year.of(999))).build() : c).toList()).build();
    Path f = dossier.resolve("ancien.json");
    ProgrammeJson.defaults().write(ancien, f);
    assertThat(Files.readString(f)).contains("\"rattacheeDepuis\" : \"0999\"");
    PlateformCoopCommandTest.Execution e = executer("validate", f.toString());
    assertThat(e.code()).as("read back, then refused by a constraint, not by the reader").isEqualTo(PlateformCoopCommand.EXIT_ERRORS);
    assertThat(e.out()).contains("rattacheeDepuis", "doit être une date des années 1583 à 9999");
    sansTraceDePile(e);
  }

  @Test
  void unModeleQuiAnnonceDesMilliardsDeSeances() throws IOException {
    Path f = illustratifAvec("milliards.json", "\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : 2147483647");
    PlateformCoopCommandTest.Execution completion = executer("completion", f.toString(), "--as-of", "2023-07-01");
    assertThat(completion.code()).isZero();
    sansTraceDePile(completion);
    PlateformCoopCommandTest.Execution e = executer("validate", f.toString());
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_ERRORS);
    assertThat(e.out()).contains("modele.contrainte @ modele.briques[0].nombreDeSeances", "doit être au plus 1000");
  }

  @Test
  void convertRelitChaqueVersionEtLaRecritDansLaVersionActuelle() throws IOException {
    List<Path> documents = new ArrayList<>();
    try (Stream<Path> golden = Files.walk(Path.of("..", "programme-model", "src", "test", "resources", "golden"))) {
      golden.filter(p -> p.toString().endsWith(".json")).sorted().forEach(documents::add);
    }
    ProgrammeJson json = ProgrammeJson.defaults();
    for (Object exemple : List.of(PlateformCoop.cycle(), PlateformCoop.programme(), PlateformCoop.modele(),
        PlateformCoopIllustratif.cycle(), RegionFictive.cycle())) {
      Path f = dossier.resolve("exemple-" + documents.size() + ".json");
      json.write(exemple, f);
      documents.add(f);
    }
    assertThat(documents).hasSizeGreaterThanOrEqualTo(12);
    for (Path document : documents) {
      Path sortie = dossier.resolve("converti-" + document.getFileName());
      PlateformCoopCommandTest.Execution e = executer("convert", document.toString(), "-o", sortie.toString());
      assertThat(e.code()).as(document.toString()).isZero();
      Class<?> type = genre(document);
      Object lu = json.read(document, type);
      assertThat(json.readDocument(sortie, type).version()).hasToString("1.2");
      assertThat(json.read(sortie, type)).as(document.toString()).isEqualTo(lu);
      assertThat(executer("convert", sortie.toString()).out()).isEqualTo(Files.readString(sortie));
    }
  }

  private static Class<?> genre(Path document) throws IOException {
    String texte = Files.readString(document);
    return texte.contains("\"programme\" : {") ? Programme.class
        : texte.contains("\"modeleDeCycle\" : {") ? ModeleDeCycle.class : Cycle.class;
  }
}
