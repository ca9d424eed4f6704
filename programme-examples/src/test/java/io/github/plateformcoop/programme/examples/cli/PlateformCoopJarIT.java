package io.github.plateformcoop.programme.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.examples.PlateformCoop;
import io.github.plateformcoop.programme.examples.PlateformCoopIllustratif;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run with java -jar as a user runs it. */
class PlateformCoopJarIT {

  private static final Path JAR = Path.of("target", "plateformcoop.jar");

  /** The outcome of one run. */
  record Execution(int code, String out, String err) {}

  private static Execution java(String... arguments) throws IOException, InterruptedException {
    return java(List.of(), arguments);
  }

  private static Execution java(List<String> optionsDeLaJvm, String... arguments) throws IOException, InterruptedException {
    List<String> commande = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.language=tr"));
    commande.addAll(optionsDeLaJvm);
    commande.addAll(List.of("-jar", JAR.toString()));
    commande.addAll(List.of(arguments));
    Process process = new ProcessBuilder(commande).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Execution(process.exitValue(), out, err);
  }

  @Test
  void sansArgument() throws Exception {
    Execution e = java();
    assertThat(e.code()).isZero();
    assertThat(e.out()).contains("Rapport de validation : 0 erreur(s), 3 avertissement(s)", "Complétion au 2023-07-01");
    assertThat(e.err()).isEmpty();
    assertThat(java("--lang", "fr")).as("the same run through the command line's parser").isEqualTo(e);
  }

  @Test
  void unBonEtUnMauvaisFichier(@TempDir Path dossier) throws Exception {
    Path bon = dossier.resolve("cycle.json");
    ProgrammeJson.defaults().write(PlateformCoop.cycle(), bon);
    Execution valide = java("validate", bon.toString());
    assertThat(valide.code()).isZero();
    assertThat(valide.out()).contains("0 erreur(s), 3 avertissement(s), 10 info(s)");

    Path mauvais = dossier.resolve("casse.json");
    Files.writeString(mauvais, Files.readString(bon).replace("\"COMMUNE_ASSOCIEE\"", "\"commune associée\""));
    Execution casse = java("validate", mauvais.toString());
    assertThat(casse.code()).isEqualTo(2);
    assertThat(casse.err()).contains(mauvais.toString(), "$.cycle.collectivites[2].type").doesNotContain("\tat ", "Exception");

    Path siren = dossier.resolve("siren.json");
    Files.writeString(siren, Files.readString(bon).replace("\"216204982\"", "\"216204983\""));
    Execution erreur = java("validate", siren.toString());
    assertThat(erreur.code()).isEqualTo(1);
    assertThat(erreur.out()).contains("modele.contrainte @ collectivites[4].siren", "doit être un SIREN valide");
  }

  @Test
  void lExportDuJarNeDitQueCeQuIlLaisseDeCote(@TempDir Path dossier) throws Exception {
    Path cycle = dossier.resolve("cycle.json");
    ProgrammeJson.defaults().write(PlateformCoop.cycle(), cycle);
    Execution ical = java("export", cycle.toString(), "--format", "ical");
    assertThat(ical.code()).isZero();
    assertThat(ical.out()).startsWith("BEGIN:VCALENDAR").contains("UID:plateformcoop-2022-2023.sensibilisation-1@plateformcoop");
    // No logging library's chatter: only what the export left out.
    assertThat(ical.err().strip()).isEqualTo("10 séance(s) non datée(s) laissée(s) de côté : sensibilisation-2, sensibilisation-3,"
        + " sensibilisation-4, sensibilisation-5, sensibilisation-6, sensibilisation-7, sensibilisation-8, atelier-1, atelier-2, atelier-3");
  }

  @Test
  void leJarGardeChaqueServiceEtChaqueMessage() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(texte(jar, "META-INF/services/tools.jackson.databind.JacksonModule"))
          .contains("io.github.plateformcoop.programme.model.json.ProgrammeJsonModule");
      assertThat(texte(jar, "META-INF/services/jakarta.validation.spi.ValidationProvider"))
          .contains("org.hibernate.validator.HibernateValidator");
      assertThat(texte(jar, "ContributorValidationMessages.properties"))
          .contains("programme.model.constraints.Siren.message", "programme.rules.jakarta.ValidCycle.message");
      assertThat(texte(jar, "ContributorValidationMessages_en.properties"))
          .contains("programme.model.constraints.Siren.message", "programme.rules.jakarta.ValidCycle.message");
      assertThat(texte(jar, "META-INF/services/net.fortuna.ical4j.model.ComponentFactory"))
          .contains("net.fortuna.ical4j.model.component.VEvent$Factory");
      assertThat(jar.getEntry("META-INF/services/java.time.zone.ZoneRulesProvider"))
          .as("ical4j's time-zone rules, for calendars it parses, left out").isNull();
    }
  }

  private static String texte(JarFile jar, String nom) throws IOException {
    assertThat(jar.getEntry(nom)).as(nom).isNotNull();
    try (InputStream in = jar.getInputStream(jar.getEntry(nom))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** When memory runs out, a sentence and the exit code of an unusable input, never a stack trace. */
  @Test
  void quandLaMemoireManque(@TempDir Path dossier) throws Exception {
    Cycle cycle = PlateformCoopIllustratif.cycle();
    List<Cycle> cycles = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      cycles.add(Cycle.builder().from(cycle).id("c" + i).build());
    }
    Path grand = dossier.resolve("grand.json");
    ProgrammeJson.defaults().write(Programme.builder()
        .from(PlateformCoop.programme()).cycles(cycles).build(), grand);
    Execution e = java(List.of("-Xmx12m"), "completion", grand.toString(), "--as-of", "2023-07-01");
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(e.err()).contains("la mémoire a manqué pour ce document").doesNotContain("\tat ", "OutOfMemoryError");
  }
}
