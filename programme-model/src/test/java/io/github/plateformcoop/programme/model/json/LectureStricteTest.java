package io.github.plateformcoop.programme.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Levier;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Valeurs;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Each kind of bad input: the exception names the JSON path, the line and column, and the reason. */
class LectureStricteTest {

  // Errors in English, as the assertions read them; LectureEnFrancaisTest checks the default, French.
  private static final ProgrammeJson JSON = ProgrammeJson.builder().locale(Locale.ENGLISH).build();

  private static ProgrammeJsonException erreur(ThrowingCallable lecture) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(lecture);
    assertThat(t).isInstanceOf(ProgrammeJsonException.class);
    return (ProgrammeJsonException) t;
  }

  /** A small modèle document, one property per line, to change one thing at a time. */
  private static String modele(String levier) {
    return "{\n"
        + "  \"formatVersion\" : \"1.1\",\n"
        + "  \"modeleDeCycle\" : {\n"
        + "    \"id\" : \"m\",\n"
        + "    \"intitule\" : \"Modèle\",\n"
        + "    \"publicCible\" : { },\n"
        + "    \"leviers\" : [ " + levier + " ]\n"
        + "  }\n"
        + "}\n";
  }

  @Test
  void leDocumentDeTestSeLit() {
    assertThat(JSON.read(modele("{ \"id\" : \"l1\", \"intitule\" : \"Levier\" }"), ModeleDeCycle.class).getLeviers())
        .containsExactly(Levier.builder().id("l1").intitule("Levier").build());
  }

  @Test
  void jsonMalForme() {
    ProgrammeJsonException e = erreur(() -> JSON.read(modele("{ \"id\" : \"l1\", }"), ModeleDeCycle.class));
    assertThat(e.getDocument()).isEqualTo("<string>");
    assertThat(e.getLine()).hasValue(7);
    assertThat(e.getColumn()).isPresent();
    assertThat(e.getReason()).isEqualTo("unexpected character \"}\"");
    assertThat(e.getJsonPath()).isEqualTo("$.modeleDeCycle.leviers[0]");
    assertThat(e.getMessage()).startsWith("<string>:7:");
  }

  @Test
  void mauvaisType() {
    ProgrammeJsonException e = erreur(() -> JSON.read(modele("{ \"id\" : \"l1\", \"intitule\" : [ \"x\" ] }"), ModeleDeCycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.modeleDeCycle.leviers[0].intitule");
    assertThat(e.getLine()).hasValue(7);
    assertThat(e.getReason()).isEqualTo("expected a text, not an array");
  }

  @Test
  void uneDureeOuUneDateEstUnTexteIsoPasUnNombre() {
    String cycle = JSON.write(io.github.plateformcoop.programme.model.Valeurs.cycle());
    ProgrammeJsonException duree = erreur(() -> JSON.read(cycle.replace("\"duree\" : \"PT3H\"", "\"duree\" : 3"),
        io.github.plateformcoop.programme.model.Cycle.class));
    assertThat(duree.getJsonPath()).isEqualTo("$.cycle.modele.briques[0].format.duree");
    assertThat(duree.getReason()).startsWith("expected an ISO-8601 duration such as PT3H");
    ProgrammeJsonException date = erreur(() -> JSON.read(cycle.replace("\"date\" : \"2022-09-26\"", "\"date\" : 19000"),
        io.github.plateformcoop.programme.model.Cycle.class));
    assertThat(date.getReason()).startsWith("expected a date");
    ProgrammeJsonException dateHeure = erreur(() -> JSON.read(
        cycle.replace("\"date\" : \"2022-09-26\"", "\"date\" : \"2022-09-26T10:00\""),
        io.github.plateformcoop.programme.model.Cycle.class));
    assertThat(dateHeure.getReason()).contains("2022-09-26T10:00");
    assertThat(JSON.read(cycle.replace("\"duree\" : \"PT3H\"", "\"duree\" : \"P1D\""),
        io.github.plateformcoop.programme.model.Cycle.class).getModele().getBriques().get(0).getFormat().getDuree())
        .contains(java.time.Duration.ofDays(1));
  }

  @Test
  void proprieteObligatoireManquante() {
    ProgrammeJsonException e = erreur(() -> JSON.read(modele("{ \"id\" : \"l1\" }"), ModeleDeCycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.modeleDeCycle.leviers[0]");
    assertThat(e.getReason()).isEqualTo("missing required property: intitule");
    assertThat(e.getLine()).hasValue(7);
  }

  @Test
  void proprieteInconnueRefuseeParDefaut() {
    ProgrammeJsonException e = erreur(() -> JSON.read(modele("{ \"id\" : \"l1\", \"intitule\" : \"x\", \"poids\" : 3 }"),
        ModeleDeCycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.modeleDeCycle.leviers[0].poids");
    assertThat(e.getReason()).isEqualTo("unknown property 'poids'; this object admits: id, intitule, provenance");
    assertThat(e.getLine()).hasValue(7);
  }

  @Test
  void proprietesInconnuesIgnoreesSurDemandeEtSignalees() {
    ProgrammeJson tolerant = ProgrammeJson.builder().locale(Locale.ENGLISH).ignoreUnknownProperties().build();
    JsonDocument<ModeleDeCycle> lu = tolerant.readDocument(
        modele("{ \"id\" : \"l1\", \"poids\" : { \"a\" : [1, 2] }, \"intitule\" : \"x\" }, { \"id\" : \"l2\", \"intitule\" : \"y\", \"note\" : \"z\" }"),
        ModeleDeCycle.class);
    assertThat(lu.value().getLeviers()).extracting(Levier::getIntitule).containsExactly("x", "y");
    assertThat(lu.ignoredProperties()).containsExactly(
        "$.modeleDeCycle.leviers[0].poids", "$.modeleDeCycle.leviers[1].note");
  }

  @Test
  void uneVerificationDeCoherenceQuiEchoue() {
    String cycle = JSON.write(Valeurs.cycle()).replace("\"fin\" : \"12:30:00\"", "\"fin\" : \"08:00:00\"");
    ProgrammeJsonException e = erreur(() -> JSON.read(cycle, Cycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.cycle.briques[0].seances[0]");
    assertThat(e.getReason()).isEqualTo("séance \"s1\" must end after it starts: 09:30 to 08:00");
    assertThat(e.getLine()).isPresent();
  }

  @Test
  void uneDateImpossible() {
    String cycle = JSON.write(Valeurs.cycle()).replace("\"2022-09-26\"", "\"2022-02-30\"");
    ProgrammeJsonException e = erreur(() -> JSON.read(cycle, Cycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.cycle.premiereJournee.date");
    assertThat(e.getReason()).isEqualTo("\"2022-02-30\" is not a date yyyy-mm-dd");
  }

  @Test
  void unCodeDEnumerationInconnuOuUnLibelle() {
    String cycle = JSON.write(Valeurs.cycle()).replace("\"COMMUNE_ASSOCIEE\"", "\"commune associée\"");
    ProgrammeJsonException e = erreur(() -> JSON.read(cycle, Cycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.cycle.collectivites[0].type");
    assertThat(e.getReason()).isEqualTo("\"commune associée\" is not one of the values COMMUNE, COMMUNE_ASSOCIEE, COMMUNAUTE_URBAINE,"
        + " METROPOLE, COMMUNAUTE_DE_COMMUNES, COMMUNAUTE_D_AGGLOMERATION, DEPARTEMENT, REGION");
  }

  @Test
  void unNombrePourUneEnumerationEstRefuse() {
    String cycle = JSON.write(Valeurs.cycle()).replace("\"COMMUNE_ASSOCIEE\"", "1");
    assertThat(erreur(() -> JSON.read(cycle, Cycle.class)).getJsonPath()).isEqualTo("$.cycle.collectivites[0].type");
  }

  @Test
  void aucuneCoercition() {
    String texte = JSON.write(Valeurs.modeleDeCycle()).replace("\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : \"8\"");
    ProgrammeJsonException e = erreur(() -> JSON.read(texte, ModeleDeCycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.modeleDeCycle.briques[0].nombreDeSeances");
    String nombre = JSON.write(Valeurs.modeleDeCycle()).replace("\"intitule\" : \"cycle de qualification\"", "\"intitule\" : 12");
    assertThat(erreur(() -> JSON.read(nombre, ModeleDeCycle.class)).getJsonPath()).isEqualTo("$.modeleDeCycle.intitule");
    String seul = JSON.write(Valeurs.modeleDeCycle()).replace("\"voletIds\" : [ \"diagnostic\" ]", "\"voletIds\" : \"diagnostic\"");
    assertThat(erreur(() -> JSON.read(seul, ModeleDeCycle.class)).getJsonPath()).isEqualTo("$.modeleDeCycle.briques[0].voletIds");
    String flottant = JSON.write(Valeurs.modeleDeCycle()).replace("\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : 8.0");
    assertThat(erreur(() -> JSON.read(flottant, ModeleDeCycle.class)).getJsonPath()).isEqualTo("$.modeleDeCycle.briques[0].nombreDeSeances");
  }

  @Test
  void nullPourUneValeurObligatoireOuPrimitive() {
    String texte = JSON.write(Valeurs.modeleDeCycle()).replace("\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : null");
    assertThat(erreur(() -> JSON.read(texte, ModeleDeCycle.class)).getJsonPath()).isEqualTo("$.modeleDeCycle.briques[0].nombreDeSeances");
    ProgrammeJsonException e = erreur(() -> JSON.read(modele("{ \"id\" : null, \"intitule\" : \"x\" }"), ModeleDeCycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.modeleDeCycle.leviers[0]");
    assertThat(e.getReason()).isEqualTo("missing required property: id");
  }

  @Test
  void uneCleEnDoubleNEstPasEcraseeEnSilence() {
    ProgrammeJsonException e = erreur(() -> JSON.read(modele("{ \"id\" : \"l1\", \"intitule\" : \"x\", \"intitule\" : \"y\" }"),
        ModeleDeCycle.class));
    assertThat(e.getReason()).isEqualTo("property \"intitule\" is given twice");
    assertThat(e.getLine()).hasValue(7);
  }

  @Test
  void duContenuApresLeDocument() {
    ProgrammeJsonException e = erreur(() -> JSON.read(modele("") + "{ }", ModeleDeCycle.class));
    assertThat(e.getLine()).hasValue(10);
  }

  @Test
  void aucunTypagePolymorphe() {
    ProgrammeJsonException e = erreur(() -> JSON.read(
        modele("{ \"@class\" : \"java.net.URL\", \"id\" : \"l1\", \"intitule\" : \"x\" }"), ModeleDeCycle.class));
    assertThat(e.getReason()).startsWith("unknown property '@class'; this object admits: ");
  }

  @Test
  void pasUnObjet() {
    assertThat(erreur(() -> JSON.read("[ ]", Cycle.class)).getReason()).isEqualTo("a document is a JSON object, not an array");
    assertThat(erreur(() -> JSON.read("", Cycle.class)).getReason()).isEqualTo("a document is a JSON object, not nothing");
    assertThat(erreur(() -> JSON.read("\"texte\"", Cycle.class)).getReason())
        .as("under the tests' Turkish locale too").isEqualTo("a document is a JSON object, not a string");
  }

  @Test
  void unDocumentDUnAutreGenre() {
    ProgrammeJsonException e = erreur(() -> JSON.read(JSON.write(Valeurs.modeleDeCycle()), Cycle.class));
    assertThat(e.getJsonPath()).isEqualTo("$.modeleDeCycle");
    assertThat(e.getReason()).isEqualTo("expected a cycle document, found a modeleDeCycle document");
    assertThat(erreur(() -> JSON.read("{ \"formatVersion\" : \"1.1\" }", Programme.class)).getReason())
        .isEqualTo("missing the 'programme' of the document");
    assertThat(erreur(() -> JSON.read("{ \"formatVersion\" : \"1.1\", \"programme\" : { }, \"x\" : 1 }", Programme.class))
        .getReason()).isEqualTo("unknown property 'x' in the document");
  }

  @Test
  void pasDeLUtf8() {
    byte[] latin1 = modele("{ \"id\" : \"l1\", \"intitule\" : \"é\" }").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ProgrammeJsonException e = erreur(() -> JSON.read(new ByteArrayInputStream(latin1), ModeleDeCycle.class));
    assertThat(e.getDocument()).isEqualTo("<stream>");
    assertThat(e.getReason()).isEqualTo("the document is not valid UTF-8");
  }

  @Test
  void unFichierNommeDansLErreur(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dossier) throws Exception {
    java.nio.file.Path fichier = dossier.resolve("modele.json");
    java.nio.file.Files.writeString(fichier, modele("{ \"id\" : \"l1\" }"));
    assertThat(erreur(() -> JSON.read(fichier, ModeleDeCycle.class)).getMessage())
        .startsWith(fichier + ":7:").endsWith(": $.modeleDeCycle.leviers[0]: missing required property: intitule");
  }

  @Test
  void laConfigurationDeJackson3EstCelleQueLeFormatAttend() {
    JsonMapper mapper = JSON.mapper();
    assertThat(mapper.isEnabled(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(mapper.isEnabled(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)).isFalse();
    assertThat(mapper.isEnabled(tools.jackson.databind.cfg.EnumFeature.WRITE_ENUMS_USING_TO_STRING)).isFalse();
    assertThat(mapper.isEnabled(tools.jackson.databind.cfg.EnumFeature.READ_ENUMS_USING_TO_STRING)).isFalse();
    assertThat(mapper.isEnabled(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)).isTrue();
    assertThat(mapper.isEnabled(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
    assertThat(mapper.isEnabled(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
  }
}
