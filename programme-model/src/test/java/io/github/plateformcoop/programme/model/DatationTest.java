package io.github.plateformcoop.programme.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatationTest {

  @ParameterizedTest
  @CsvSource({
    "2019, ANNEE, 2019-01-01, 2019-12-31",
    "2022-12, MOIS, 2022-12-01, 2022-12-31",
    "2024-02, MOIS, 2024-02-01, 2024-02-29",
    "2022-09-26, JOUR, 2022-09-26, 2022-09-26",
  })
  void seLitEtSEcritSousLaMemeForme(String texte, Datation.Precision precision, LocalDate premier, LocalDate dernier) {
    Datation datation = Datation.parse(texte);
    assertThat(datation.getPrecision()).isEqualTo(precision);
    assertThat(datation.firstDay()).isEqualTo(premier);
    assertThat(datation.lastDay()).isEqualTo(dernier);
    assertThat(datation.toString()).isEqualTo(texte);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "22", "2022-13", "2022-02-30", "2022/09", "septembre 2022", "2022-9"})
  void refuseCeQuiNEstPasUneDatation(String texte) {
    assertThatThrownBy(() -> Datation.parse(texte))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("'" + texte + "'");
  }

  @Test
  void lEgaliteTientCompteDeLaPrecision() {
    assertThat(Datation.of(YearMonth.of(2022, 12))).isEqualTo(Datation.parse("2022-12"))
        .hasSameHashCodeAs(Datation.parse("2022-12"))
        .isNotEqualTo(Datation.of(LocalDate.of(2022, 12, 1)));
    assertThat(Datation.of(Year.of(2022))).isNotEqualTo(Datation.of(YearMonth.of(2022, 1)));
  }

  @Test
  void avantEtApresNeValentQueSiCEstCertain() {
    Datation avril2023 = Datation.of(YearMonth.of(2023, 4));
    assertThat(avril2023.isBefore(LocalDate.of(2023, 5, 1))).isTrue();
    assertThat(avril2023.isBefore(LocalDate.of(2023, 4, 30))).isFalse();
    assertThat(avril2023.isAfter(LocalDate.of(2023, 3, 31))).isTrue();
    assertThat(avril2023.isAfter(LocalDate.of(2023, 4, 1))).isFalse();
  }

  /** What the library writes, it reads back: a year of fewer than four digits, or past 9999, keeps its form. */
  @ParameterizedTest
  @ValueSource(ints = {0, 5, 999, 1000, 2022, 9999, 10000, -5})
  void chaqueAnneeSEcritEtSeRelit(int annee) {
    for (Datation d : new Datation[] {Datation.of(Year.of(annee)), Datation.of(YearMonth.of(annee, 3)),
        Datation.of(LocalDate.of(annee, 3, 4))}) {
      assertThat(Datation.parse(d.toString())).isEqualTo(d);
      Cycle cycle = Cycle.builder().from(Valeurs.cycle())
          .collectivites(java.util.List.of(Collectivite.builder().from(Valeurs.collectivite()).rattacheeDepuis(d).build()))
          .build();
      io.github.plateformcoop.programme.model.json.ProgrammeJson json = io.github.plateformcoop.programme.model.json.ProgrammeJson.defaults();
      assertThat(json.read(json.write(cycle), Cycle.class)).isEqualTo(cycle);
    }
    assertThat(Datation.of(Year.of(999))).hasToString("0999");
  }
}
