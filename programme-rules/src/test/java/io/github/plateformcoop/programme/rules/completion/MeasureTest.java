package io.github.plateformcoop.programme.rules.completion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.completion.Unite;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The numbers of an attendance criterion: shares, and whether the requirement is still reachable. */
class MeasureTest {

  /** Reachable when what was attended plus all that is still to hold reaches the requirement, exactly included. */
  @Test
  void encoreAtteignableJusquALaDerniereSeance() {
    // 4 attended of 5 held, 8 planned: 3 still to hold, so 7 at most.
    assertThat(new Measure(Unite.SEANCES, 4, 5, 8, 7).isReachable()).isTrue();
    assertThat(new Measure(Unite.SEANCES, 4, 5, 8, 7.01).isReachable()).isFalse();
    assertThat(new Measure(Unite.SEANCES, 4, 8, 8, 4).isReachable()).as("over, and met").isTrue();
    assertThat(new Measure(Unite.SEANCES, 4, 8, 8, 5).isReachable()).as("over, and missed").isFalse();
    // 0.1 + 0.2 hours against 0.3: a rounding error is not a missed requirement.
    assertThat(new Measure(Unite.HEURES, 0.1 + 0.2, 0.3, 0.3, 0.3).isReachable()).isTrue();
  }

  @Test
  void lesParts() {
    Measure m = new Measure(Unite.HEURES, 6, 9, 24, 18);
    assertThat(m.ratioOfHeld()).hasValue(6 / 9.0);
    assertThat(m.ratioOfPlanned()).hasValue(0.25);
    assertThat(new Measure(Unite.HEURES, 0, 0, 0, 18).ratioOfHeld()).isEmpty();
    assertThat(new Measure(Unite.HEURES, 0, 0, 0, 18).ratioOfPlanned()).isEmpty();
  }

  @Test
  void lesNombresEnMots() {
    assertThat(new Measure(Unite.HEURES, 6, 9, 24, 18).text(Locale.FRENCH))
        .isEqualTo("6 h sur 9 h tenues (66,7 %), sur 24 h planifiées, 18 h requises");
    assertThat(new Measure(Unite.SEANCES, 5, 8, 8, 6).text(Locale.FRENCH))
        .isEqualTo("5/8 séances tenues (62,5 %), 5/8 planifiées, 6 requises");
    assertThat(new Measure(Unite.SEANCES, 0, 0, 8, 6).text(Locale.FRENCH)).as("nothing held yet: no share")
        .doesNotContain("%");
  }
}
