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
  }}
