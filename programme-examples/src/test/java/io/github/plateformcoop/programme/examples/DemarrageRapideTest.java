package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.ValidationReport;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.consistency.EligibilityRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's quick start, as written there, and what it prints. */
class DemarrageRapideTest {

  @Test
  void leDemarrageRapideDuReadme() {
    ModeleDeCycle modele = ModeleDeCycle.builder()
        .id("qualification")
        .intitule("Cycle de qualification")
        .publicCible(PublicCible.builder()
            .addDepartements("59", "62")
            .addFamilles(FamilleDeCollectivite.COMMUNE, FamilleDeCollectivite.INTERCOMMUNALITE)
            .addRoles(Role.ELU, Role.TECHNICIEN)
            .build())
        .addBrique(ModeleDeBrique.builder()
            .id("sensibilisation").type(TypeDeBrique.SENSIBILISATION)
            .intitule("Parcours de sensibilisation").nombreDeSeances(8)
            .format(FormatDeSeance.of(Duration.ofHours(3)))
            .build())
        .build();

    Cycle cycle = Cycle.builder()
        .id("cycle-2025").intitule("Cycle 2025").modele(modele)
        .addBrique(Brique.builder()
            .id("sensibilisation")
            .periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2025, 9), YearMonth.of(2026, 4)))
            .addSeance(Seance.builder().id("s1").numero(1).date(LocalDate.of(2025, 9, 22)).build())
            .build())
        .addCollectivite(Collectivite.builder()
            .id("lens").nom("Lens").type(TypeDeCollectivite.COMMUNE)
            .siren("216204982").codeInsee("62498").departement("62").build())
        .addEngagement(Engagement.builder()
            .id("e-lens").collectiviteId("lens").statut(StatutDEngagement.ENGAGEE).build())
        .build();

    ValidationReport report = RuleSet.defaults().validate(cycle);
    assertThat(report.isValid()).isTrue();
    assertThat(report.getViolations()).extracting(Violation::getCode).containsExactly("seance.nombre-incomplet");

    RuleSet hautsDeFrance = RuleSet.defaults()
        .with(EligibilityRules.DEPARTEMENTS_CIBLES, Set.of("02", "59", "60", "62", "80"))
        .withSeverity("coherence.nombre-annonce", Severity.INFO)
        .disable("eligibilite.role");
    assertThat(hautsDeFrance.validate(cycle).isValid()).isTrue();
  }
}
