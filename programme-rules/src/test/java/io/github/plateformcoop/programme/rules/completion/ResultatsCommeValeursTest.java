package io.github.plateformcoop.programme.rules.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Results of completion are plain values: equal by their content, and written as text for logs. */
class ResultatsCommeValeursTest {

  private static final Message TOUS = CompletionTexts.texte("tous-de");
  private static final Message REMIS = CompletionTexts.texte("remis");

  private static CriterionResult resultat(Message libelle, boolean satisfait, boolean atteignable, Optional<Measure> mesure,
      Optional<Message> note, List<CriterionResult> enfants) {
    return new CriterionResult(libelle, satisfait, atteignable, mesure, note, enfants);
  }

  @Test
  void unResultatDeCritereEstEgalParSonContenu() {
    Measure mesure = new Measure(Unite.SEANCES, 5, 8, 8, 6);
    CriterionResult r = resultat(TOUS, false, true, Optional.of(mesure), Optional.empty(), List.of());
    CriterionResult meme = resultat(TOUS, false, true, Optional.of(mesure), Optional.empty(), List.of());
    assertThat(r).isEqualTo(meme).hasSameHashCodeAs(meme).isNotEqualTo("tous-de")
        .isNotEqualTo(resultat(REMIS, false, true, Optional.of(mesure), Optional.empty(), List.of()))
        .isNotEqualTo(resultat(TOUS, true, true, Optional.of(mesure), Optional.empty(), List.of()))
        .isNotEqualTo(resultat(TOUS, false, false, Optional.of(mesure), Optional.empty(), List.of()))
        .isNotEqualTo(resultat(TOUS, false, true, Optional.empty(), Optional.empty(), List.of()))
        .isNotEqualTo(resultat(TOUS, false, true, Optional.of(mesure), Optional.of(REMIS), List.of()))
        .isNotEqualTo(resultat(TOUS, false, true, Optional.of(mesure), Optional.empty(), List.of(meme)));
    assertThat(r.hashCode()).isNotEqualTo(resultat(REMIS, true, true, Optional.empty(), Optional.empty(), List.of()).hashCode());
    assertThat(r.getDetail()).contains(mesure.message());
    CriterionResult note = resultat(REMIS, true, true, Optional.empty(), Optional.of(REMIS), List.of());
    assertThat(note.getNote()).contains(REMIS);
    assertThat(note.getDetail()).contains(REMIS);
    assertThat(r.toString()).startsWith(TOUS + " : not yet met (");
    assertThat(note.toString()).isEqualTo(REMIS + " : met (" + REMIS + ")");
    assertThat(resultat(TOUS, false, false, Optional.empty(), Optional.empty(), List.of()).toString())
        .isEqualTo(TOUS + " : out of reach");
  }

  @Test
  void unRapportDeCompletionEstEgalParSonContenu() {
    CompletionResult bilan = new CompletionResult(io.github.plateformcoop.programme.model.completion.Portee.PARTICIPANT,
        "p1", "Élue", CompletionStatus.EN_COURS, List.of(), Duration.ofHours(3), List.of(LocalDate.of(2023, 1, 10)), List.of());
    LocalDate jour = LocalDate.of(2023, 7, 1);
    CompletionReport rapport = new CompletionReport("c", jour, true, List.of(bilan));
    CompletionReport meme = new CompletionReport("c", jour, true, List.of(bilan));
    assertThat(rapport).isEqualTo(meme).hasSameHashCodeAs(meme).isNotEqualTo("c")
        .isNotEqualTo(new CompletionReport("d", jour, true, List.of(bilan)))
        .isNotEqualTo(new CompletionReport("c", jour.plusDays(1), true, List.of(bilan)))
        .isNotEqualTo(new CompletionReport("c", jour, false, List.of(bilan)))
        .isNotEqualTo(new CompletionReport("c", jour, true, List.of()));
    assertThat(rapport.hashCode()).isNotEqualTo(new CompletionReport("d", jour, false, List.of()).hashCode());
    assertThat(rapport.getCycleId()).isEqualTo("c");
    assertThat(rapport.getAsOf()).isEqualTo(jour);
    assertThat(rapport).hasToString("CompletionReport[c as of 2023-07-01, 1 results]");
  }

  @Test
  void laLongueurDUneJournee() {
    assertThat(CompletionEvaluator.builder().dayLength(Duration.ofHours(6))).isNotNull();
    assertThatThrownBy(() -> CompletionEvaluator.builder().dayLength(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
    assertThatThrownBy(() -> CompletionEvaluator.builder().dayLength(Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CompletionEvaluator.builder().alertThreshold(0).alertThreshold(1)).isNotNull();
    assertThatThrownBy(() -> CompletionEvaluator.builder().alertThreshold(Math.nextUp(1.0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CompletionEvaluator.builder().alertThreshold(-Double.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Measure(Unite.HEURES, 6, 9, 24, 18).text(Locale.ENGLISH)).contains("18");
  }
}
