package io.github.plateformcoop.programme.rules.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.message.Language;
import io.github.plateformcoop.programme.model.message.MessageFormatter;
import io.github.plateformcoop.programme.rules.Cycles;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

  private static final Collectivite AISNE = Collectivite.builder().id("laon").nom("Laon").type(TypeDeCollectivite.COMMUNE)
      .codeInsee("02408").departement("02").build();

  private static List<Violation> de(String code, Cycle cycle) {
    return de(RuleSet.defaults(), code, cycle);
  }

  private static List<Violation> de(RuleSet regles, String code, Cycle cycle) {
    return regles.validate(cycle).withCode(code).getViolations();
  }

  @Test
  void uneCollectiviteEngageeHorsDesDepartementsVises() {
    Cycle engagee = Cycles.depuisValide().addCollectivite(AISNE).addEngagement(Cycles.engagement("laon")).build();
    assertThat(de("eligibilite.departement", engagee)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("collectivites[5].departement");
      assertThat(Cycles.fr(v)).isEqualTo("Laon est dans le département 02, hors des départements visés (59, 62)");
    });
  }

  @Test
  void uneCollectiviteDecriteSansEngagementOuRetireeNEstPasVerifiee() {
    assertThat(de("eligibilite.departement", Cycles.depuisValide().addCollectivite(AISNE).build())).isEmpty();
    Engagement retiree = Engagement.builder().id("e-laon").collectiviteId("laon").statut(StatutDEngagement.RETIREE).build();
    assertThat(de("eligibilite.departement", Cycles.depuisValide().addCollectivite(AISNE).addEngagement(retiree).build())).isEmpty();
  }

  @Test
  void unParametreRemplaceLesDepartementsDuPublicCible() {
    Cycle engagee = Cycles.depuisValide().addCollectivite(AISNE).addEngagement(Cycles.engagement("laon")).build();
    RuleSet hautsDeFrance = RuleSet.defaults().with(EligibilityRules.DEPARTEMENTS_CIBLES, Set.of("02", "59", "60", "62", "80"));
    assertThat(de(hautsDeFrance, "eligibilite.departement", engagee)).isEmpty();
    RuleSet nordSeul = RuleSet.defaults().with(EligibilityRules.DEPARTEMENTS_CIBLES, Set.of("59"));
    assertThat(de(nordSeul, "eligibilite.departement", Cycles.valide())).extracting(Violation::getSubjectIds)
        .containsExactly(List.of("cahc"), List.of("libercourt"));
  }

  @Test
  void unPublicCibleSansDepartementNeVerifieRien() {
    ModeleDeCycle partout = ModeleDeCycle.builder().from(Cycles.modele()).publicCible(PublicCible.builder().build()).build();
    Cycle cycle = Cycles.depuisValide().modele(partout).addCollectivite(AISNE).addEngagement(Cycles.engagement("laon")).build();
    assertThat(de("eligibilite.departement", cycle)).isEmpty();
    assertThat(de("eligibilite.famille", cycle)).isEmpty();
  }

  @Test
  void uneCollectiviteHorsDesFamillesVisees() {
    Collectivite nord = Collectivite.builder().id("nord").nom("Département du Nord").type(TypeDeCollectivite.DEPARTEMENT)
        .departement("59").build();
    Cycle cycle = Cycles.depuisValide().addCollectivite(nord).addEngagement(Cycles.engagement("nord")).build();
    assertThat(de("eligibilite.famille", cycle)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("collectivites[5].type");
      assertThat(v.getArguments()).containsEntry("famille", FamilleDeCollectivite.DEPARTEMENT);
      assertThat(MessageFormatter.text(v.getArguments().get("cibles"), Language.FRENCH)).isEqualTo("COMMUNE, INTERCOMMUNALITE");
    });
    assertThat(de(RuleSet.defaults().with(EligibilityRules.FAMILLES_CIBLES,
        Set.of(FamilleDeCollectivite.COMMUNE, FamilleDeCollectivite.INTERCOMMUNALITE, FamilleDeCollectivite.DEPARTEMENT)),
        "eligibilite.famille", cycle)).isEmpty();
  }

  @Test
  void uneCommuneAssocieeEstUneCommune() {
    assertThat(Cycles.valide().findCollectivite("lomme").orElseThrow().isIn(FamilleDeCollectivite.COMMUNE)).isTrue();
    assertThat(de("eligibilite.famille", Cycles.valide())).isEmpty();
  }

  @Test
  void unParticipantHorsDesRolesVises() {
    ModeleDeCycle elusSeuls = ModeleDeCycle.builder().from(Cycles.modele())
        .publicCible(PublicCible.builder().from(Cycles.modele().getPublicCible()).roles(Set.of(Role.ELU)).build()).build();
    Cycle cycle = Cycles.depuisValide().modele(elusSeuls).build();
    assertThat(de("eligibilite.role", cycle)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("participants[1].role");
      assertThat(v.getSubjectIds()).containsExactly("p-cahc", "cahc");
    });
    assertThat(de("eligibilite.role", Cycles.valide())).isEmpty();
  }

  @Test
  void unEngagementDateApresLaFinDuCycle() {
    Engagement tardif = Engagement.builder().id("e-tardif").collectiviteId("mel").statut(StatutDEngagement.ENGAGEE)
        .date(Datation.of(YearMonth.of(2023, 5))).build();
    Engagement dansLeCycle = Engagement.builder().id("e-avril").collectiviteId("mel").statut(StatutDEngagement.ENGAGEE)
        .date(Datation.of(YearMonth.of(2023, 4))).build();
    Cycle cycle = Cycles.depuisValide().addEngagements(tardif, dansLeCycle).build();
    assertThat(de("eligibilite.engagement-apres-cycle", cycle)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("engagements[4].date");
      assertThat(Cycles.fr(v)).isEqualTo("l'engagement de « mel » est daté de 2023-05, après la fin du cycle (2023-04-30)");
    });
  }

  @Test
  void laFinDuCycleEstSaPeriodeSinonCelleDesBriquesSinonSaDerniereSeance() {
    assertThat(Cycles.valide().lastDay()).contains(LocalDate.of(2023, 4, 30));
    Cycle avecPeriode = Cycles.depuisValide().periode(PeriodeAnnoncee.of(YearMonth.of(2022, 9), YearMonth.of(2023, 6))).build();
    assertThat(avecPeriode.lastDay()).contains(LocalDate.of(2023, 6, 30));
    Cycle sansPeriode = Cycles.depuisValide().briques(List.of(io.github.plateformcoop.programme.model.Brique.builder()
        .from(Cycles.valide().getBriques().get(0)).periodeAnnoncee(java.util.Optional.empty()).build())).build();
    assertThat(sansPeriode.lastDay()).contains(LocalDate.of(2022, 10, 17));
    Cycle nonDate = Cycles.depuisValide().briques(List.of()).build();
    assertThat(nonDate.lastDay()).isEmpty();
    Engagement tardif = Engagement.builder().id("e").collectiviteId("mel").statut(StatutDEngagement.ENGAGEE)
        .date(Datation.parse("2030")).build();
    assertThat(de("eligibilite.engagement-apres-cycle", Cycle.builder().from(nonDate).addEngagement(tardif).build())).isEmpty();
  }

  @Test
  void unParticipantDontLeRoleEstViseNEstPasSignale() {
    Participant elu = Participant.builder().id("p-elu").collectiviteId("cahc").role(Role.ELU).build();
    assertThat(de("eligibilite.role", Cycles.depuisValide().addParticipant(elu).build())).isEmpty();
  }
}
