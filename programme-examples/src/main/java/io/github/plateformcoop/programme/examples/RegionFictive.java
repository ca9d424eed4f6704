package io.github.plateformcoop.programme.examples;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.Modalite;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.calendar.Calendrier;
import io.github.plateformcoop.programme.rules.calendar.PeriodeDeFermeture;
import io.github.plateformcoop.programme.rules.consistency.EligibilityRules;
import io.github.plateformcoop.programme.rules.schedule.ScheduleRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * A <strong>fictional</strong> second region configuring its own cycle in code: another format
 * (six remote séances of two hours, two one-day ateliers), its own target départements (Meurthe-
 * et-Moselle and Moselle), its own rule parameters (a 10-minute tolerance, the school holidays of
 * zone B), and a territory in Alsace-Moselle, whose Good Friday is a public holiday. Every name,
 * date and figure here is made up.
 *
 * <p>This class is immutable and thread-safe; each call builds the same values.
 */
public final class RegionFictive {

  /** The provenance of everything here. */
  public static final Provenance FICTIF = Provenance.builder()
      .document("Exemple fictif de plateformcoop-programme")
      .inference("Région, collectivités, dates et critères inventés pour montrer la configuration d'un cycle.")
      .build();

  private RegionFictive() {}

  /**
   * The region's design: the same strands as PlateformCoop, another format.
   *
   * @return the modèle, not null
   */
  public static ModeleDeCycle modele() {
    return ModeleDeCycle.builder()
        .id("cycle-fictif-lorraine")
        .intitule("Cycle fictif de qualification aux plateformes coopératives")
        .addAllVolets(PlateformCoop.modele().getVolets())
        .publicCible(PublicCible.builder().addDepartements("54", "57")
            .addFamilles(FamilleDeCollectivite.COMMUNE, FamilleDeCollectivite.INTERCOMMUNALITE)
            .addRoles(Role.ELU, Role.TECHNICIEN).provenance(FICTIF).build())
        .addBrique(ModeleDeBrique.builder().id("sensibilisation").type(TypeDeBrique.SENSIBILISATION)
            .intitule("Webinaires de sensibilisation").nombreDeSeances(6)
            .format(FormatDeSeance.builder().duree(Duration.ofHours(2)).modalite(Modalite.DISTANCIEL).build())
            .provenance(FICTIF).build())
        .addBrique(ModeleDeBrique.builder().id("experimentation").type(TypeDeBrique.EXPERIMENTATION)
            .intitule("Ateliers d'expérimentation").nombreDeSeances(2)
            .format(FormatDeSeance.builder().journeeEntiere(true).modalite(Modalite.PRESENTIEL).build())
            .provenance(FICTIF).build())
        .addAllLeviers(PlateformCoop.modele().getLeviers())
        .build();
  }

  /**
   * The region's 2024 cycle, one of whose séances falls on Good Friday, a holiday in Moselle only.
   *
   * @return the cycle, not null
   */
  public static Cycle cycle() {
    return Cycle.builder()
        .id("cycle-fictif-lorraine-2024")
        .intitule("Cycle fictif Lorraine 2024")
        .modele(modele())
        .territoire("Meurthe-et-Moselle et Moselle (fictif)")
        .periode(PeriodeAnnoncee.builder().debut(YearMonth.of(2024, 1)).fin(YearMonth.of(2024, 6)).provenance(FICTIF).build())
        .addBrique(Brique.builder().id("sensibilisation")
            .periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2024, 1), YearMonth.of(2024, 4)))
            .addSeances(
                webinaire(1, LocalDate.of(2024, 1, 15)), webinaire(2, LocalDate.of(2024, 2, 5)),
                webinaire(3, LocalDate.of(2024, 3, 4)), webinaire(4, LocalDate.of(2024, 3, 29)),
                webinaire(5, LocalDate.of(2024, 4, 8)), webinaire(6, LocalDate.of(2024, 4, 22)))
            .build())
        .addBrique(Brique.builder().id("experimentation")
            .periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2024, 3), YearMonth.of(2024, 6)))
            .addSeances(
                Seance.builder().id("atelier-1").numero(1).date(LocalDate.of(2024, 3, 18)).debut(LocalTime.of(9, 0))
                    .fin(LocalTime.of(17, 0)).lieu("Nancy (fictif)").addIntervenantId("cooperative-fictive").build(),
                Seance.builder().id("atelier-2").numero(2).date(LocalDate.of(2024, 6, 10)).debut(LocalTime.of(9, 0))
                    .fin(LocalTime.of(17, 0)).lieu("Metz (fictif)").addIntervenantId("cooperative-fictive").build())
            .build())
        .addCollectivites(
            Collectivite.builder().id("commune-fictive-54").nom("Commune fictive de Meurthe-et-Moselle")
                .type(TypeDeCollectivite.COMMUNE).departement("54").build(),
            Collectivite.builder().id("commune-fictive-57").nom("Commune fictive de Moselle")
                .type(TypeDeCollectivite.COMMUNE).departement("57").build())
        .addEngagements(
            Engagement.builder().id("engagement-54").collectiviteId("commune-fictive-54").statut(StatutDEngagement.ENGAGEE)
                .provenance(FICTIF).build(),
            Engagement.builder().id("engagement-57").collectiviteId("commune-fictive-57").statut(StatutDEngagement.ENGAGEE)
                .provenance(FICTIF).build())
        .addIntervenant(Intervenant.builder().id("cooperative-fictive").nom("Coopérative fictive").addStatut("SCIC").build())
        .addCritereDeCompletion(CritereDeCompletion.builder().id("completion-lorraine")
            .intitule("4 webinaires sur 6 et les 2 ateliers").addPortees(Portee.PARTICIPANT, Portee.COLLECTIVITE)
            .critere(TousDe.of(Assiduite.ofMinimum("sensibilisation", Unite.SEANCES, 4),
                Assiduite.ofMinimum("experimentation", Unite.SEANCES, 2)))
            .provenance(FICTIF).build())
        .build();
  }

  /**
   * The region's rules: the defaults with its own départements, a 10-minute tolerance on the
   * length of the séances, and the school holidays of zone B 2024 (winter and spring) as closures.
   *
   * @return the rule set, not null
   */
  public static RuleSet ruleSet() {
    return RuleSet.defaults()
        .with(EligibilityRules.DEPARTEMENTS_CIBLES, Set.of("54", "57"))
        .with(ScheduleRules.TOLERANCE_DE_DUREE, Duration.ofMinutes(10))
        .with(ScheduleRules.FERMETURES, Calendrier.of(List.of(
            PeriodeDeFermeture.of(LocalDate.of(2024, 2, 24), LocalDate.of(2024, 3, 10), "vacances d'hiver, zone B (fictif)"),
            PeriodeDeFermeture.of(LocalDate.of(2024, 4, 20), LocalDate.of(2024, 5, 6), "vacances de printemps, zone B (fictif)"))));
  }

  private static Seance webinaire(int numero, LocalDate date) {
    return Seance.builder().id("webinaire-" + numero).numero(numero).date(date)
        .debut(LocalTime.of(14, 0)).fin(LocalTime.of(16, 0)).modalite(Modalite.DISTANCIEL)
        .addIntervenantId("cooperative-fictive").build();
  }
}
