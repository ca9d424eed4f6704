package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The library on the class path, as most applications use it: the application (here, these
 * tests' resources), programme-model and programme-rules each bring a file named
 * {@code ContributorValidationMessages}, the application's first, and each module still reads its
 * own.
 */
class CheminDeClassesTest {

  @Test
  void lesContraintesDuModeleSeDisentDansLesDeuxLanguesSurLeCheminDeClasses() {
    assertThat(Cycle.class.getModule().isNamed()).as("these tests run on the class path").isFalse();
    assertThat(getClass().getResource("/ContributorValidationMessages_en.properties").toString())
        .as("the application's file comes first").contains("test-classes");
    List<Collectivite> collectivites = PlateformCoop.cycle().getCollectivites().stream()
        .map(c -> c.getId().equals("lens") ? Collectivite.builder().from(c).siren("216204983").build() : c)
        .toList();
    Cycle cycle = Cycle.builder().from(PlateformCoop.cycle()).collectivites(collectivites).build();
    Violation siren = RuleSet.defaults().validate(cycle).getErrors().stream()
        .filter(v -> v.getCode().equals("modele.contrainte")).findFirst().orElseThrow();
    assertThat(siren.render(Locale.ENGLISH)).startsWith("must be a valid SIREN: 9 digits with a correct Luhn key");
    assertThat(siren.render(Locale.FRENCH)).startsWith("doit être un SIREN valide : 9 chiffres dont la clé de Luhn est juste");
  }
}
