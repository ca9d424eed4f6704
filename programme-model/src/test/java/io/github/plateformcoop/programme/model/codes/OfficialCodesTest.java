package io.github.plateformcoop.programme.model.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference data: shared/DESIGN.md §4 (SIREN and INSEE codes verified in the répertoire SIRENE and the COG). */
class OfficialCodesTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "200093201, Métropole Européenne de Lille",
    "246200299, CA d'Hénin-Carvin",
    "215903550, Lomme",
    "216204982, Lens",
    "216209072, Libercourt",
    "215903501, Lille",
    "246200364, CA de Lens-Liévin",
    "356000000, La Poste",
  })
  void sirenReels(String siren, String nom) {
    assertThat(OfficialCodes.isValidSiren(siren)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"215903502", "200093210", "21590350", "2159035010", "21590350A", "", " 215903501", "２１５９０３５０１"})
  void sirenFaux(String siren) {
    assertThat(OfficialCodes.isValidSiren(siren)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "21590350100017, true, Luhn key right",
    "21590350100004, false, digit sum multiple of 5 but not La Poste: Luhn applies",
    "21590350100018, false, Luhn key wrong",
    "35600000049837, true, La Poste: Luhn wrong but digit sum 45",
    "35600000000048, true, La Poste: Luhn right",
    "35600000049100, false, La Poste: neither Luhn nor digit sum",
    "2159035010001, false, 13 digits",
  })
  void siret(String siret, boolean valide, String pourquoi) {
    assertThat(OfficialCodes.isValidSiret(siret)).as(pourquoi).isEqualTo(valide);
  }

  @ParameterizedTest
  @CsvSource({
    "59298, true", "59355, true", "62498, true", "62907, true", "59350, true",
    "01001, true", "95690, true", "2A004, true", "2B033, true", "97411, true", "97611, true",
    "97502, true", "98735, true",
    "20004, false", "2C004, false", "59000, false", "97400, false", "00001, false", "96001, false",
    "97901, false", "5935, false", "593500, false", "2a004, false",
  })
  void codeInseeCommune(String code, boolean valide) {
    assertThat(OfficialCodes.isValidCodeInseeCommune(code)).isEqualTo(valide);
  }

  @ParameterizedTest
  @CsvSource({
    "59, true", "62, true", "01, true", "95, true", "2A, true", "2B, true", "971, true", "974, true",
    "976, true", "57, true",
    "20, false", "00, false", "96, false", "975, false", "977, false", "9, false", "590, false", "2a, false",
  })
  void codeDepartement(String code, boolean valide) {
    assertThat(OfficialCodes.isValidCodeDepartement(code)).isEqualTo(valide);
  }

  @ParameterizedTest
  @CsvSource({"59350, 215903501", "59355, 215903550", "62498, 216204982", "62907, 216209072", "2A004, 212000046", "97411, 219740115"})
  void sirenDeCommuneSelonSonCodeInsee(String insee, String siren) {
    assertThat(OfficialCodes.expectedSirenOfCommune(insee)).isEqualTo(siren);
  }

  @ParameterizedTest
  @CsvSource({"59350, 59", "2A004, 2A", "97411, 974", "62907, 62"})
  void departementOfCodeInsee(String insee, String departement) {
    assertThat(OfficialCodes.departementOfCodeInsee(insee)).isEqualTo(departement);
  }

  @ParameterizedTest
  @CsvSource(value = {"246200299, 62", "246200364, 62", "200093201, ", "215903501, "}, nullValues = "")
  void departementOfEpciSiren(String siren, String departement) {
    assertThat(OfficialCodes.departementOfEpciSiren(siren)).isEqualTo(java.util.Optional.ofNullable(departement));
  }

  @ParameterizedTest
  @CsvSource({"21590350, 1", "24620029, 9", "35600000, 0"})
  void luhnKey(String chiffres, int cle) {
    assertThat(OfficialCodes.luhnKey(chiffres)).isEqualTo(cle);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20004", "5935", "abcde"})
  void unCodeInseeInvalideEstRefuseAvecSaValeur(String code) {
    assertThatThrownBy(() -> OfficialCodes.expectedSirenOfCommune(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + code + "'");
  }
}
