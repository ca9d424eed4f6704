package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.examples.embarque.EchangerEnJson;
import io.github.plateformcoop.programme.examples.embarque.ValiderAvecJakarta;
import io.github.plateformcoop.programme.examples.embarque.ValiderAvecLesRegles;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.completion.EvaluateurDeCompletion;
import io.github.plateformcoop.programme.rules.completion.EvaluationDeCompletion;
import io.github.plateformcoop.programme.rules.completion.StatutDeCompletion;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
    assertThat(illustratif.seances()).allMatch(Seance::estDatee);
    assertThat(illustratif.seances().findFirst().orElseThrow().getDate()).contains(LocalDate.of(2022, 9, 26));
    assertThat(illustratif.getParticipants()).filteredOn(p -> !p.getId().equals("cahc-chargee-de-mission-ess"))
        .allSatisfy(p -> assertThat(p.getProvenance()).contains(PlateformCoopIllustratif.ILLUSTRATIF));
  }

  @Test
  void laVersionIllustrativeSeValideSansAutreConstatQueLesEcartsDesSources() {
    ValidationReport report = RuleSet.defaults().validate(PlateformCoopIllustratif.cycle());
    assertThat(report.errors()).isEmpty();
    assertThat(report.infos()).isEmpty();
    assertThat(report.warnings()).extracting(Violation::getCode).containsOnly("coherence.nombre-annonce").hasSize(3);
  }

  @Test
  void laCompletionIllustrative() {
    Cycle cycle = PlateformCoopIllustratif.cycle();
    EvaluationDeCompletion apres = EvaluateurDeCompletion.defaults().evaluer(cycle, LocalDate.of(2023, 7, 1));
    assertThat(apres.termine()).isTrue();
    assertThat(apres.collectivites()).hasSize(6);
    assertThat(apres.bilans()).allMatch(b -> b.statut() == StatutDeCompletion.TERMINE || b.statut() == StatutDeCompletion.NON_TERMINE);
    assertThat(apres.bilan(Portee.COLLECTIVITE, "mel").orElseThrow().statut()).isEqualTo(StatutDeCompletion.TERMINE);
    assertThat(apres.bilan(Portee.PARTICIPANT, "cahc-chargee-de-mission-ess").orElseThrow().criteres().get(0).resultat()
        .enfants().get(0).satisfait()).as("her seat's attendance before April 2023 is her predecessor's").isTrue();
    EvaluationDeCompletion avant = EvaluateurDeCompletion.defaults().evaluer(cycle, LocalDate.of(2022, 9, 1));
    assertThat(avant.bilans()).allMatch(b -> b.statut() == StatutDeCompletion.NON_COMMENCE);
  }

  @Test
  void laRegionFictiveAUnAutreFormatEtSonCalendrier() {
    assertThat(RegionFictive.modele().brique("sensibilisation").orElseThrow().getFormat().getDuree()).contains(Duration.ofHours(2));
    assertThat(RegionFictive.cycle().getModele().getPublicCible().getDepartements()).containsExactlyInAnyOrder("54", "57");
    ValidationReport parDefaut = RuleSet.defaults().validate(RegionFictive.cycle());
    assertThat(parDefaut.errors()).isEmpty();
    assertThat(parDefaut.warnings()).extracting(Violation::getMessage)
        .containsExactly("la séance « webinaire-4 » tombe un jour férié : Vendredi saint (2024-03-29)");
    ValidationReport regionales = RegionFictive.regles().validate(RegionFictive.cycle());
    assertThat(regionales.withCode("seance.jour-ferme").getViolations()).extracting(v -> v.getArguments().get("fermeture"))
        .containsExactly("vacances d'hiver, zone B (fictif)", "Vendredi saint", "vacances de printemps, zone B (fictif)");
    assertThat(regionales.isValid()).isTrue();
  }

  @Test
  void lesExemplesDEmbarquement(@TempDir Path dossier) {
    ValidationReport report = ValiderAvecLesRegles.verifier(PlateformCoop.cycle());
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.infos()).extracting(Violation::getCode).contains("coherence.nombre-annonce", "seance.non-datee");
    assertThat(report.infos().get(0).getMessage()).doesNotContain("annoncés");

    assertThat(ValiderAvecJakarta.verifier(PlateformCoop.cycle())).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("engagementsAnnonces[0]", "modele.leviersAnnonces[0]", "strategies[0].axesAnnonces[0]");

    assertThat(EchangerEnJson.allerRetour(RegionFictive.cycle(), dossier.resolve("cycle.json"))).isEqualTo(RegionFictive.cycle());
    assertThat(EchangerEnJson.lirePartenaire("{ \"formatVersion\" : \"1.1\", \"cycle\" : { \"id\" : \"x\", \"intitule\" : 3 } }"))
        .startsWith("refused at $.cycle.intitule: cannot read 3 as a String");
  }
}
