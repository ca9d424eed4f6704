package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.examples.embedding.ExchangeJson;
import io.github.plateformcoop.programme.examples.embedding.ValidateWithJakarta;
import io.github.plateformcoop.programme.examples.embedding.ValidateWithRules;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import io.github.plateformcoop.programme.rules.completion.CompletionReport;
import io.github.plateformcoop.programme.rules.completion.CompletionStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExemplesTest {

  @Test
  void laVersionIllustrativeEstMarqueeCommeTelleEtGardeLesFaitsDesSources() {
    Cycle illustratif = PlateformCoopIllustratif.cycle();
    Cycle source = PlateformCoop.cycle();
    assertThat(illustratif.getId()).isNotEqualTo(source.getId()).endsWith("-illustratif");
    assertThat(illustratif.getIntitule()).contains("illustrative");
    assertThat(illustratif.getCollectivites()).isEqualTo(source.getCollectivites());
    assertThat(illustratif.getEngagementsAnnonces()).isEqualTo(source.getEngagementsAnnonces());
    assertThat(illustratif.seances()).allMatch(Seance::isDated);
    assertThat(illustratif.seances().findFirst().orElseThrow().getDate()).contains(LocalDate.of(2022, 9, 26));
    assertThat(illustratif.getParticipants()).filteredOn(p -> !p.getId().equals("cahc-chargee-de-mission-ess"))
        .allSatisfy(p -> assertThat(p.getProvenance()).contains(PlateformCoopIllustratif.ILLUSTRATIF));
  }

  @Test
  void laVersionIllustrativeSeValideSansAutreConstatQueLesEcartsDesSources() {
    ValidationReport report = RuleSet.defaults().validate(PlateformCoopIllustratif.cycle());
    assertThat(report.getErrors()).isEmpty();
    assertThat(report.getInfos()).isEmpty();
    assertThat(report.getWarnings()).extracting(Violation::getCode).containsOnly("coherence.nombre-annonce").hasSize(3);
  }

  @Test
  void laCompletionIllustrative() {
    Cycle cycle = PlateformCoopIllustratif.cycle();
    CompletionReport apres = CompletionEvaluator.defaults().evaluate(cycle, LocalDate.of(2023, 7, 1));
    assertThat(apres.isCycleOver()).isTrue();
    assertThat(apres.getCollectivites()).hasSize(6);
    assertThat(apres.getResults()).allMatch(b -> b.status() == CompletionStatus.TERMINE || b.status() == CompletionStatus.NON_TERMINE);
    assertThat(apres.find(Portee.COLLECTIVITE, "mel").orElseThrow().status()).isEqualTo(CompletionStatus.TERMINE);
    assertThat(apres.find(Portee.PARTICIPANT, "cahc-chargee-de-mission-ess").orElseThrow().criteria().get(0).result()
        .getChildren().get(0).isMet()).as("her own attendance only: she took up her post in April 2023").isFalse();
    assertThat(apres.find(Portee.COLLECTIVITE, "cahc").orElseThrow().criteria().get(0).result()
        .getChildren().get(0).isMet()).as("the seat runs on through her predecessor").isTrue();
    CompletionReport avant = CompletionEvaluator.defaults().evaluate(cycle, LocalDate.of(2022, 9, 1));
    assertThat(avant.getResults()).allMatch(b -> b.status() == CompletionStatus.NON_COMMENCE);
  }

  @Test
  void laRegionFictiveAUnAutreFormatEtSonCalendrier() {
    assertThat(RegionFictive.modele().findBrique("sensibilisation").orElseThrow().getFormat().getDuree()).contains(Duration.ofHours(2));
    assertThat(RegionFictive.cycle().getModele().getPublicCible().getDepartements()).containsExactlyInAnyOrder("54", "57");
    ValidationReport parDefaut = RuleSet.defaults().validate(RegionFictive.cycle());
    assertThat(parDefaut.getErrors()).isEmpty();
    assertThat(parDefaut.getWarnings()).extracting(v -> v.render(Locale.FRENCH))
        .containsExactly("la séance « webinaire-4 » tombe un jour férié : Vendredi saint (2024-03-29)");
    ValidationReport regionales = RegionFictive.ruleSet().validate(RegionFictive.cycle());
    assertThat(regionales.withCode("seance.jour-ferme").getViolations()).extracting(v -> v.getArguments().get("fermeture"))
        .containsExactly("vacances d'hiver, zone B (fictif)", "Vendredi saint", "vacances de printemps, zone B (fictif)");
    assertThat(regionales.isValid()).isTrue();
  }

  @Test
  void lesExemplesDEmbarquement(@TempDir Path dossier) {
    ValidationReport report = ValidateWithRules.validate(PlateformCoop.cycle());
    assertThat(report.isValid()).isTrue();
    assertThat(report.getWarnings()).isEmpty();
    assertThat(report.getInfos()).extracting(Violation::getCode).contains("coherence.nombre-annonce", "seance.non-datee");
    assertThat(report.getInfos().get(0).render(Locale.FRENCH)).doesNotContain("annoncés");

    assertThat(ValidateWithJakarta.validate(PlateformCoop.cycle())).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("engagementsAnnonces[0]", "modele.leviersAnnonces[0]", "strategies[0].axesAnnonces[0]");

    assertThat(ExchangeJson.roundTrip(RegionFictive.cycle(), dossier.resolve("cycle.json"))).isEqualTo(RegionFictive.cycle());
    assertThat(ExchangeJson.readPartnerDocument("{ \"formatVersion\" : \"1.1\", \"cycle\" : { \"id\" : \"x\", \"intitule\" : 3 } }"))
        .isEqualTo("refused at $.cycle.intitule: expected a text, not a number");
  }
}
