package io.github.plateformcoop.programme.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** A plain Jackson 3 mapper, with no configuration, reads back every value type it writes. */
class JsonAllerRetourTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static List<Object[]> valeurs() {
    return Valeurs.toutes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valeurs")
  void ecrireLirePuisReecrireDonneLeMemeObjetEtLeMemeTexte(Class<?> type, Object valeur) {
    String json = MAPPER.writeValueAsString(valeur);
    Object relu = MAPPER.readValue(json, type);
    assertThat(relu).isEqualTo(valeur);
    assertThat(MAPPER.writeValueAsString(relu)).isEqualTo(json);
  }

  @Test
  void lesNomsJsonSontCeuxDesAttributsSansPrefixe() {
    String json = MAPPER.writeValueAsString(Valeurs.nombreAnnonce());
    assertThat(json).contains("\"nombre\":5", "\"listeComplete\":true", "\"provenance\":{");
    assertThat(json).doesNotContain("getNombre", "isListeComplete", "inferee");
  }

  @Test
  void lesDatesSontEnIso8601EtLesEnumerationsParLeurNom() {
    String json = MAPPER.writeValueAsString(Valeurs.seance());
    assertThat(json).contains("\"date\":\"2022-09-26\"", "\"debut\":\"09:30:00\"", "\"modalite\":\"PRESENTIEL\"");
    assertThat(MAPPER.writeValueAsString(Valeurs.formatDeSeance())).contains("\"duree\":\"PT7H\"");
    assertThat(MAPPER.writeValueAsString(Valeurs.periodeAnnoncee())).contains("\"debut\":\"2022-09\"");
    assertThat(MAPPER.writeValueAsString(Valeurs.participant())).contains("\"depuis\":\"2023-04\"");
  }

  /**
   * The build runs the tests on the module path. Mutation testing runs them on the class path and
   * says so with the property {@code plateformcoop.classpath}: then there is no module to check.
   */
  @Test
  void lesTypesDuModeleSontDansLeurModuleNomme() {
    org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("plateformcoop.classpath"), "run on the class path");
    assertThat(Cycle.class.getModule().getName()).isEqualTo("io.github.plateformcoop.programme.model");
    assertThat(Cycle.builder().getClass().getModule().isNamed()).isTrue();
  }
}
