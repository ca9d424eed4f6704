package io.github.plateformcoop.programme.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.plateformcoop.programme.model.Cycle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken documents a partner could send, each refused with the library's own message, in French
 * and in English: where (a JSON path) and why, in the format's words, never Jackson's or Java's.
 */
class ErreursDeLectureTest {

  /** Words of the machinery that a reader of a reading error must never meet. */
  private static final List<String> INTERDITS = List.of("tools.jackson", "io.github", "Exception", "JsonToken",
      "DeserializationFeature", "StreamReadConstraints", "CoercionConfig", "`", "Immutable", "java.");

  static Map<String, String> corpus() throws IOException {
    String g = Files.readString(Golden.fichier("1.1", "cycle"), StandardCharsets.UTF_8);
    Map<String, String> c = new LinkedHashMap<>();
    c.put("vide", "");
    c.put("espaces", "   ");
    c.put("tableau", "[1,2]");
    c.put("texte", "\"cycle\"");
    c.put("null", "null");
    c.put("cycle-null", "{\"formatVersion\":\"1.1\",\"cycle\":null}");
    c.put("cycle-nombre", "{\"formatVersion\":\"1.1\",\"cycle\":3}");
    c.put("version-99", "{\"formatVersion\":\"99\",\"cycle\":{}}");
    c.put("version-nombre", "{\"formatVersion\":1.1,\"cycle\":{}}");
    c.put("version-future", "{\"formatVersion\":\"2.0\",\"cycle\":{}}");
    c.put("version-ancienne", "{\"formatVersion\":\"0.9\",\"cycle\":{}}");
    c.put("sans-valeur", "{\"formatVersion\":\"1.1\"}");
    c.put("autre-genre", "{\"formatVersion\":\"1.1\",\"programme\":{}}");
    c.put("inconnue-racine", "{\"formatVersion\":\"1.1\",\"cycle\":{},\"x\":1}");
    c.put("tronque", g.substring(0, g.length() / 2));
    c.put("apres-la-fin", g + "{}");
    c.put("doublon", g.replaceFirst("\"intitule\" :", "\"intitule\" : \"a\", \"intitule\" :"));
    c.put("mot-inconnu", g.replaceFirst("\"territoire\" : \"[^\"]*\"", "\"territoire\" : nord"));
    c.put("caractere", g.replaceFirst("\"modele\" : \\{", "\"modele\" : [{"));
    c.put("propriete-inconnue", g.replaceFirst("\"territoire\"", "\"terroir\""));
    c.put("nombre-en-texte", g.replaceFirst("\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : \"8\""));
    c.put("texte-en-nombre", g.replaceFirst("\"intitule\" : \"[^\"]*\"", "\"intitule\" : 3"));
    c.put("texte-en-tableau", g.replaceFirst("\"intitule\" : \"[^\"]*\"", "\"intitule\" : [ \"x\" ]"));
    c.put("enum-inconnue", g.replaceFirst("\"COMMUNE_ASSOCIEE\"", "\"QUARTIER\""));
    c.put("enum-nombre", g.replaceFirst("\"COMMUNE_ASSOCIEE\"", "1"));
    c.put("date-impossible", g.replaceFirst("\"2022-09-26\"", "\"2022-02-30\""));
    c.put("date-forme", g.replaceFirst("\"2022-09-26\"", "\"26/09/2022\""));
    c.put("duree", g.replaceFirst("\"PT3H\"", "\"trois heures\""));
    c.put("critere-type", g.replaceFirst("\"type\" : \"assiduite\"", "\"type\" : \"quelconque\""));
    c.put("critere-sans-type", g.replaceFirst("\"type\" : \"assiduite\",", ""));
    c.put("null-requis", g.replaceFirst("\"intitule\" : \"[^\"]*\"", "\"intitule\" : null"));
    c.put("manquant", g.replaceFirst("\"intitule\" : \"[^\"]*\",", ""));
    c.put("incoherent", g.replaceFirst("\"fin\" : \"12:30:00\"", "\"fin\" : \"08:00:00\""));
    c.put("profond", "{\"formatVersion\":\"1.1\",\"cycle\":" + "[".repeat(100) + "]".repeat(100) + "}");
    c.put("nombre-long", g.replaceFirst("\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : 12345678901234567890"));
    c.put("booleen-texte", g.replaceFirst("\"listeComplete\" : true", "\"listeComplete\" : \"oui\""));
    c.put("flottant-entier", g.replaceFirst("\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : 8.5"));
    c.put("zone", g.replaceFirst("\"fuseau\" : \"Europe/Paris\"", "\"fuseau\" : \"Mars/Olympus\""));
    c.put("datation", g.replaceFirst("\"rattacheeDepuis\" : \"[^\"]*\"", "\"rattacheeDepuis\" : \"l'an 2000\""));
    // A value of the wrong type for each kind of value the format has.
    c.put("fuseau-nombre", g.replaceFirst("\"fuseau\" : \"Europe/Paris\"", "\"fuseau\" : 3"));
    c.put("datation-nombre", g.replaceFirst("\"rattacheeDepuis\" : \"[^\"]*\"", "\"rattacheeDepuis\" : 2000"));
    c.put("liste-texte", g.replaceFirst("\"intervenantIds\" : \\[ \"tilt\" \\]", "\"intervenantIds\" : \"tilt\""));
    c.put("liste-null-element", g.replaceFirst("\"intervenantIds\" : \\[ \"tilt\" \\]", "\"intervenantIds\" : [ null ]"));
    c.put("duree-nombre", g.replaceFirst("\"PT3H\"", "3"));
    c.put("mois-nombre", g.replaceFirst("\"debut\" : \"2022-09\"", "\"debut\" : 202209"));
    c.put("heure-nombre", g.replaceFirst("\"debut\" : \"09:30:00\"", "\"debut\" : 930"));
    c.put("booleen-nombre", g.replaceFirst("\"listeComplete\" : true", "\"listeComplete\" : 1"));
    c.put("ratio-texte", g.replaceFirst("\"ratioMinimal\" : 0.75", "\"ratioMinimal\" : \"0.75\""));
    return c;
  }

  static Stream<Arguments> documents() throws IOException {
    List<Arguments> cas = new ArrayList<>();
    for (Map.Entry<String, String> e : corpus().entrySet()) {
      for (Locale langue : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        cas.add(Arguments.of(e.getKey(), langue, e.getValue()));
      }
    }
    return cas.stream();
  }

  @Test
  void leCorpusCompteAuMoinsTrenteDocumentsDontChacunEstBienCasse() throws IOException {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(30);
    String g = Files.readString(Golden.fichier("1.1", "cycle"), StandardCharsets.UTF_8);
    assertThat(corpus().values()).as("each case changes the golden file").doesNotContain(g);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void chaqueErreurParleLaLangueDeLaBibliotheque(String nom, Locale langue, String texte) {
    Throwable t = catchThrowable(() -> ProgrammeJson.builder().locale(langue).build().read(texte, Cycle.class));
    assertThat(t).as(nom).isInstanceOf(ProgrammeJsonException.class);
    ProgrammeJsonException e = (ProgrammeJsonException) t;
    assertThat(e.getJsonPath()).as(nom).startsWith("$");
    assertThat(e.getMessage()).as(nom).contains(": " + e.getJsonPath() + ": ").doesNotContain(INTERDITS);
    assertThat(e.getReason()).as(nom).isNotBlank();
  }

  @Test
  void lesValeursConnuesSontNommees() throws IOException {
    Map<String, String> c = corpus();
    ProgrammeJson json = ProgrammeJson.defaults();
    assertThat(erreur(json, c.get("version-99")).getReason()).contains("1.0 à 1.2");
    assertThat(erreur(json, c.get("critere-type")).getReason())
        .isEqualTo("« quelconque » n'est pas un type de critère : tousDe, auMoinsUnDe, auMoinsNDe, assiduite,"
            + " seancesObligatoires, livrableRemis, experimentationAuStade, dispense");
    assertThat(erreur(json, c.get("enum-inconnue")).getReason()).startsWith("« QUARTIER » n'est pas l'une des valeurs COMMUNE, ");
    assertThat(erreur(json, c.get("cycle-null"))).satisfies(e -> {
      assertThat(e.getJsonPath()).isEqualTo("$.cycle");
      assertThat(e.getReason()).isEqualTo("« cycle » doit être un objet, pas null");
    });
  }

  @Test
  void unCheminProfondEstRaccourci() throws IOException {
    ProgrammeJsonException e = erreur(ProgrammeJson.defaults(), corpus().get("profond"));
    assertThat(e.getJsonPath()).isEqualTo("$.cycle[0][0][0][0]…[0][0][0][0][0][0]");
    assertThat(e.getReason()).isEqualTo("le document s'imbrique sur plus de 64 niveaux");
  }

  @Test
  void unDocumentEnUtf16LeDit() throws IOException {
    String g = Files.readString(Golden.fichier("1.1", "cycle"), StandardCharsets.UTF_8);
    for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Throwable t = catchThrowable(() -> ProgrammeJson.defaults().read(new ByteArrayInputStream(g.getBytes(utf16)), Cycle.class));
      assertThat(t).as(utf16.name()).isInstanceOf(ProgrammeJsonException.class)
          .hasMessageContaining("le document semble écrit en UTF-16 : il doit l'être en UTF-8");
    }
  }

  private static ProgrammeJsonException erreur(ProgrammeJson json, String texte) {
    return (ProgrammeJsonException) catchThrowable(() -> json.read(texte, Cycle.class));
  }
}
