package io.github.plateformcoop.programme.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Paths in Jakarta Validation's form, written and read. */
class PathsTest {

  @Test
  void chemins() {
    assertThat(Paths.of("briques", 0, "seances", 3, "date")).isEqualTo("briques[0].seances[3].date");
    assertThat(Paths.parse("briques[0].seances[3].date")).extracting(Paths.Segment::getName)
        .containsExactly("briques", "seances", "date");
    assertThat(Paths.parse("")).isEmpty();
    assertThatThrownBy(() -> Paths.parse("briques[x]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Paths.of(0, "briques")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Paths.NATURAL_ORDER.compare("s[2]", "s[10]")).isNegative();
  }

  /**
   * The order is the one the report has always had: on 200,000 pairs of seeded random paths (names,
   * indices with leading zeros, brackets, dots), the same sign as the former comparison, which split
   * both strings into runs with a regular expression at each comparison.
   */
  @Test
  void lOrdreEstCeluiDeLaComparaisonParExpressionReguliere() {
    java.util.Random random = new java.util.Random(20261124L);
    String alphabet = "ab.[]0123456789";
    for (int n = 0; n < 200_000; n++) {
      String a = chemin(random, alphabet);
      String b = random.nextInt(4) == 0 ? a : chemin(random, alphabet);
      assertThat(Integer.signum(Paths.NATURAL_ORDER.compare(a, b))).as("%s ? %s", a, b)
          .isEqualTo(Integer.signum(parExpressionReguliere(a, b)));
    }
    assertThat(Paths.NATURAL_ORDER.compare("s[007]", "s[7]")).isZero();
    assertThat(Paths.NATURAL_ORDER.compare("s[99999999999999999999]", "s[100000000000000000000]")).isNegative();
    assertThat(Paths.NATURAL_ORDER.compare("", "a")).isNegative();
    assertThat(Paths.NATURAL_ORDER.compare("a", "")).isPositive();
    assertThat(Paths.NATURAL_ORDER.compare("", "")).isZero();
  }

  private static String chemin(java.util.Random random, String alphabet) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** The former comparison, kept here as the reference (digit runs of at most 11 characters in this test). */
  private static int parExpressionReguliere(String a, String b) {
    String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
    String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c;
      if (!x[i].isEmpty() && !y[i].isEmpty() && Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0))) {
        c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
