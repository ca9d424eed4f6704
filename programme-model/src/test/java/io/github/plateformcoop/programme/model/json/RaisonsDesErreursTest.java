package io.github.plateformcoop.programme.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.plateformcoop.programme.model.Cycle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact path and reason, in English, of each broken document of {@link ErreursDeLectureTest}:
 * what a partner reads.
 */
class RaisonsDesErreursTest {

  static Map<String, String> documents() throws IOException {
    return ErreursDeLectureTest.corpus();
  }

  static Stream<Arguments> raisons() {
    return Stream.of(
        Arguments.of("vide", "$", "a document is a JSON object, not nothing"),
        Arguments.of("espaces", "$", "a document is a JSON object, not nothing"),
        Arguments.of("tableau", "$", "a document is a JSON object, not an array"),
        Arguments.of("texte", "$", "a document is a JSON object, not a string"),
        Arguments.of("null", "$", "a document is a JSON object, not null"),
        Arguments.of("cycle-null", "$.cycle", "\"cycle\" must be an object, not null"),
        Arguments.of("cycle-nombre", "$.cycle", "\"cycle\" must be an object, not a number"),
        Arguments.of("version-99", "$.formatVersion", "\"99\" is not a format version: it is written major.minor; this library reads formats 1.0 to 1.2 and unversioned documents"),
        Arguments.of("version-nombre", "$.formatVersion", "the format version is a string such as \"1.1\", not 1.1; this library reads formats 1.0 to 1.2 and unversioned documents"),
        Arguments.of("version-future", "$.formatVersion", "the document is in format 2.0, newer than 1.2, the newest this library reads: use a newer version of plateformcoop-programme"),
        Arguments.of("version-ancienne", "$.formatVersion", "format 0.9 is not one this library reads: it reads 1.0 to 1.2 and unversioned documents"),
        Arguments.of("sans-valeur", "$", "missing the 'cycle' of the document"),
        Arguments.of("autre-genre", "$.programme", "expected a cycle document, found a programme document"),
        Arguments.of("inconnue-racine", "$.x", "unknown property 'x' in the document"),
        Arguments.of("tronque", "$.cycle.intervenants[0]", "the document ends before its end"),
        Arguments.of("apres-la-fin", "$", "content follows the end of the document"),
        Arguments.of("doublon", "$.cycle", "property \"intitule\" is given twice"),
        Arguments.of("mot-inconnu", "$.cycle", "unknown word \"nord\": a JSON value was expected (a quoted text, a number, an array, an object, true, false or null)"),
        Arguments.of("caractere", "$.cycle.modele", "unexpected character \":\""),
        Arguments.of("propriete-inconnue", "$.cycle.terroir", "unknown property 'terroir'; this object admits: briques, collectivites, criteresDeCompletion, engagements, engagementsAnnonces, experimentations, fuseau, id, intervenants, intitule, livrables, modele, participants, periode, premiereJournee, presences, provenance, strategies, territoire"),
        Arguments.of("nombre-en-texte", "$.cycle.modele.briques[0].nombreDeSeances", "expected a whole number, not a string"),
        Arguments.of("texte-en-nombre", "$.cycle.intitule", "expected a text, not a number"),
        Arguments.of("texte-en-tableau", "$.cycle.intitule", "expected a text, not an array"),
        Arguments.of("enum-inconnue", "$.cycle.collectivites[0].type", "\"QUARTIER\" is not one of the values COMMUNE, COMMUNE_ASSOCIEE, COMMUNAUTE_URBAINE, METROPOLE, COMMUNAUTE_DE_COMMUNES, COMMUNAUTE_D_AGGLOMERATION, DEPARTEMENT, REGION"),
        Arguments.of("enum-nombre", "$.cycle.collectivites[0].type", "\"1\" is not one of the values COMMUNE, COMMUNE_ASSOCIEE, COMMUNAUTE_URBAINE, METROPOLE, COMMUNAUTE_DE_COMMUNES, COMMUNAUTE_D_AGGLOMERATION, DEPARTEMENT, REGION"),
        Arguments.of("date-impossible", "$.cycle.premiereJournee.date", "\"2022-02-30\" is not a date yyyy-mm-dd"),
        Arguments.of("date-forme", "$.cycle.premiereJournee.date", "\"26/09/2022\" is not a date yyyy-mm-dd"),
        Arguments.of("duree", "$.cycle.modele.briques[0].format.duree", "\"trois heures\" is not an ISO-8601 duration such as PT3H"),
        Arguments.of("critere-type", "$.cycle.criteresDeCompletion[0].critere.criteres[0].criteres[0]", "\"quelconque\" is not a type of criterion: tousDe, auMoinsUnDe, auMoinsNDe, assiduite, seancesObligatoires, livrableRemis, experimentationAuStade, dispense"),
        Arguments.of("critere-sans-type", "$.cycle.criteresDeCompletion[0].critere.criteres[0].criteres[0]", "the criterion has no type, one of: tousDe, auMoinsUnDe, auMoinsNDe, assiduite, seancesObligatoires, livrableRemis, experimentationAuStade, dispense"),
        Arguments.of("null-requis", "$.cycle", "missing required property: intitule"),
        Arguments.of("manquant", "$.cycle", "missing required property: intitule"),
        Arguments.of("incoherent", "$.cycle.briques[0].seances[0]", "séance \"s1\" must end after it starts: 09:30 to 08:00"),
        Arguments.of("profond", "$.cycle[0][0][0][0]…[0][0][0][0][0][0]", "the document nests deeper than 64 levels"),
        Arguments.of("nombre-long", "$.cycle.modele.briques[0]", "a number has more than 12 digits"),
        Arguments.of("booleen-texte", "$.cycle.modele.leviersAnnonces[0].listeComplete", "expected true or false, not a string"),
        Arguments.of("flottant-entier", "$.cycle.modele.briques[0].nombreDeSeances", "expected a whole number, not a number"),
        Arguments.of("zone", "$.cycle.fuseau", "\"Mars/Olympus\" is not a time zone such as Europe/Paris"),
        Arguments.of("datation", "$.cycle.collectivites[0].rattacheeDepuis", "\"l'an 2000\" is not a date yyyy, yyyy-mm or yyyy-mm-dd"),
        Arguments.of("fuseau-nombre", "$.cycle.fuseau", "expected a time zone such as Europe/Paris"),
        Arguments.of("datation-nombre", "$.cycle.collectivites[0].rattacheeDepuis", "expected a date yyyy, yyyy-mm or yyyy-mm-dd"),
        Arguments.of("liste-texte", "$.cycle.briques[0].seances[0].intervenantIds", "expected a list, not a string"),
        Arguments.of("liste-null-element", "$.cycle.briques[0].seances[0]", "null is not allowed here"),
        Arguments.of("duree-nombre", "$.cycle.modele.briques[0].format.duree", "expected an ISO-8601 duration such as PT3H, not a number"),
        Arguments.of("mois-nombre", "$.cycle.periode.debut", "expected a month yyyy-mm"),
        Arguments.of("heure-nombre", "$.cycle.briques[0].seances[0].debut", "expected a time hh:mm:ss"),
        Arguments.of("booleen-nombre", "$.cycle.modele.leviersAnnonces[0].listeComplete", "expected true or false, not a number"),
        Arguments.of("ratio-texte", "$.cycle.criteresDeCompletion[0].critere.criteres[0].criteres[0].ratioMinimal", "expected a number, not a string"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("raisons")
  void chaqueDocumentCasseASonCheminEtSaRaison(String nom, String chemin, String raison) throws IOException {
    Throwable t = catchThrowable(() -> ProgrammeJson.builder().locale(Locale.ENGLISH).build().read(documents().get(nom),
        Cycle.class));
    assertThat(t).as(nom).isInstanceOf(ProgrammeJsonException.class);
    ProgrammeJsonException e = (ProgrammeJsonException) t;
    assertThat(e.getJsonPath()).as(nom).isEqualTo(chemin);
    assertThat(e.getReason()).as(nom).isEqualTo(raison);
  }

  /** Read from a stream or a reader, as they are parsed, each document fails where it fails as text. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("raisons")
  void unFluxEtUnLecteurEchouentCommeLeTexte(String nom, String chemin, String raison) throws IOException {
    ProgrammeJson json = ProgrammeJson.builder().locale(Locale.ENGLISH).build();
    String texte = documents().get(nom);
    ProgrammeJsonException duTexte = (ProgrammeJsonException) catchThrowable(() -> json.read(texte, Cycle.class));
    for (ThrowingCallable lecture : List.<ThrowingCallable>of(
        () -> json.read(new ByteArrayInputStream(texte.getBytes(StandardCharsets.UTF_8)), Cycle.class),
        () -> json.read(new StringReader(texte), Cycle.class))) {
      Throwable t = catchThrowable(lecture);
      assertThat(t).as(nom).isInstanceOf(ProgrammeJsonException.class);
      ProgrammeJsonException e = (ProgrammeJsonException) t;
      assertThat(e.getJsonPath()).as(nom).isEqualTo(chemin);
      assertThat(e.getReason()).as(nom).isEqualTo(raison);
      assertThat(e.getLine()).as(nom).isEqualTo(duTexte.getLine());
      assertThat(e.getColumn()).as(nom).isEqualTo(duTexte.getColumn());
    }
  }

  /**
   * Of several faults, the one reported: a version the library does not read at once; otherwise
   * malformed text anywhere, then the document's own properties, then the value's faults; the
   * same from a text, a reader and a stream.
   */
  static Stream<Arguments> priorites() {
    return Stream.of(
        Arguments.of("{\"formatVersion\":\"2.0\",\"cycle\":{\"x\":1},\"y\":[",
            "$.formatVersion", "the document is in format 2.0, newer than 1.2, the newest this library reads: use a newer version of plateformcoop-programme"),
        Arguments.of("{\"formatVersion\":\"1.2\",\"cycle\":3,\"x\":1}", "$.x", "unknown property 'x' in the document"),
        Arguments.of("{\"formatVersion\":\"1.2\",\"x\":1,\"cycle\":nord}", "$",
            "unknown word \"nord\": a JSON value was expected (a quoted text, a number, an array, an object, true, false or null)"),
        Arguments.of("{\"formatVersion\":\"1.2\",\"cycle\":3}", "$.cycle", "\"cycle\" must be an object, not a number"),
        Arguments.of("{\"formatVersion\":\"1.2\",\"cycle\":{\"terroir\":1},\"modeleDeCycle\":{}}", "$.modeleDeCycle",
            "expected a cycle document, found a modeleDeCycle document"),
        Arguments.of("{\"formatVersion\":\"1.2\",\"cycle\":{\"terroir\":1}} {", "$", "content follows the end of the document"),
        Arguments.of("{\"formatVersion\":\"1.2\",\"cycle\":{\"terroir\":1}} []", "$", "content follows the end of the document"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("priorites")
  void deuxFautesDontLaPremiereQuUnLecteurRencontre(String texte, String chemin, String raison) {
    ProgrammeJson json = ProgrammeJson.builder().locale(Locale.ENGLISH).build();
    for (ThrowingCallable lecture : List.<ThrowingCallable>of(() -> json.read(texte, Cycle.class),
        () -> json.read(new ByteArrayInputStream(texte.getBytes(StandardCharsets.UTF_8)), Cycle.class),
        () -> json.read(new StringReader(texte), Cycle.class))) {
      Throwable t = catchThrowable(lecture);
      assertThat(t).as(texte).isInstanceOf(ProgrammeJsonException.class);
      assertThat(((ProgrammeJsonException) t).getJsonPath()).as(texte).isEqualTo(chemin);
      assertThat(((ProgrammeJsonException) t).getReason()).as(texte).isEqualTo(raison);
    }
  }

  @org.junit.jupiter.api.Test
  void chaqueDocumentDuCorpusASaRaison() throws IOException {
    assertThat(raisons().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(documents().keySet());
  }

  @org.junit.jupiter.api.Test
  void desOctetsQuiNeSontPasDeLUtf8() {
    Throwable t = catchThrowable(() -> ProgrammeJson.builder().locale(Locale.ENGLISH).build()
        .read(new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, '}'}), Cycle.class));
    assertThat(((ProgrammeJsonException) t).getReason()).isEqualTo("the document is not valid UTF-8");
  }
}
