package io.github.plateformcoop.programme.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Valeurs;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LimitesEtVersionsTest {

  // Errors in English, as the assertions read them; LectureEnFrancaisTest checks the default, French.
  private static final ProgrammeJson JSON = ProgrammeJson.builder().locale(Locale.ENGLISH).build();

  private static ProgrammeJsonException erreur(org.assertj.core.api.ThrowableAssert.ThrowingCallable lecture) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(lecture);
    assertThat(t).isInstanceOf(ProgrammeJsonException.class);
    return (ProgrammeJsonException) t;
  }

  @Test
  void tailleDuDocument() {
    String texte = JSON.write(Valeurs.cycle());
    ProgrammeJson petit = ProgrammeJson.builder().locale(Locale.ENGLISH).maxDocumentLength(texte.length() - 1).build();
    assertThat(erreur(() -> petit.read(texte, Cycle.class)).getReason())
        .isEqualTo("the document is larger than the limit of " + (texte.length() - 1) + " characters");
    ProgrammeJsonException duLecteur = erreur(() -> petit.read(new StringReader(texte), Cycle.class));
    assertThat(duLecteur.getDocument()).isEqualTo("<reader>");
    assertThat(duLecteur.getReason()).isEqualTo("the document is larger than the limit of " + (texte.length() - 1) + " characters");
    // A stream's limit counts its bytes: the accented letters take two.
    byte[] octets = texte.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(octets.length).isGreaterThan(texte.length());
    ProgrammeJson caracteres = ProgrammeJson.builder().locale(Locale.ENGLISH).maxDocumentLength(texte.length()).build();
    assertThat(caracteres.read(texte, Cycle.class)).isEqualTo(Valeurs.cycle());
    ProgrammeJsonException duFlux = erreur(() -> caracteres.read(new java.io.ByteArrayInputStream(octets), Cycle.class));
    assertThat(duFlux.getJsonPath()).isEqualTo("$");
    assertThat(duFlux.getReason()).isEqualTo("the document is larger than the limit of " + texte.length() + " bytes");
    assertThat(ProgrammeJson.builder().maxDocumentLength(octets.length).build()
        .read(new java.io.ByteArrayInputStream(octets), Cycle.class)).isEqualTo(Valeurs.cycle());
    assertThat(ProgrammeJson.builder().maxDocumentLength(texte.length()).build().read(texte, Cycle.class)).isEqualTo(Valeurs.cycle());
  }

  @Test
  void profondeur() {
    ProgrammeJson plat = ProgrammeJson.builder().locale(Locale.ENGLISH).maxNestingDepth(4).build();
    ProgrammeJsonException e = erreur(() -> plat.read(JSON.write(Valeurs.cycle()), Cycle.class));
    assertThat(e.getReason()).isEqualTo("the document nests deeper than 4 levels");
    assertThat(e.getLine()).isPresent();
    String profond = "{ \"formatVersion\" : \"1.0\", \"cycle\" : " + "[".repeat(100) + "]".repeat(100) + " }";
    assertThat(erreur(() -> JSON.read(profond, Cycle.class)).getReason()).isEqualTo("the document nests deeper than 64 levels");
  }

  @Test
  void longueurDesTextes() {
    ProgrammeJson court = ProgrammeJson.builder().locale(Locale.ENGLISH).maxStringLength(20).build();
    ProgrammeJsonException e = erreur(() -> court.read(JSON.write(Valeurs.cycle()), Cycle.class));
    assertThat(e.getReason()).isEqualTo("a text has more than 20 characters");
  }

  @Test
  void longueurDesNombres() {
    String texte = JSON.write(Valeurs.modeleDeCycle()).replace("\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : " + "9".repeat(40));
    assertThat(erreur(() -> JSON.read(texte, ModeleDeCycle.class)).getReason()).isEqualTo("a number has more than 12 digits");
  }

  @Test
  void desLimitesInvalidesSontRefusees() {
    assertThatThrownBy(() -> ProgrammeJson.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxNestingDepth must be at least 1, not 0");
  }

  @Test
  void uneVersionPlusRecenteEstRefuseeEnNommantLesDeux() {
    String texte = JSON.write(Valeurs.cycle()).replace("\"formatVersion\" : \"1.2\"", "\"formatVersion\" : \"1.3\"");
    ProgrammeJsonException e = erreur(() -> JSON.read(texte, Cycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.formatVersion");
    assertThat(e.getReason()).contains("format 1.3, newer than 1.2, the newest this library reads");
    String majeure = JSON.write(Valeurs.cycle()).replace("\"formatVersion\" : \"1.2\"", "\"formatVersion\" : \"2.0\"");
    assertThat(erreur(() -> JSON.read(majeure, Cycle.class)).getReason()).contains("format 2.0, newer than 1.2");
  }

  @Test
  void uneVersionMalFormeeOuTropAncienne() {
    String texte = JSON.write(Valeurs.cycle()).replace("\"formatVersion\" : \"1.2\"", "\"formatVersion\" : 1");
    assertThat(erreur(() -> JSON.read(texte, Cycle.class)).getReason()).startsWith("the format version is a string");
    String lettres = JSON.write(Valeurs.cycle()).replace("\"formatVersion\" : \"1.2\"", "\"formatVersion\" : \"un\"");
    assertThat(erreur(() -> JSON.read(lettres, Cycle.class)).getReason()).contains("major.minor");
    String zero = JSON.write(Valeurs.cycle()).replace("\"formatVersion\" : \"1.2\"", "\"formatVersion\" : \"0.9\"");
    assertThat(erreur(() -> JSON.read(zero, Cycle.class)).getReason()).contains("format 0.9 is not one this library reads");
  }

  /**
   * Before versions existed the model was exchanged as a bare object, as a plain Jackson mapper
   * writes it (alphabetical order, nulls for absent values): such a document is read and upgraded.
   */
  @Test
  void unDocumentSansVersionEstLuEtMisAJour() throws IOException {
    String ancien = Files.readString(Golden.fichier("0.0", "cycle"), StandardCharsets.UTF_8);
    JsonDocument<Cycle> lu = JSON.readDocument(ancien, Cycle.class);
    assertThat(lu.value()).isEqualTo(Valeurs.cycle());
    assertThat(lu.version()).isEqualTo(FormatVersion.UNVERSIONED);
    assertThat(lu.isUpgraded()).isTrue();
    assertThat(JSON.write(lu.value())).isEqualTo(Files.readString(Golden.fichier("1.2", "cycle"), StandardCharsets.UTF_8));
  }

  /**
   * An unversioned document a plain mapper wrote before format 1.2, without the properties 1.2
   * added, is read as it was: the same value as the 1.1 golden file.
   */
  @Test
  void unDocumentSansVersionEcritAvant12SeLitEncore() throws IOException {
    JsonDocument<Cycle> lu = JSON.readDocument(Golden.fichier("0.0", "cycle-ecrit-avant-1.2"), Cycle.class);
    assertThat(lu.version()).isEqualTo(FormatVersion.UNVERSIONED);
    assertThat(lu.value()).isEqualTo(JSON.read(Golden.fichier("1.1", "cycle"), Cycle.class));
  }

  @Test
  void leFichierSansVersionEstCeQuEcritUnMapperOrdinaire() throws IOException {
    String ordinaire = JsonMapper.builder().enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(Valeurs.cycle()) + "\n";
    if (Boolean.getBoolean("golden.ecrire")) {
      Files.writeString(Golden.fichier("0.0", "cycle"), ordinaire, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(Golden.fichier("0.0", "cycle"), StandardCharsets.UTF_8)).isEqualTo(ordinaire);
  }

  @Test
  void uneErreurDansUnDocumentSansVersionLeDit() {
    ProgrammeJsonException e = erreur(() -> JSON.read("{ \"id\" : \"c\" }", Cycle.class));
    assertThat(e.getReason()).contains("missing required properties").contains("(in an unversioned document, read as a cycle)");
    assertThat(e.getLine()).isEmpty();
  }

  @Test
  void lOrdreDesVersions() {
    assertThat(FormatVersion.parse("1.10")).isGreaterThan(FormatVersion.parse("1.9"));
    assertThat(FormatVersion.parse("1.2")).isEqualTo(FormatVersion.CURRENT).hasToString("1.2");
    assertThatThrownBy(() -> FormatVersion.parse("01.0")).isInstanceOf(IllegalArgumentException.class);
  }
}
