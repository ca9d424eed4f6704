package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.model.json.ProgrammeJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader and the format's JSON Schema agree: a versioned document read strictly is accepted
 * by the reader exactly when two independent JSON Schema 2020-12 implementations accept it,
 * networknt's json-schema-validator (on Jackson 3) and json-sKema (with its own parser). The
 * corpus holds the golden files of every format version, the examples, and documents changed
 * one value at a time, some accepted, some refused. docs/format.md lists what the schema cannot
 * say (checks across properties), which the corpus leaves out.
 */
class SchemaEtLecteurTest {

  private static final Path GOLDEN = Path.of("..", "programme-model", "src", "test", "resources", "golden");

  private static final Schema NETWORKNT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ProgrammeJson.schema());

  private static final Validator SKEMA = Validator.create(
      new SchemaLoader(new JsonParser(ProgrammeJson.schema()).parse()).load(),
      new ValidatorConfig(FormatValidationPolicy.NEVER));

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The changes made to the golden cycle, each with the reader's verdict: true when it accepts. */
  private static final Object[][] CHANGEMENTS = {
    // What the model can hold, as the reader accepts it.
    {"\"siren\" : \"215903550\"", "\"siren\" : null", true},
    {"\"duree\" : \"PT3H\"", "\"duree\" : \"P1D\"", true},
    {"\"duree\" : \"PT3H\"", "\"duree\" : \"pt3h\"", true},
    {"\"duree\" : \"PT3H\"", "\"duree\" : \"PT-3H\"", true},
    {"\"duree\" : \"PT3H\"", "\"duree\" : \"P1DT2H30M\"", true},
    {"\"duree\" : \"PT3H\"", "\"duree\" : \"PT2.5S\"", true},
    {"\"date\" : \"2022-09-26\"", "\"date\" : \"2024-02-29\"", true},
    {"\"date\" : \"2022-09-26\"", "\"date\" : \"2000-02-29\"", true},
    {"\"date\" : \"2022-09-26\"", "\"date\" : \"+10000-01-01\"", true},
    {"\"date\" : \"2022-09-26\"", "\"date\" : \"-0004-02-29\"", true},
    {"\"siren\" : \"215903550\"", "\"siren\" : \"2159\"", true},
    {"\"id\" : \"lomme\"", "\"id\" : \"-lomme\"", true},
    {"\"nom\" : \"Lomme\"", "\"nom\" : \"\"", true},
    {"\"codeInsee\" : \"59355\"", "\"codeInsee\" : \"5935\"", true},
    {"\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : 1", true},
    {"\"ratioMinimal\" : 0.75", "\"ratioMinimal\" : 1", true},
    {"\"departements\" : [ \"59\", \"62\" ]", "\"departements\" : [ \"59\", \"59\" ]", true},
    {"\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : 2147483647", true},
    {"\"depuis\" : \"2023-04\"", "\"depuis\" : \"2023\"", true},
    {"\"depuis\" : \"2023-04\"", "\"depuis\" : \"2023-04-17\"", true},
    {"\"debut\" : \"09:30:00\"", "\"debut\" : \"09:30\"", true},
    {"\"debut\" : \"09:30:00\"", "\"debut\" : \"09:30:00.5\"", true},
    {"\"fuseau\" : \"Europe/Paris\"", "\"fuseau\" : \"UTC\"", true},
    // What it cannot.
    {"\"date\" : \"2022-09-26\"", "\"date\" : \"2023-02-29\"", false},
    {"\"date\" : \"2022-09-26\"", "\"date\" : \"1900-02-29\"", false},
    {"\"date\" : \"2022-09-26\"", "\"date\" : \"2023-04-31\"", false},
    {"\"date\" : \"2022-09-26\"", "\"date\" : \"26/09/2022\"", false},
    {"\"date\" : \"2022-09-26\"", "\"date\" : \"10000-01-01\"", false},
    {"\"date\" : \"2022-09-26\"", "\"date\" : null", false},
    {"\"date\" : \"2022-09-26\"", "\"date\" : 19000", false},
    {"\"date\" : \"2022-09-26\"", "\"date\" : \"2022-09-26T10:00\"", false},
    {"\"debut\" : \"09:30:00\"", "\"debut\" : 3600", false},
    {"\"depuis\" : \"2023-04\"", "\"depuis\" : 2023", false},
    {"\"fuseau\" : \"Europe/Paris\"", "\"fuseau\" : 3", false},
    {"\"duree\" : \"PT3H\"", "\"duree\" : 3.5", false},
    {"\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : 0", false},
    {"\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : -1", false},
    {"\"duree\" : \"PT3H\"", "\"duree\" : \"3 heures\"", false},
    {"\"duree\" : \"PT3H\"", "\"duree\" : \"PT\"", false},
    {"\"duree\" : \"PT3H\"", "\"duree\" : \"P1W\"", false},
    {"\"duree\" : \"PT3H\"", "\"duree\" : \"PT1.5H\"", false},
    {"\"duree\" : \"PT3H\"", "\"duree\" : 3", false},
    {"\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : \"8\"", false},
    {"\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : 8.5", false},
    {"\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : 2147483648", false},
    {"\"nombreDeSeances\" : 8", "\"nombreDeSeances\" : null", false},
    {"\"depuis\" : \"2023-04\"", "\"depuis\" : \"2023-13\"", false},
    {"\"depuis\" : \"2023-04\"", "\"depuis\" : \"avril 2023\"", false},
    {"\"debut\" : \"09:30:00\"", "\"debut\" : \"24:00\"", false},
    {"\"debut\" : \"09:30:00\"", "\"debut\" : \"9:30\"", false},
    {"\"type\" : \"COMMUNE_ASSOCIEE\"", "\"type\" : \"commune associée\"", false},
    {"\"type\" : \"assiduite\"", "\"type\" : \"presence\"", false},
    {"\"intervenantIds\" : [ \"tilt\" ]", "\"intervenantIds\" : \"tilt\"", false},
    {"\"intervenantIds\" : [ \"tilt\" ]", "\"intervenantIds\" : [ null ]", false},
    {"\"intervenantIds\" : [ \"tilt\" ]", "\"intervenantIds\" : [ 3 ]", false},
    {"\"nom\" : \"Lomme\"", "\"nom\" : \"Lomme\", \"maire\" : \"x\"", false},
    {"\"nom\" : \"Lomme\"", "\"nom\" : null", false},
    {"\"nom\" : \"Lomme\"", "\"nom\" : 3", false},
    {"\"formatVersion\" : \"1.2\"", "\"formatVersion\" : \"1.3\"", false},
    {"\"formatVersion\" : \"1.2\"", "\"formatVersion\" : \"0.9\"", false},
    {"\"formatVersion\" : \"1.2\"", "\"formatVersion\" : 1.2", false},
    {"\"ratioMinimal\" : 0.75", "\"ratioMinimal\" : \"75 %\"", false},
    // What the model's own checks refuse while reading, one property at a time.
    {"\"nombre\" : 4", "\"nombre\" : 0", true},
    {"\"nombre\" : 4", "\"nombre\" : -4", false},
    {"\"portees\" : [ \"PARTICIPANT\", \"COLLECTIVITE\" ]", "\"portees\" : [ ]", false},
    {"\"n\" : 1", "\"n\" : 0", false},
    {"\"seanceIds\" : [ \"s1\" ]", "\"seanceIds\" : [ ]", false},
    {"\"beneficiaireIds\" : [ \"p1\" ]", "\"beneficiaireIds\" : [ ]", false},
    {"\"stade\" : \"EN_CONCEPTION\"", "\"stade\" : \"ABANDONNEE\"", false},
    {"\"stade\" : \"ENVISAGEE\"", "\"stade\" : \"ABANDONNEE\"", true},
  };

  static Stream<Arguments> corpus() {
    Map<String, String> documents = new LinkedHashMap<>();
    for (String version : List.of("1.0", "1.1", "1.2")) {
      for (Path fichier : fichiers(GOLDEN.resolve(version))) {
        documents.put("golden " + version + "/" + fichier.getFileName(), lire(fichier));
      }
    }
    ProgrammeJson json = ProgrammeJson.defaults();
    documents.put("PlateformCoop, programme", json.write(PlateformCoop.programme()));
    documents.put("PlateformCoop, modèle", json.write(PlateformCoop.modele()));
    documents.put("PlateformCoop, illustratif", json.write(PlateformCoopIllustratif.cycle()));
    documents.put("région fictive", json.write(RegionFictive.cycle()));
    String cycle = lire(GOLDEN.resolve("1.2").resolve("cycle.json"));
    List<Arguments> cas = new ArrayList<>();
    documents.forEach((nom, texte) -> cas.add(Arguments.of(nom, texte, true)));
    for (Object[] c : CHANGEMENTS) {
      String de = (String) c[0];
      assertThat(cycle).as(de).contains(de);
      cas.add(Arguments.of(de + " → " + c[1], cycle.replaceFirst(java.util.regex.Pattern.quote(de),
          java.util.regex.Matcher.quoteReplacement((String) c[1])), c[2]));
    }
    return cas.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void leLecteurEtLesDeuxSchemasDisentLaMemeChose(String nom, String document, boolean accepte) {
    assertThat(lecteur(document)).as("the reader").isEqualTo(accepte);
    assertThat(NETWORKNT.validate(MAPPER.readTree(document))).as("networknt").matches(e -> e.isEmpty() == accepte,
        accepte ? "no error" : "an error");
    assertThat(SKEMA.validate(new JsonParser(document).parse())).as("json-sKema")
        .matches(f -> (f == null) == accepte, accepte ? "no failure" : "a failure");
  }

  @Test
  void leCorpusALesDeuxVerdicts() {
    assertThat(corpus().filter(a -> (boolean) a.get()[2])).hasSizeGreaterThan(20);
    assertThat(corpus().filter(a -> !(boolean) a.get()[2])).hasSizeGreaterThan(20);
  }

  @Test
  void lIdentifiantDuSchemaEstUneUrlAbsolue() {
    assertThat(MAPPER.readTree(ProgrammeJson.schema()).get("$id").asString())
        .isEqualTo("https://plateformcoop.github.io/plateformcoop-programme/format/1.2/schema.json");
  }

  /** Whether the reader accepts the document, strictly, as what its root property names. */
  private static boolean lecteur(String document) {
    tools.jackson.databind.JsonNode racine = MAPPER.readTree(document);
    Class<?> genre = racine.has("cycle") ? Cycle.class : racine.has("programme") ? Programme.class : ModeleDeCycle.class;
    try {
      ProgrammeJson.defaults().read(document, genre);
      return true;
    } catch (ProgrammeJsonException e) {
      return false;
    }
  }

  private static List<Path> fichiers(Path dossier) {
    try (Stream<Path> liste = Files.list(dossier)) {
      return liste.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lire(Path fichier) {
    try {
      return Files.readString(fichier, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
