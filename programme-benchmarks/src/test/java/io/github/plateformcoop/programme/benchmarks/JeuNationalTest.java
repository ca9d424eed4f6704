package io.github.plateformcoop.programme.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.model.json.ProgrammeJsonException;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The national dataset's shape, on small programmes of the same shape. */
class JeuNationalTest {

  @Test
  void chaqueCycleALaFormeDuModelePlateformCoop() {
    Programme programme = JeuNational.programme(3, 8, 42);
    assertThat(programme.getCycles()).hasSize(3).allSatisfy(c -> {
      assertThat(c.seances()).hasSize(JeuNational.SEANCES);
      assertThat(c.getParticipants()).hasSize(8);
      assertThat(c.getCollectivites()).hasSize(2);
      assertThat(c.getPresences()).hasSize(JeuNational.SEANCES * 8);
    });
    assertThat(programme.getCycles()).extracting(Cycle::getId).containsExactly("cycle-0000", "cycle-0001", "cycle-0002");
    assertThat(JeuNational.programme(3, 8, 42)).as("the same seed").isEqualTo(programme);
    assertThat(JeuNational.programme(3, 8, 43)).as("another seed").isNotEqualTo(programme);
  }

  @Test
  void leJeuSeValideSansErreurNiAvertissement() {
    ValidationReport rapport = RuleSet.defaults().validate(JeuNational.programme(4, 8, 7));
    assertThat(rapport.getErrors()).isEmpty();
    assertThat(rapport.getWarnings()).isEmpty();
  }

  /** The default reader keeps its limit of 8 MiB; the dataset's reader reads beyond it. */
  @Test
  void leLecteurDuJeuLitAuDelaDeLaLimiteParDefaut() {
    Programme programme = JeuNational.programme(80, JeuNational.PARTICIPANTS, 1);
    String texte = ProgrammeJson.defaults().write(programme);
    assertThat(texte.length()).isGreaterThan(8 * 1024 * 1024);
    Throwable refus = catchThrowable(() -> ProgrammeJson.builder().locale(Locale.ENGLISH).build().read(texte, Programme.class));
    assertThat(refus).isInstanceOf(ProgrammeJsonException.class);
    assertThat(((ProgrammeJsonException) refus).getReason()).startsWith("the document is larger than the limit of");
    assertThat(JeuNational.lecteur().read(texte, Programme.class)).isEqualTo(programme);
  }
}
