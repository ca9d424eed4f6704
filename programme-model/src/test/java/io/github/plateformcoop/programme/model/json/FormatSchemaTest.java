package io.github.plateformcoop.programme.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.plateformcoop.programme.model.Valeurs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The format's JSON Schema, checked with a real JSON Schema 2020-12 validator. */
class FormatSchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ProgrammeJson.schema());

  private static List<Error> erreurs(String document) {
    return SCHEMA.validate(MAPPER.readTree(document));
  }

  @Test
  void leSchemaLivreEstCeluiQueGenereLeModele() throws IOException {
    String genere = FormatSchema.generer();
    if (Boolean.getBoolean("golden.ecrire")) {
      Files.writeString(Path.of("src/main/resources" + FormatSchema.RESSOURCE), genere, StandardCharsets.UTF_8);
    }
    assertThat(ProgrammeJson.schema()).isEqualTo(genere);
    assertThat(genere).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
  }

  static Stream<Path> fichiersDeReference() throws IOException {
    return Stream.of("1.0", "1.1", "1.2").flatMap(version -> {
      try {
        return Files.list(Path.of("src", "test", "resources", "golden", version)).sorted();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("fichiersDeReference")
  void chaqueFichierDeReferenceEstValide(Path fichier) throws IOException {
    assertThat(erreurs(Files.readString(fichier, StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void chaqueDocumentEcritEstValide() {
    ProgrammeJson json = ProgrammeJson.defaults();
    assertThat(erreurs(json.write(Valeurs.cycle()))).isEmpty();
    assertThat(erreurs(json.write(Valeurs.modeleDeCycle()))).isEmpty();
    assertThat(erreurs(json.write(Valeurs.programme()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "\"type\" : \"COMMUNE_ASSOCIEE\"=>\"type\" : \"COMMUNE_NOUVELLE\"",
    "\"formatVersion\" : \"1.2\"=>\"formatVersion\" : \"1.3\"",
    "\"type\" : \"assiduite\"=>\"type\" : \"presence\"",
    "\"ratioMinimal\" : 0.75=>\"ratioMinimal\" : \"75 %\"",
    "\"nom\" : \"Lomme\"=>\"nom\" : \"Lomme\", \"maire\" : \"x\"",
    "\"nombreDeSeances\" : 8=>\"nombreDeSeances\" : \"8\"",
    "\"date\" : \"2022-09-26\"=>\"date\" : \"26/09/2022\"",
    "\"depuis\" : \"2023-04\"=>\"depuis\" : \"avril 2023\"",
    "\"intervenantIds\" : [ \"tilt\" ]=>\"intervenantIds\" : \"tilt\"",
  })
  void unDocumentCasseEchoueAuSchema(String remplacement) {
    String[] deQuoiAQuoi = remplacement.split("=>");
    String document = ProgrammeJson.defaults().write(Valeurs.cycle());
    assertThat(document).contains(deQuoiAQuoi[0]);
    assertThat(erreurs(document.replace(deQuoiAQuoi[0], deQuoiAQuoi[1]))).isNotEmpty();
  }

  @Test
  void uneProprieteObligatoireManquanteEchoueAuSchema() {
    JsonNode document = MAPPER.readTree(ProgrammeJson.defaults().write(Valeurs.cycle()));
    ((tools.jackson.databind.node.ObjectNode) document.get("cycle")).remove("intitule");
    assertThat(SCHEMA.validate(document)).extracting(Error::getMessage).anySatisfy(m -> assertThat(m).contains("intitule"));
    assertThat(erreurs("{ \"formatVersion\" : \"1.0\" }")).isNotEmpty();
  }
}
