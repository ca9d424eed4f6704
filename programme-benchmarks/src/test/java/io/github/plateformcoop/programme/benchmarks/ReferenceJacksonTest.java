package io.github.plateformcoop.programme.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The JSON baseline reads and writes the same content as the library: the same text, byte for byte. */
class ReferenceJacksonTest {

  @Test
  void laReferenceEcritLeMemeDocumentQueLaBibliotheque() {
    Programme programme = JeuNational.programme(3, 8, 42);
    JsonMapper mapper = ReferenceJackson.mapper();
    String reference = mapper.writeValueAsString(ReferenceJackson.from(programme));
    String bibliotheque = ProgrammeJson.builder().compact().build().write(programme);
    assertThat(reference + "\n").isEqualTo(bibliotheque);
    assertThat(reference).contains("\"minutesPresentes\"", "\"duree\":\"PT3H\"", "\"fuseau\":\"Europe/Paris\"");
  }

  @Test
  void laReferenceRelitCeQuElleEcrit() {
    ReferenceJackson.Document document = ReferenceJackson.from(JeuNational.programme(2, 8, 7));
    JsonMapper mapper = ReferenceJackson.mapper();
    assertThat(mapper.readValue(mapper.writeValueAsBytes(document), ReferenceJackson.Document.class)).isEqualTo(document);
  }
}
