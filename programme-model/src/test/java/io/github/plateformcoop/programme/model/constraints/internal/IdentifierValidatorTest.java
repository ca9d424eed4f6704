package io.github.plateformcoop.programme.model.constraints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The identifier check agrees with the rule as docs/format.md and the constraint's message state
 * it, the regular expression {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, on texts drawn from a seed.
 */
class IdentifierValidatorTest {

  private static final Pattern REGLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** Characters on both sides of each bound of the rule, and some outside ASCII. */
  private static final String ALPHABET = "azAZ09._-/:@`[{ \t\né€";

  @Test
  void laBoucleDitCeQueDitLaRegleSurCentMilleTextesTires() {
    Random random = new Random(20261124L);
    int valides = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder texte = new StringBuilder();
      int longueur = random.nextInt(70);
      // Half the texts of the rule's nine first characters only, half of the whole alphabet.
      int choix = random.nextBoolean() ? 9 : ALPHABET.length();
      for (int i = 0; i < longueur; i++) {
        texte.append(ALPHABET.charAt(random.nextInt(choix)));
      }
      boolean attendu = REGLE.matcher(texte).matches();
      assertThat(IdentifierValidator.isIdentifier(texte)).as("\"%s\"", texte).isEqualTo(attendu);
      valides += attendu ? 1 : 0;
    }
    assertThat(valides).as("both answers are drawn often").isBetween(10_000, 90_000);
  }

  @Test
  void lesBornes() {
    assertThat(IdentifierValidator.isIdentifier("")).isFalse();
    assertThat(IdentifierValidator.isIdentifier("a")).isTrue();
    assertThat(IdentifierValidator.isIdentifier("a".repeat(64))).isTrue();
    assertThat(IdentifierValidator.isIdentifier("a".repeat(65))).isFalse();
    assertThat(IdentifierValidator.isIdentifier(".a")).isFalse();
    assertThat(IdentifierValidator.isIdentifier("a.")).isTrue();
    assertThat(new IdentifierValidator().isValid(null, null)).isTrue();
  }
}
