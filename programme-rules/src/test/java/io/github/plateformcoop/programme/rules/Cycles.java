package io.github.plateformcoop.programme.rules;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.completion.Unite;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A small cycle every built-in rule accepts, to change one fact at a time. Collectivités and
 * codes from shared/DESIGN.md §4; dates made up.
 */
public final class Cycles {

  /** A criterion for cycles of the PlateformCoop modèle: 75 % of the sensibilisation hours and 2 ateliers. */
  public static final CritereDeCompletion PLATEFORMCOOP = CritereDeCompletion.builder()
      .id("completion-par-defaut")
      .intitule("75 % des heures de sensibilisation et 2 ateliers sur 3")
      .addPortees(Portee.PARTICIPANT, Portee.COLLECTIVITE)
      .critere(TousDe.of(
          Assiduite.ofRatio("sensibilisation", Unite.HEURES, 0.75),
          Assiduite.ofMinimum("experimentation", Unite.SEANCES, 2)))
      .provenance(Provenance.builder()
          .document("tests de plateformcoop-programme")
          .inference("Choix des tests.")
          .build())
      .build();


  private Cycles() {}

  public static Collectivite mel() {
    return Collectivite.builder().id("mel").nom("Métropole Européenne de Lille").type(TypeDeCollectivite.METROPOLE)
        .siren("200093201").departement("59").build();
  }

  public static Collectivite lille() {
    return Collectivite.builder().id("lille").nom("Lille").type(TypeDeCollectivite.COMMUNE).siren("215903501")
        .codeInsee("59350").departement("59").intercommunaliteId("mel").build();
  }

  public static Collectivite lomme() {
    return Collectivite.builder().id("lomme").nom("Lomme").type(TypeDeCollectivite.COMMUNE_ASSOCIEE)
        .siren("215903550").codeInsee("59355").departement("59").communeDeRattachementId("lille").build();
  }

  public static Collectivite cahc() {
    return Collectivite.builder().id("cahc").nom("Communauté d'agglomération Hénin-Carvin")
        .type(TypeDeCollectivite.COMMUNAUTE_D_AGGLOMERATION).siren("246200299").departement("62").build();
  }

  public static Collectivite libercourt() {
    return Collectivite.builder().id("libercourt").nom("Libercourt").type(TypeDeCollectivite.COMMUNE)
        .siren("216209072").codeInsee("62907").departement("62").intercommunaliteId("cahc").build();
  }

  public static Engagement engagement(String collectivite) {
    return Engagement.builder().id("engagement-" + collectivite).collectiviteId(collectivite)
        .statut(StatutDEngagement.ENGAGEE).build();
  }

  public static ModeleDeCycle modele() {
    return ModeleDeCycle.builder()
        .id("modele")
        .intitule("Cycle de qualification")
        .publicCible(PublicCible.builder()
            .addDepartements("59", "62")
            .addFamilles(FamilleDeCollectivite.COMMUNE, FamilleDeCollectivite.INTERCOMMUNALITE)
            .addRoles(Role.ELU, Role.TECHNICIEN)
            .build())
        .addBrique(ModeleDeBrique.builder().id("sensibilisation").type(TypeDeBrique.SENSIBILISATION)
            .intitule("Parcours de sensibilisation").nombreDeSeances(2)
            .format(FormatDeSeance.of(Duration.ofHours(3))).build())
        .build();
  }

  public static Cycle valide() {
    return Cycle.builder()
        .id("cycle")
        .intitule("Cycle de test")
        .modele(modele())
        .addBrique(Brique.builder()
            .id("sensibilisation")
            .periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2022, 9), YearMonth.of(2023, 4)))
            .addSeance(Seance.builder().id("s1").numero(1).date(LocalDate.of(2022, 9, 26)).addIntervenantId("tilt").build())
            .addSeance(Seance.builder().id("s2").numero(2).date(LocalDate.of(2022, 10, 17)).build())
            .build())
        .addCollectivites(mel(), lille(), lomme(), cahc(), libercourt())
        .addEngagements(engagement("mel"), engagement("lomme"), engagement("cahc"), engagement("libercourt"))
        .addIntervenant(Intervenant.builder().id("tilt").nom("Tilt").build())
        .addParticipant(Participant.builder().id("p-mel").collectiviteId("mel").role(Role.ELU).build())
        .addParticipant(Participant.builder().id("p-cahc").collectiviteId("cahc").role(Role.TECHNICIEN).build())
        .addPresence(Presence.builder().seanceId("s1").participantId("p-mel").statut(StatutDePresence.PRESENT).build())
        .build();
  }

  /** A copy of the valid cycle to change. */
  public static Cycle.Builder depuisValide() {
    return Cycle.builder().from(valide());
  }

  /**
   * A finding's message in French.
   *
   * @param v the finding
   * @return its French text
   */
  public static String fr(Violation v) {
    return v.render(java.util.Locale.FRENCH);
  }

  /**
   * A finding's message in English.
   *
   * @param v the finding
   * @return its English text
   */
  public static String en(Violation v) {
    return v.render(java.util.Locale.ENGLISH);
  }
}
