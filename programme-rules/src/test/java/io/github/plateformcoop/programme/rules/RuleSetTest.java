package io.github.plateformcoop.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.rules.consistency.EligibilityRules;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  private static final Cycle VALIDE = Cycles.valide();

  @Test
  void lesReglesParDefautAcceptentLeCycleValide() {
    ValidationReport report = RuleSet.defaults().validate(VALIDE);
    assertThat(report.getViolations()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void desactiverUneRegleLaFaitTaire() {
    RuleSet sansRole = RuleSet.defaults().with(EligibilityRules.ROLES_CIBLES, Set.of(Role.TECHNICIEN));
    assertThat(sansRole.validate(VALIDE).withCode("eligibilite.role").getViolations()).hasSize(1);
    assertThat(sansRole.disable("eligibilite.role").validate(VALIDE).getViolations()).isEmpty();
    assertThat(sansRole.disable("eligibilite.role").enable("eligibilite.role").validate(VALIDE).getViolations()).hasSize(1);
  }

  @Test
  void changerLaSeveriteDUneRegle() {
    RuleSet regles = RuleSet.defaults().with(EligibilityRules.ROLES_CIBLES, Set.of(Role.TECHNICIEN));
    assertThat(regles.validate(VALIDE).isValid()).isFalse();
    RuleSet adoucies = regles.withSeverity("eligibilite.role", Severity.WARNING);
    assertThat(adoucies.severityOf("eligibilite.role")).isEqualTo(Severity.WARNING);
    ValidationReport report = adoucies.validate(VALIDE);
    assertThat(report.isValid()).isTrue();
    assertThat(report.getWarnings()).extracting(Violation::getCode).containsExactly("eligibilite.role");
  }

  @Test
  void unCodeInconnuEstRefuseEnNommantLesCodesConnus() {
    assertThatThrownBy(() -> RuleSet.defaults().disable("eligibilite.inexistante"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No rule 'eligibilite.inexistante'")
        .hasMessageContaining("eligibilite.role");
  }

  @Test
  void unParametreQuAucuneRegleNeLitEstRefuse() {
    Parameter<Integer> orphelin = Parameter.of("orphelin", Integer.class, "read by no rule", 3);
    assertThatThrownBy(() -> RuleSet.defaults().with(orphelin, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'orphelin'");
  }

  @Test
  void uneValeurDuMauvaisTypeEstRefusee() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Parameter<Object> brut = (Parameter) EligibilityRules.DEPARTEMENTS_CIBLES;
    assertThatThrownBy(() -> RuleSet.defaults().with(brut, "59"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes a Set");
  }

  @Test
  void uneRegleDeLaRegionSAjouteAvecSesMessages() {
    Rule deuxCollectivites = Rule.builder("region.deux-collectivites", Severity.WARNING)
        .description(Locale.FRENCH, "Le cycle engage moins de deux collectivités.")
        .message(Locale.FRENCH, "{nombre} collectivité(s) engagée(s), deux attendues")
        .message(Locale.ENGLISH, "{nombre} collectivité(s) engaged, two expected")
        .check((cycle, context) -> {
          int n = cycle.engagements(StatutDEngagement.ENGAGEE).size();
          if (n < 2) {
            context.at("engagements").argument("nombre", n).report();
          }
        })
        .build();
    RuleSet regles = RuleSet.defaults().withRule(deuxCollectivites);
    Cycle uneSeule = Cycles.depuisValide().engagements(List.of(Cycles.engagement("mel"))).build();
    assertThat(regles.validate(uneSeule).withCode("region.deux-collectivites").getViolations())
        .extracting(Cycles::fr).containsExactly("1 collectivité(s) engagée(s), deux attendues");
    assertThat(regles.validate(uneSeule).withCode("region.deux-collectivites").getViolations())
        .extracting(Cycles::en).containsExactly("1 collectivité(s) engaged, two expected");
    assertThat(regles.validate(VALIDE).getViolations()).isEmpty();
    assertThatThrownBy(() -> regles.withRule(deuxCollectivites))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has a rule 'region.deux-collectivites'");
  }

  @Test
  void uneRegleSansMessageFrancaisEstRefusee() {
    assertThatThrownBy(() -> Rule.builder("region.muette", Severity.INFO).check((c, x) -> { }).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("Rule 'region.muette' has no description in French");
  }

  @Test
  void uneRegleQuiEchoueEstNommee() {
    Rule fautive = Rule.builder("region.fautive", Severity.ERROR)
        .description(Locale.FRENCH, "échoue").message(Locale.FRENCH, "jamais")
        .check((c, x) -> { throw new ArithmeticException("/ by zero"); }).build();
    assertThatThrownBy(() -> RuleSet.of(List.of(fautive)).validate(VALIDE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Rule 'region.fautive' failed on cycle 'cycle': / by zero")
        .hasCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void unRuleSetEstImmuable() {
    RuleSet defaut = RuleSet.defaults();
    defaut.disable("eligibilite.role");
    assertThat(defaut.isEnabled("eligibilite.role")).isTrue();
  }

  @Test
  void lesMessagesNeDependentQueDeLaLocaleDemandee() {
    Cycle lensHorsMel = Cycles.depuisValide()
        .addCollectivite(Collectivite.builder().id("lens").nom("Lens").type(io.github.plateformcoop.programme.model.TypeDeCollectivite.COMMUNE)
            .siren("216204982").codeInsee("62498").departement("59").build())
        .build();
    String francais = RuleSet.defaults().validate(lensHorsMel).withCode("coherence.departement-insee").getViolations().get(0).render(Locale.FRENCH);
    assertThat(francais).isEqualTo("le code INSEE 62498 de Lens est dans le département 62, non 59");
    assertThat(RuleSet.defaults().validate(lensHorsMel).getViolations().get(0).render(Locale.CANADA_FRENCH)).isEqualTo(francais);
    assertThat(RuleSet.defaults().validate(lensHorsMel).getViolations().get(0).render(Locale.forLanguageTag("tr-TR"))).isEqualTo(francais);
    assertThat(RuleSet.defaults().validate(lensHorsMel).getViolations().get(0).render(Locale.ENGLISH))
        .isEqualTo("INSEE code 62498 of Lens lies in département 62, not 59");
  }
}
