package io.github.plateformcoop.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The published catalogues are the generated ones. To regenerate them after changing a rule, run
 * the tests with {@code -Dcatalogue.ecrire=true}.
 */
class RuleCatalogTest {

  private static final Path DOCS = Path.of("..", "docs");

  @Test
  void leCatalogueFrancaisPublieEstAJour() throws IOException {
    verifier(DOCS.resolve("rules.md"), RuleCatalog.markdown(RuleSet.defaults(), Locale.FRENCH));
  }

  @Test
  void leCatalogueAnglaisPublieEstAJour() throws IOException {
    verifier(DOCS.resolve("rules.en.md"), RuleCatalog.markdown(RuleSet.defaults(), Locale.ENGLISH));
  }

  @Test
  void chaqueRegleParDefautApparaitAvecSaSeveriteEtSesParametres() {
    String catalogue = RuleCatalog.markdown(RuleSet.defaults(), Locale.ENGLISH);
    for (Rule rule : RuleSet.defaults().getRules()) {
      assertThat(catalogue).contains("| `" + rule.getCode() + "` | " + rule.getDefaultSeverity() + " |");
    }
    assertThat(catalogue).contains("`departementsCibles`: Codes of the target départements");
    assertThat(RuleCatalog.text(RuleSet.defaults().disable("eligibilite.role"), Locale.FRENCH))
        .contains("eligibilite.role (ERROR, désactivée)", "paramètre rolesCibles : Rôles cibles des participants");
  }

  private static void verifier(Path fichier, String attendu) throws IOException {
    if (Boolean.getBoolean("catalogue.ecrire")) {
      Files.writeString(fichier, attendu, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(fichier, StandardCharsets.UTF_8))
        .as("%s is out of date: run the tests with -Dcatalogue.ecrire=true", fichier)
        .isEqualTo(attendu);
  }
}
