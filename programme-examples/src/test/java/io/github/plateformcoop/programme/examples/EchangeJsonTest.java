package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The PlateformCoop example as an exchange document: lossless, pinned, valid against the schema. */
class EchangeJsonTest {

  private static final Path FICHIER = Path.of("src", "test", "resources", "exemples", "plateformcoop.json");

  @Test
  void lExempleEstSansPerteEtFixeParSonFichier() throws IOException {
    ProgrammeJson json = ProgrammeJson.defaults();
    String texte = json.write(PlateformCoop.programme());
    if (Boolean.getBoolean("golden.ecrire")) {
      Files.writeString(FICHIER, texte, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(FICHIER, StandardCharsets.UTF_8)).isEqualTo(texte);
    assertThat(json.read(FICHIER, Programme.class)).isEqualTo(PlateformCoop.programme());
  }

  @Test
  void lExempleEstValideSelonLeSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(ProgrammeJson.schema());
    assertThat(schema.validate(JsonMapper.builder().build().readTree(Files.readString(FICHIER, StandardCharsets.UTF_8))))
        .isEmpty();
  }
}
