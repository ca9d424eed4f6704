package io.github.plateformcoop.programme.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Valeurs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** Round trips and golden files of the exchange format. */
class ProgrammeJsonTest {

  private static final ProgrammeJson JSON = ProgrammeJson.defaults();

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("cycle", Cycle.class, Valeurs.cycle()),
        Arguments.of("modele-de-cycle", ModeleDeCycle.class, Valeurs.modeleDeCycle()),
        Arguments.of("programme", Programme.class, Valeurs.programme()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void ecrireLireReecrireEstSansPerte(String nom, Class<Object> type, Object valeur) {
    String texte = JSON.write(valeur);
    JsonDocument<Object> lu = JSON.readDocument(texte, type);
    assertThat(lu.value()).isEqualTo(valeur);
    assertThat(lu.version()).isEqualTo(FormatVersion.CURRENT);
    assertThat(lu.ignoredProperties()).isEmpty();
    assertThat(JSON.write(lu.value())).isEqualTo(texte);
  }

  /**
   * The golden files pin the format: a change of them is a change of format, which takes a new
   * format version. Regenerate with -Dgolden.ecrire=true only together with that change.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void lesFichiersDeReferenceFixentLeFormat(String nom, Class<Object> type, Object valeur) throws IOException {
    Path fichier = Golden.fichier("1.2", nom);
    if (Boolean.getBoolean("golden.ecrire")) {
      JSON.write(valeur, fichier);
    }
    assertThat(Files.readString(fichier, StandardCharsets.UTF_8)).isEqualTo(JSON.write(valeur));
    assertThat(JSON.read(fichier, type)).isEqualTo(valeur);
  }

  /**
   * Documents of format 1.1, written before the provenance of séances, collectivités,
   * organisations, modèles and cycles existed, are read as they were: writing them again gives
   * the same text under the current version.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void lesDocumentsDuFormat11SeLisentEncore(String nom, Class<Object> type, Object valeur) throws IOException {
    JsonDocument<Object> lu = JSON.readDocument(Golden.fichier("1.1", nom), type);
    assertThat(lu.version()).hasToString("1.1");
    assertThat(lu.isUpgraded()).isTrue();
    assertThat(JSON.write(lu.value())).isEqualTo(Files.readString(Golden.fichier("1.1", nom), StandardCharsets.UTF_8)
        .replace("\"formatVersion\" : \"1.1\"", "\"formatVersion\" : \"" + FormatVersion.CURRENT + "\""));
  }

  /** Documents of format 1.0, written before completion criteria existed, are read as they were. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void lesDocumentsDuFormat10SeLisentEncore(String nom, Class<Object> type, Object valeur) {
    JsonDocument<Object> lu = JSON.readDocument(Golden.fichier("1.0", nom), type);
    assertThat(lu.version()).hasToString("1.0");
    assertThat(lu.isUpgraded()).isTrue();
    assertThat(lu.value()).isEqualTo(sansCriteres(JSON.read(Golden.fichier("1.1", nom), type)));
  }

  private static Object sansCriteres(Object valeur) {
    if (valeur instanceof Cycle cycle) {
      return Cycle.builder().from(cycle).criteresDeCompletion(List.of()).build();
    }
    if (valeur instanceof Programme programme) {
      return Programme.builder().from(programme)
          .cycles(programme.getCycles().stream().map(c -> (Cycle) sansCriteres(c)).toList()).build();
    }
    return valeur;
  }

  /** A file, a writer and a stream get the same bytes as the text; the writer and the stream stay open. */
  @Test
  void lesEcrituresDonnentLeMemeTexteEtLaissentLeFluxOuvert(@org.junit.jupiter.api.io.TempDir Path dossier) throws IOException {
    String texte = JSON.write(Valeurs.programme());
    assertThat(texte).endsWith("}\n");
    Path fichier = dossier.resolve("programme.json");
    JSON.write(Valeurs.programme(), fichier);
    assertThat(Files.readString(fichier, StandardCharsets.UTF_8)).isEqualTo(texte);
    java.io.ByteArrayOutputStream octets = new java.io.ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the caller's stream is closed");
      }
    };
    JSON.write(Valeurs.programme(), octets);
    octets.write('x');
    assertThat(octets.toString(StandardCharsets.UTF_8)).isEqualTo(texte + "x");
    java.io.StringWriter ecrit = new java.io.StringWriter() {
      @Override
      public void close() {
        throw new AssertionError("the caller's writer is closed");
      }
    };
    JSON.write(Valeurs.programme(), ecrit);
    assertThat(ecrit).hasToString(texte);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.write(Valeurs.programme(), dossier.resolve("absent").resolve("x.json")))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageStartingWith("Cannot write ");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.write(Valeurs.programme(), new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disque plein");
      }
    })).isInstanceOf(java.io.UncheckedIOException.class).hasRootCauseMessage("disque plein");
  }

  /**
   * A stream and a reader are read and left open; a source that fails, at its start or in the
   * middle of the value, fails with its own exception, and a missing file says which.
   */
  @Test
  void lesLecturesLaissentLaSourceOuverteEtRemontentSesEchecs(@TempDir Path dossier) {
    String texte = JSON.write(Valeurs.cycle());
    java.io.ByteArrayInputStream octets = new java.io.ByteArrayInputStream(texte.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        throw new AssertionError("the caller's stream is closed");
      }
    };
    assertThat(JSON.read(octets, Cycle.class)).isEqualTo(Valeurs.cycle());
    StringReader lecteur = new StringReader(texte) {
      @Override
      public void close() {
        throw new AssertionError("the caller's reader is closed");
      }
    };
    assertThat(JSON.read(lecteur, Cycle.class)).isEqualTo(Valeurs.cycle());
    for (int apres : new int[] {0, 100, texte.length() / 2}) {
      StringReader coupe = new StringReader(texte) {
        private int lus;

        @Override
        public int read(char[] tampon, int debut, int longueur) throws IOException {
          if (lus >= apres) {
            throw new IOException("réseau coupé");
          }
          int n = super.read(tampon, debut, Math.min(longueur, Math.max(1, apres - lus)));
          lus += n;
          return n;
        }
      };
      assertThatThrownBy(() -> JSON.read(coupe, Cycle.class)).as("after %d characters", apres)
          .isInstanceOf(java.io.UncheckedIOException.class).hasRootCauseMessage("réseau coupé");
    }
    assertThatThrownBy(() -> JSON.read(dossier.resolve("absent.json"), Cycle.class))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageStartingWith("Cannot read ")
        .hasMessageContaining("absent.json");
  }

  @Test
  void lesCriteresOntUnDiscriminantNomme() {
    String json = JSON.write(Valeurs.cycle());
    assertThat(json).contains("\"type\" : \"auMoinsUnDe\"", "\"type\" : \"assiduite\"", "\"type\" : \"dispense\"")
        .doesNotContain("Immutable", "@class");
  }

  @Test
  void leDocumentCommenceParSaVersion() {
    assertThat(JSON.write(Valeurs.cycle())).startsWith("{\n  \"formatVersion\" : \"1.2\",\n  \"cycle\" : {\n    \"id\" : \"cycle-2022\",");
  }

  @Test
  void lesProprietesSuiventLOrdreDeDeclarationMalgreLeTriAlphabetiqueDeJackson3() {
    String seance = JSON.mapper().writeValueAsString(Valeurs.seance());
    assertThat(seance.indexOf("\"id\"")).isLessThan(seance.indexOf("\"numero\""));
    assertThat(seance.indexOf("\"numero\"")).isLessThan(seance.indexOf("\"intitule\""));
    assertThat(seance.indexOf("\"intitule\"")).isLessThan(seance.indexOf("\"date\""));
  }

  @Test
  void lesValeursOptionnellesAbsentesSontOmisesEtLesListesVidesEcrites() {
    String seance = JSON.mapper().writeValueAsString(io.github.plateformcoop.programme.model.Seance.builder().id("s").build());
    assertThat(seance).doesNotContain("date", "null").contains("\"intervenantIds\" : [ ]");
  }

  @Test
  void lesEnumerationsParLeurCodeEtLesDatesEnIso8601() {
    String json = JSON.write(Valeurs.cycle());
    assertThat(json).contains("\"type\" : \"COMMUNE_ASSOCIEE\"", "\"date\" : \"2022-09-26\"", "\"debut\" : \"09:30:00\"",
        "\"debut\" : \"2022-09\"", "\"duree\" : \"PT3H\"", "\"depuis\" : \"2023-04\"", "\"rattacheeDepuis\" : \"2000\"",
        "\"fuseau\" : \"Europe/Paris\"", "\"MATIN\" : \"PRESENT\"");
    assertThat(json).doesNotContain("commune associée");
  }

  @Test
  void fichierLecteurFluxEtEcrivain(@TempDir Path dossier) {
    Cycle cycle = Valeurs.cycle();
    Path fichier = dossier.resolve("cycle.json");
    JSON.write(cycle, fichier);
    assertThat(JSON.read(fichier, Cycle.class)).isEqualTo(cycle);

    StringWriter writer = new StringWriter();
    JSON.write(cycle, writer);
    assertThat(JSON.read(new StringReader(writer.toString()), Cycle.class)).isEqualTo(cycle);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(cycle, out);
    assertThat(JSON.read(new ByteArrayInputStream(out.toByteArray()), Cycle.class)).isEqualTo(cycle);
    byte[] avecBom = ("\uFEFF" + writer).getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(new ByteArrayInputStream(avecBom), Cycle.class)).isEqualTo(cycle);
  }

  @Test
  void lEcritureCompacteTientSurUneLigneEtSeRelit(@TempDir Path dossier) {
    ProgrammeJson compact = ProgrammeJson.builder().compact().build();
    Programme programme = Valeurs.programme();
    String texte = compact.write(programme);
    assertThat(texte).startsWith("{\"formatVersion\":\"" + FormatVersion.CURRENT + "\",\"programme\":{").endsWith("}\n");
    assertThat(texte.indexOf('\n')).isEqualTo(texte.length() - 1);
    assertThat(texte.length()).isLessThan(JSON.write(programme).length() * 3 / 4);
    assertThat(JSON.read(texte, Programme.class)).isEqualTo(programme);

    Path fichier = dossier.resolve("programme.json");
    compact.write(programme, fichier);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    compact.write(programme, out);
    StringWriter writer = new StringWriter();
    compact.write(programme, writer);
    assertThat(List.of(readString(fichier), out.toString(StandardCharsets.UTF_8), writer.toString())).containsOnly(texte);
    assertThat(JSON.read(fichier, Programme.class)).isEqualTo(programme);
  }

  private static String readString(Path fichier) {
    try {
      return Files.readString(fichier, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The writer puts the version first; a document that gives it after its value is held as a tree
   * until the version is read, from every kind of source, and reads the same.
   */
  @Test
  void uneVersionApresLaValeurSeLitDeToutesLesSources() {
    Cycle cycle = Valeurs.cycle();
    String compact = ProgrammeJson.builder().compact().build().write(cycle);
    String versionEnDernier = "{" + compact.substring(compact.indexOf("\"cycle\""), compact.length() - 2)
        + ",\"formatVersion\":\"1.1\"}";
    assertThat(versionEnDernier).doesNotStartWith("{\"formatVersion\"");
    List<JsonDocument<Cycle>> lus = List.of(JSON.readDocument(versionEnDernier, Cycle.class),
        JSON.readDocument(new StringReader(versionEnDernier), Cycle.class),
        JSON.readDocument(new ByteArrayInputStream(versionEnDernier.getBytes(StandardCharsets.UTF_8)), Cycle.class));
    for (JsonDocument<Cycle> lu : lus) {
      assertThat(lu.value()).isEqualTo(cycle);
      assertThat(lu.version()).isEqualTo(FormatVersion.parse("1.1"));
    }
  }

  /** A buffered stream or writer holds the whole document once write returns: it is flushed, not closed. */
  @Test
  void lEcritureVideLeTamponDeLaSortie() {
    Cycle cycle = Valeurs.cycle();
    ByteArrayOutputStream octets = new ByteArrayOutputStream();
    JSON.write(cycle, new java.io.BufferedOutputStream(octets, 1 << 20));
    assertThat(octets.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.write(cycle));
    StringWriter texte = new StringWriter();
    JSON.write(cycle, new java.io.BufferedWriter(texte, 1 << 20));
    assertThat(texte).hasToString(JSON.write(cycle));
  }

  /** Content after a document read as a tree (unversioned, or its version last) is refused too, and so is a newer version. */
  @Test
  void unDocumentLuEnArbreEstVerifieJusquASaFin() {
    ProgrammeJson json = ProgrammeJson.builder().locale(java.util.Locale.ENGLISH).build();
    String compact = ProgrammeJson.builder().compact().build().write(Valeurs.cycle());
    String versionEnDernier = "{" + compact.substring(compact.indexOf("\"cycle\""), compact.length() - 2)
        + ",\"formatVersion\":\"1.2\"}";
    String plusRecente = versionEnDernier.replace("\"formatVersion\":\"1.2\"", "\"formatVersion\":\"1.9\"");
    String sansVersion = compact.substring(compact.indexOf("\"cycle\":") + "\"cycle\":".length(), compact.length() - 2);
    assertThat(json.read(versionEnDernier, Cycle.class)).isEqualTo(Valeurs.cycle());
    assertThat(json.read(sansVersion, Cycle.class)).isEqualTo(Valeurs.cycle());
    for (String suite : new String[] {versionEnDernier + " {}", sansVersion + " []"}) {
      ProgrammeJsonException e = (ProgrammeJsonException) org.assertj.core.api.Assertions.catchThrowable(
          () -> json.read(new ByteArrayInputStream(suite.getBytes(StandardCharsets.UTF_8)), Cycle.class));
      assertThat(e.getReason()).isEqualTo("content follows the end of the document");
    }
    ProgrammeJsonException e = (ProgrammeJsonException) org.assertj.core.api.Assertions.catchThrowable(
        () -> json.read(plusRecente, Cycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.formatVersion");
    assertThat(e.getReason()).startsWith("the document is in format 1.9, newer than 1.2");
    ProgrammeJsonException deuxOctets = (ProgrammeJsonException) org.assertj.core.api.Assertions.catchThrowable(
        () -> json.read(new ByteArrayInputStream(new byte[] {'{', 0}), Cycle.class));
    assertThat(deuxOctets.getReason()).isEqualTo("the document seems to be written in UTF-16: it must be in UTF-8");
  }

  /**
   * A stream is parsed as it is read, not copied whole into memory first: a version the library
   * does not read, at its start, is reported after a few kilobytes of a stream that never ends.
   */
  @Test
  void unFluxSeLitAuFurEtAMesure() {
    byte[] debut = "{\"formatVersion\":\"9.0\",\"cycle\":[".getBytes(StandardCharsets.UTF_8);
    long[] donnes = new long[1];
    java.io.InputStream sansFin = new java.io.InputStream() {
      @Override
      public int read() {
        long i = donnes[0]++;
        return i < debut.length ? debut[(int) i] : ' ';
      }
    };
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> JSON.read(sansFin, Cycle.class));
    assertThat(t).isInstanceOf(ProgrammeJsonException.class);
    assertThat(((ProgrammeJsonException) t).getJsonPath()).isEqualTo("$.formatVersion");
    assertThat(donnes[0]).as("bytes read").isLessThan(64 * 1024);
  }

  @Test
  void seulsLesDocumentsDuFormatSEcrivent() {
    assertThatThrownBy(() -> JSON.write(Valeurs.seance()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a ImmutableSeance");
    assertThatThrownBy(() -> JSON.read("{}", io.github.plateformcoop.programme.model.Seance.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Seance");
  }

  @Test
  void leModuleEstTrouveParLesServicesEtDonneLOrdreDeDeclarationAUnMapperOrdinaire() {
    assertThat(tools.jackson.databind.cfg.MapperBuilder.findModules()).hasAtLeastOneElementOfType(ProgrammeJsonModule.class);
    JsonMapper ordinaire = JsonMapper.builder().findAndAddModules().build();
    String seance = ordinaire.writeValueAsString(Valeurs.seance());
    assertThat(seance.indexOf("\"id\"")).isLessThan(seance.indexOf("\"date\""));
    assertThat(seance).doesNotContain("null");
    JsonMapper configure = ProgrammeJson.configure(JsonMapper.builder()).build();
    assertThat(configure.readValue(configure.writeValueAsString(Valeurs.cycle()), Cycle.class)).isEqualTo(Valeurs.cycle());
    assertThat(List.<JacksonModule>of(new ProgrammeJsonModule())).extracting(JacksonModule::getModuleName)
        .containsExactly("plateformcoop-programme");
  }
}
