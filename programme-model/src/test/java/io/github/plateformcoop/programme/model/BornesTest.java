package io.github.plateformcoop.programme.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plateformcoop.programme.model.codes.OfficialCodes;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.model.constraints.internal.DateDuCalendrierValidator;
import io.github.plateformcoop.programme.model.constraints.internal.DureePositiveValidator;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import io.github.plateformcoop.programme.model.internal.ModelMessages;
import io.github.plateformcoop.programme.model.json.FormatVersion;
import io.github.plateformcoop.programme.model.json.JsonDocument;
import io.github.plateformcoop.programme.model.message.Message;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of what the model accepts, each on both of its sides. */
class BornesTest {

  /** The Gregorian calendar starts in 1582; the library reads the years 1583 to 9999 (DateDuCalendrier). */
  @Test
  void lesAnneesDuCalendrier() {
    var jour = new DateDuCalendrierValidator.DuJour();
    assertThat(jour.isValid(LocalDate.of(1583, 1, 1), null)).isTrue();
    assertThat(jour.isValid(LocalDate.of(1582, 12, 31), null)).isFalse();
    assertThat(jour.isValid(LocalDate.of(9999, 12, 31), null)).isTrue();
    assertThat(jour.isValid(LocalDate.of(10000, 1, 1), null)).isFalse();
    assertThat(jour.isValid(null, null)).isTrue();
    var mois = new DateDuCalendrierValidator.DuMois();
    assertThat(mois.isValid(YearMonth.of(1583, 1), null)).isTrue();
    assertThat(mois.isValid(YearMonth.of(1582, 12), null)).isFalse();
    assertThat(mois.isValid(YearMonth.of(10000, 1), null)).isFalse();
    assertThat(mois.isValid(null, null)).isTrue();
    var datation = new DateDuCalendrierValidator.DeLaDatation();
    assertThat(datation.isValid(Datation.parse("1583"), null)).isTrue();
    assertThat(datation.isValid(Datation.parse("1582-12"), null)).isFalse();
    assertThat(datation.isValid(Datation.parse("+10000"), null)).isFalse();
    assertThat(datation.isValid(null, null)).isTrue();
  }

  /** A séance lasts more than nothing and one day at most. */
  @Test
  void lesDureesDUneSeance() {
    var duree = new DureePositiveValidator();
    assertThat(duree.isValid(Duration.ofHours(24), null)).isTrue();
    assertThat(duree.isValid(Duration.ofHours(24).plusNanos(1), null)).isFalse();
    assertThat(duree.isValid(Duration.ofNanos(1), null)).isTrue();
    assertThat(duree.isValid(Duration.ZERO, null)).isFalse();
    assertThat(duree.isValid(Duration.ofMinutes(-1), null)).isFalse();
    assertThat(duree.isValid(null, null)).isTrue();
  }

  @Test
  void unNombreAnnonceNulEstUnFigure() {
    assertThat(NombreAnnonce.builder().nombre(0).listeComplete(true).provenance(Provenance.of("s")).build().getNombre())
        .isZero();
    assertThatThrownBy(() -> NombreAnnonce.builder().nombre(-1).listeComplete(true).provenance(Provenance.of("s")).build())
        .isInstanceOf(InconsistentValueException.class);
  }

  @Test
  void lesMinutesDUnePresence() {
    Presence zero = Presence.builder().from(Valeurs.presence()).minutesPresentes(0).build();
    assertThat(zero.getMinutesPresentes()).hasValue(0);
    assertThatThrownBy(() -> Presence.builder().from(Valeurs.presence()).minutesPresentes(-1).build())
        .isInstanceOf(InconsistentValueException.class);
  }

  /** A ratio is more than 0 and 1 at most; a minimum more than 0. */
  @Test
  void lesSeuilsDAssiduite() {
    assertThat(Assiduite.ofRatio("b", Unite.SEANCES, 1).getRatioMinimal()).hasValue(1.0);
    assertThat(Assiduite.ofRatio("b", Unite.SEANCES, Double.MIN_VALUE).getRatioMinimal()).hasValue(Double.MIN_VALUE);
    assertThatThrownBy(() -> Assiduite.ofRatio("b", Unite.SEANCES, 0)).isInstanceOf(InconsistentValueException.class);
    assertThatThrownBy(() -> Assiduite.ofRatio("b", Unite.SEANCES, Math.nextUp(1.0)))
        .isInstanceOf(InconsistentValueException.class);
    assertThat(Assiduite.ofMinimum("b", Unite.HEURES, 0.5).getMinimum()).hasValue(0.5);
    assertThatThrownBy(() -> Assiduite.ofMinimum("b", Unite.HEURES, 0)).isInstanceOf(InconsistentValueException.class)
        .satisfies(e -> assertThat(((InconsistentValueException) e).getProblem().getKey()).isEqualTo("valeur.assiduite-minimum"));
    assertThatThrownBy(() -> Assiduite.ofRatio("b", Unite.SEANCES, 1.5))
        .satisfies(e -> assertThat(((InconsistentValueException) e).getProblem().getKey()).isEqualTo("valeur.assiduite-ratio"));
  }

  @Test
  void uneSeanceEstDateeQuandElleASonJour() {
    assertThat(Seance.builder().id("s").date(LocalDate.of(2023, 1, 10)).build().isDated()).isTrue();
    assertThat(Seance.builder().id("s").build().isDated()).isFalse();
  }

  @Test
  void lesVersionsDuFormat() {
    assertThat(FormatVersion.parse("1.2")).isEqualTo(FormatVersion.CURRENT).hasSameHashCodeAs(FormatVersion.CURRENT);
    assertThat(FormatVersion.parse("1.1")).isNotEqualTo(FormatVersion.CURRENT);
    assertThat(FormatVersion.parse("2.1").hashCode()).isNotEqualTo(FormatVersion.parse("1.2").hashCode())
        .isNotEqualTo(FormatVersion.parse("2.2").hashCode());
    assertThat(FormatVersion.CURRENT.equals("1.2")).isFalse();
    assertThat(new JsonDocument<>("x", FormatVersion.CURRENT, List.of()).isUpgraded()).isFalse();
    assertThat(new JsonDocument<>("x", FormatVersion.parse("1.1"), List.of()).isUpgraded()).isTrue();
    assertThat(new JsonDocument<>("x", FormatVersion.UNVERSIONED, List.of()).isUpgraded()).isTrue();
  }

  @Test
  void lEgaliteDesMessages() {
    Message a = ModelMessages.message("json.null");
    assertThat(a).isEqualTo(ModelMessages.message("json.null")).hasSameHashCodeAs(ModelMessages.message("json.null"));
    assertThat(a).isNotEqualTo(ModelMessages.message("json.utf8")).isNotEqualTo("json.null");
    Message avec = ModelMessages.message("json.attendu", "attendu", "x");
    assertThat(avec).isNotEqualTo(ModelMessages.message("json.attendu", "attendu", "y"))
        .isEqualTo(ModelMessages.message("json.attendu", "attendu", "x"));
    assertThat(avec.hashCode()).isNotEqualTo(ModelMessages.message("json.attendu", "attendu", "y").hashCode());
    assertThatThrownBy(() -> ModelMessages.message("json.attendu", "attendu")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelMessages.message("json.attendu", 3, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Argument 1");
    assertThatThrownBy(() -> ModelMessages.message("json.attendu", "a", "x", 4, "y")).hasMessageContaining("Argument 2");
  }

  /** INSEE commune codes (shared/DESIGN.md §4): a code that is none has no département nor SIREN. */
  @Test
  void unCodeInseeInvalideNeDonneRien() {
    assertThat(OfficialCodes.departementOfCodeInsee("59350")).isEqualTo("59");
    assertThat(OfficialCodes.departementOfCodeInsee("97411")).isEqualTo("974");
    assertThatThrownBy(() -> OfficialCodes.departementOfCodeInsee("5935")).isInstanceOf(IllegalArgumentException.class);
    assertThat(OfficialCodes.expectedSirenOfCommune("59350")).isEqualTo("215903501");
    assertThatThrownBy(() -> OfficialCodes.expectedSirenOfCommune("ABCDE")).isInstanceOf(IllegalArgumentException.class);
  }
}
