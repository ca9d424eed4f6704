package io.github.plateformcoop.programme.rules.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.Levier;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.NombreAnnonce;
import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.rules.Cycles;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.application.Inscription;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The same findings through a plain Hibernate Validator bootstrap, with the same paths. */
class ProgrammeValidationTest {

  /** A cycle with findings of several rules, at several depths, and data that looks like templates. */
  private static Cycle fautif() {
    ModeleDeCycle modele = ModeleDeCycle.builder().from(Cycles.modele())
        .addLevier(Levier.builder().id("l1").intitule("un levier").build())
        .addLevierAnnonce(NombreAnnonce.builder().nombre(4).listeComplete(true)
            .provenance(Provenance.of("Article ${1+1} {jakarta.validation.constraints.NotNull.message}")).build())
        .build();
    return Cycles.depuisValide()
        .modele(modele)
        .addCollectivite(Collectivite.builder().id("lens").nom("Lens").type(TypeDeCollectivite.COMMUNE)
            .siren("216209072").codeInsee("62498").departement("62").build())
        .addIntervenant(Intervenant.builder().id("rtes").nom("RTES").siren("123456789").build())
        .briques(List.of(io.github.plateformcoop.programme.model.Brique.builder().id("sensibilisation")
            .addSeance(Seance.builder().id("s1").date(java.time.LocalDate.of(2022, 9, 26)).addIntervenantId("imt-bs").build())
            .addSeance(Seance.builder().id("s2").date(java.time.LocalDate.of(2022, 10, 17)).build()).build()))
        .build();
  }

  private static Set<String> chemins(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
  }

  @Test
  void leValidateurPretDonneLesMemesConstatsAuxMemesChemins() {
    Cycle cycle = fautif();
    List<Violation> constats = RuleSet.defaults().validate(cycle).filter(v -> !v.getCode().equals("modele.contrainte"))
        .getViolations();
    assertThat(constats).extracting(Violation::getPath).containsExactlyInAnyOrder(
        "briques[0].seances[0].intervenantIds[0]", "collectivites[5].siren", "modele.leviersAnnonces[0]");
    assertThat(RuleSet.defaults().validate(cycle).withCode("modele.contrainte").getViolations())
        .extracting(Violation::getPath).containsExactly("intervenants[1].siren");

    Set<ConstraintViolation<Cycle>> violations = ProgrammeValidation.validator(RuleSet.defaults(), Locale.FRENCH).validate(cycle);
    Set<ConstraintViolation<Cycle>> desRegles = violations.stream()
        .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof ValidCycle).collect(Collectors.toSet());
    assertThat(chemins(desRegles)).isEqualTo(constats.stream().map(Violation::getPath).collect(Collectors.toSet()));
    assertThat(desRegles).extracting(ConstraintViolation::getMessage)
        .containsExactlyInAnyOrderElementsOf(constats.stream().map(Cycles::fr).toList());
    assertThat(chemins(violations)).as("the model's own constraints come along")
        .contains("intervenants[1].siren");
  }

  @Test
  void chaqueViolationPorteSonConstatEnCharge() {
    Set<ConstraintViolation<Cycle>> violations = ProgrammeValidation.validator(RuleSet.defaults(), Locale.FRENCH).validate(fautif());
    List<Violation> constats = violations.stream()
        .map(v -> (Violation) v.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Violation.class))
        .filter(java.util.Objects::nonNull)
        .toList();
    assertThat(constats).extracting(Violation::getCode).containsExactlyInAnyOrder(
        "reference.inconnue", "coherence.siren-commune", "coherence.nombre-annonce");
    assertThat(constats).filteredOn(c -> c.getCode().equals("coherence.nombre-annonce"))
        .extracting(Violation::getSeverity).containsExactly(Severity.WARNING);
  }

  @Test
  void leTexteDesDonneesNEstJamaisInterprete() {
    Set<ConstraintViolation<Cycle>> violations = ProgrammeValidation.validator(RuleSet.defaults(), Locale.FRENCH).validate(fautif());
    assertThat(violations).filteredOn(v -> v.getPropertyPath().toString().equals("modele.leviersAnnonces[0]"))
        .singleElement().extracting(ConstraintViolation::getMessage)
        .isEqualTo("4 leviers d'action annoncés, 1 listés (Article ${1+1} {jakarta.validation.constraints.NotNull.message})");
  }

  @Test
  void enAnglaisEtAPartirDUneSeverite() {
    Set<ConstraintViolation<Cycle>> violations = ProgrammeValidation.validatorFactory(RuleSet.defaults(), Locale.ENGLISH, Severity.ERROR)
        .getValidator().validate(fautif());
    assertThat(violations).filteredOn(v -> v.getConstraintDescriptor().getAnnotation() instanceof ValidCycle)
        .extracting(ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder("\"imt-bs\" is not an intervenant of the cycle",
            "SIREN 216209072 of Lens does not match its INSEE code 62498: 216204982 expected");
    assertThat(violations).filteredOn(v -> v.getPropertyPath().toString().equals("intervenants[1].siren"))
        .extracting(ConstraintViolation::getMessage).containsExactly("must be a valid SIREN: 9 digits with a correct Luhn key");
  }

  @Test
  void sePlaceDansLeValidateurDeLApplication() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.FRENCH), Locale.FRENCH, false));
    ProgrammeValidation.configure(configuration, RuleSet.defaults().disable("coherence.siren-commune"), Locale.FRENCH, Severity.INFO);
    Validator validator = configuration.buildValidatorFactory().getValidator();
    assertThat(chemins(validator.validate(fautif()))).contains("briques[0].seances[0].intervenantIds[0]")
        .doesNotContain("collectivites[5].siren");
    assertThat(validator.validate(Cycles.valide())).isEmpty();
  }

  @Test
  void surUnChampDeLApplicationLesCheminsPartentDuChamp() {
    Validator simple = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.FRENCH), Locale.FRENCH, false))
        .buildValidatorFactory().getValidator();
    Set<ConstraintViolation<Inscription>> violations = simple.validate(new Inscription(fautif()));
    assertThat(chemins(violations)).contains("cycle.briques[0].seances[0].intervenantIds[0]",
        "cycle.collectivites[5].siren", "cycle.modele.leviersAnnonces[0]", "cycle.intervenants[1].siren");
    assertThat(simple.validate(new Inscription(Cycles.valide()))).isEmpty();
  }

  @Test
  void unValidateurSansLesReglesNeVoitQueLesContraintesDuModele() {
    Validator simple = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.FRENCH), Locale.FRENCH, false))
        .buildValidatorFactory().getValidator();
    assertThat(chemins(simple.validate(fautif()))).containsExactly("intervenants[1].siren");
  }
}
