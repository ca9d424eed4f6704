package io.github.plateformcoop.programme.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher beside the jar: its first run with a JDK records a class-data sharing archive, the
 * next ones start from it, and both behave as {@code java -jar} does.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launcher is a POSIX shell script")
class LanceurIT {

  private static final Path LANCEUR = Path.of("target", "plateformcoop");
  private static final Path JAR = Path.of("target", "plateformcoop.jar");
  private static final String JAVA_HOME = System.getProperty("java.home");

  /** The outcome of one run. */
  record Execution(int code, String out, String err) {}

  private static Execution lancer(List<String> commande, Map<String, String> environnement)
      throws IOException, InterruptedException {
    ProcessBuilder constructeur = new ProcessBuilder(commande);
    constructeur.environment().put("JAVA_HOME", JAVA_HOME);
    constructeur.environment().remove("PLATEFORMCOOP_JAVA_OPTIONS");
    constructeur.environment().remove("PLATEFORMCOOP_CDS");
    constructeur.environment().putAll(environnement);
    Process process = constructeur.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Execution(process.exitValue(), out, err);
  }

  private static Execution lanceur(Map<String, String> environnement, String... arguments) throws Exception {
    List<String> commande = new ArrayList<>(List.of("sh", LANCEUR.toString()));
    commande.addAll(List.of(arguments));
    return lancer(commande, environnement);
  }

  private static Execution jar(String... arguments) throws Exception {
    List<String> commande = new ArrayList<>(List.of(Path.of(JAVA_HOME, "bin", "java").toString(), "-jar", JAR.toString()));
    commande.addAll(List.of(arguments));
    return lancer(commande, Map.of());
  }

  private static List<Path> archives(Path dossier) throws IOException {
    if (!Files.isDirectory(dossier)) {
      return List.of();
    }
    try (Stream<Path> fichiers = Files.list(dossier)) {
      return fichiers.toList();
    }
  }

  @Test
  void laPremiereFoisEnregistreLArchiveLesSuivantesDemarrentDepuisElle(@TempDir Path dossier) throws Exception {
    Path archivesDir = dossier.resolve("archives");
    Map<String, String> environnement = Map.of("PLATEFORMCOOP_CDS_DIR", archivesDir.toString());
    Execution attendue = jar();

    Execution premiere = lanceur(environnement);
    assertThat(premiere).isEqualTo(attendue);
    assertThat(archives(archivesDir)).singleElement()
        .satisfies(a -> assertThat(a.getFileName().toString()).matches("plateformcoop-[0-9]+\\.jsa"));

    // With -Xshare:on, the JVM refuses to start when it cannot use the archive.
    Execution suivante = lanceur(Map.of("PLATEFORMCOOP_CDS_DIR", archivesDir.toString(),
        "PLATEFORMCOOP_JAVA_OPTIONS", "-Xshare:on"));
    assertThat(suivante).isEqualTo(attendue);
    assertThat(archives(archivesDir)).hasSize(1);
  }

  @Test
  void lesArgumentsEtLesCodesDeSortiePassentTelsQuels(@TempDir Path dossier) throws Exception {
    Path fichier = dossier.resolve("un fichier avec des espaces.json");
    Files.writeString(fichier, "{");
    Map<String, String> environnement = Map.of("PLATEFORMCOOP_CDS_DIR", dossier.resolve("archives").toString());
    Execution attendue = jar("--lang", "en", "validate", fichier.toString());
    assertThat(attendue.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(lanceur(environnement, "--lang", "en", "validate", fichier.toString())).as("first run").isEqualTo(attendue);
    assertThat(lanceur(environnement, "--lang", "en", "validate", fichier.toString())).as("from the archive").isEqualTo(attendue);
  }

  @Test
  void sansArchiveQuandOnLeDemande(@TempDir Path dossier) throws Exception {
    Path archivesDir = dossier.resolve("archives");
    Execution execution = lanceur(Map.of("PLATEFORMCOOP_CDS_DIR", archivesDir.toString(), "PLATEFORMCOOP_CDS", "off"),
        "--version");
    assertThat(execution).isEqualTo(jar("--version"));
    assertThat(archives(archivesDir)).isEmpty();
  }

  @Test
  void unDossierInutilisableLaisseLaCommandeTourner(@TempDir Path dossier) throws Exception {
    Path fichier = dossier.resolve("fichier");
    Files.writeString(fichier, "");
    Execution execution = lanceur(Map.of("PLATEFORMCOOP_CDS_DIR", fichier.resolve("archives").toString()), "--version");
    assertThat(execution).isEqualTo(jar("--version"));
  }
}
