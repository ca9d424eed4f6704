package io.github.plateformcoop.programme.model.constraints;

import static io.github.plateformcoop.programme.model.Validateurs.chemins;
import static io.github.plateformcoop.programme.model.Validateurs.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.Levier;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.Validateurs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each constraint of the model, firing and not firing, through a real Hibernate Validator. Codes
 * from shared/DESIGN.md §4.
 */
class ContraintesTest {

  private static Collectivite.Builder lomme() {
    return lomme("lomme", "Lomme");
  }

  private static Collectivite.Builder lomme(String id, String nom) {
    Collectivite.Builder b = Collectivite.builder();
    b.id(id).nom(nom).type(TypeDeCollectivite.COMMUNE_ASSOCIEE);
    return b;
  }

  @ParameterizedTest
  @ValueSource(strings = {"215903550", "216204982", "216209072"})
  void sirenJusteAccepte(String siren) {
    assertThat(chemins(lomme().siren(siren).build())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"215903551", "21590355", "ABCDEFGHI"})
  void sirenFauxRefuse(String siren) {
    assertThat(chemins(lomme().siren(siren).build())).containsExactly("siren");
  }

  @ParameterizedTest
  @CsvSource({"59355, true", "2B033, true", "97411, true", "20004, false", "59000, false"})
  void codeInsee(String code, boolean valide) {
    assertThat(chemins(lomme().codeInsee(code).build()))
        .isEqualTo(valide ? java.util.Set.of() : java.util.Set.of("codeInsee"));
  }

  @ParameterizedTest
  @CsvSource({"59, true", "62, true", "2A, true", "976, true", "20, false", "975, false", "6, false"})
  void codeDepartement(String code, boolean valide) {
    assertThat(chemins(lomme().departement(code).build()))
        .isEqualTo(valide ? java.util.Set.of() : java.util.Set.of("departement"));
  }

  @ParameterizedTest
  @CsvSource({"mel, true", "seance-1, true", "brique.sensibilisation, true", "A_1, true",
    "-mel, false", "m el, false", "'', false", "é, false"})
  void identifiant(String id, boolean valide) {
    assertThat(chemins(lomme(id, "Lomme").build()))
        .isEqualTo(valide ? java.util.Set.of() : java.util.Set.of("id"));
  }

  @Test
  void identifiantDe64CaracteresAuPlus() {
    assertThat(chemins(lomme("a".repeat(64), "Lomme").build())).isEmpty();
    assertThat(chemins(lomme("a".repeat(65), "Lomme").build())).containsExactly("id");
  }

  @Test
  void nomVideRefuse() {
    assertThat(chemins(lomme("lomme", "  ").build())).containsExactly("nom");
    assertThat(chemins(Levier.builder().id("l1").intitule("").build())).containsExactly("intitule");
  }

  @Test
  void dureePositive() {
    assertThat(chemins(FormatDeSeance.of(Duration.ofHours(3)))).isEmpty();
    assertThat(chemins(FormatDeSeance.of(Duration.ZERO))).containsExactly("duree");
    assertThat(chemins(FormatDeSeance.of(Duration.ofMinutes(-30)))).containsExactly("duree");
  }

  @Test
  void numeroDeSeancePositif() {
    assertThat(chemins(Seance.builder().id("s1").numero(1).build())).isEmpty();
    assertThat(chemins(Seance.builder().id("s1").numero(0).build())).containsExactly("numero");
  }

  @Test
  void lesCodesDuPublicCibleEtLesValeursImbriquees() {
    assertThat(chemins(io.github.plateformcoop.programme.model.PublicCible.builder().addDepartements("59", "99").build()))
        .containsExactly("departements[].<iterable element>");
    assertThat(chemins(io.github.plateformcoop.programme.model.Valeurs.cycle())).isEmpty();
    assertThat(chemins(io.github.plateformcoop.programme.model.Valeurs.programme())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"21590350100017, true", "35600000049837, true", "21590350100004, false", "2159035010001, false"})
  void siretDUneOrganisation(String siret, boolean valide) {
    Intervenant.Builder b = Intervenant.builder();
    b.id("poste").nom("La Poste").siret(siret);
    assertThat(chemins(b.build())).isEqualTo(valide ? java.util.Set.of() : java.util.Set.of("siret"));
  }

  @Test
  void sirenDUneOrganisation() {
    Intervenant.Builder rtes = Intervenant.builder();
    rtes.id("rtes").nom("Réseau des collectivités Territoriales pour une Economie Solidaire");
    assertThat(chemins(rtes.siren("123456789").build())).containsExactly("siren");
  }

  @Test
  void lesCheminsSuiventLImbricationDuModele() {
    Brique brique = Brique.builder()
        .id("sensibilisation")
        .addSeance(Seance.builder().id("s1").build())
        .addSeance(Seance.builder().id("s 2").addIntervenantId("tilt").addIntervenantId("imt bs").build())
        .build();
    assertThat(chemins(brique))
        .containsExactlyInAnyOrder("seances[1].id", "seances[1].intervenantIds[1].<list element>");
  }

  @Test
  void messagesEnFrancaisParDefautEtEnAnglais() {
    Collectivite fausse = lomme().siren("215903551").departement("20").build();
    assertThat(violations(Validateurs.francais(), fausse)).containsExactly(
        "departement: doit être un code de département : 01 à 95 sauf 20, 2A, 2B, 971 à 974 ou 976",
        "siren: doit être un SIREN valide : 9 chiffres dont la clé de Luhn est juste");
    assertThat(violations(Validateurs.anglais(), fausse)).containsExactly(
        "departement: must be a département code: 01 to 95 except 20, 2A, 2B, 971 to 974 or 976",
        "siren: must be a valid SIREN: 9 digits with a correct Luhn key");
  }

  @Test
  void unMessageNEvalueRienDesDonnees() {
    Collectivite piege = lomme("${1+1}", "{jakarta.validation.constraints.NotBlank.message}").build();
    assertThat(violations(Validateurs.francais(), piege)).allSatisfy(v -> assertThat(v).doesNotContain("2"));
    assertThat(Validateurs.francais().validate(piege))
        .singleElement()
        .satisfies(v -> assertThat(v.getInvalidValue()).isEqualTo("${1+1}"));
  }
}
