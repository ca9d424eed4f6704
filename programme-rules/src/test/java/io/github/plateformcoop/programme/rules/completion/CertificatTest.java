package io.github.plateformcoop.programme.rules.completion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.DemiJournee;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Dispense;
import io.github.plateformcoop.programme.model.completion.LivrableRemis;
import io.github.plateformcoop.programme.model.completion.MotifDeDispense;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.SeancesObligatoires;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.rules.Cycles;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import io.github.plateformcoop.programme.rules.Violation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The cases a user brings to completion, which feeds the certificat de réalisation: each asserts
 * the exact finding, or the exact status and hours. The cycle of {@link Cycles#valide()} has two
 * séances of three hours, s1 on 2022-09-26 and s2 on 2022-10-17; p-mel attended s1.
 */
class CertificatTest {

  private static final LocalDate APRES = LocalDate.of(2023, 7, 1);

  private static CritereDeCompletion critere(io.github.plateformcoop.programme.model.completion.Critere critere,
      Portee... portees) {
    return CritereDeCompletion.builder().id("c").intitule("critère").addPortees(portees).critere(critere).build();
  }

  private static Assiduite heures(double ratio) {
    return Assiduite.ofRatio("sensibilisation", Unite.HEURES, ratio);
  }

  private static CompletionReport evaluer(Cycle cycle) {
    return CompletionEvaluator.defaults().evaluate(cycle, APRES);
  }

  private static List<Violation> constats(Cycle cycle, String code) {
    return RuleSet.defaults().validate(cycle).withCode(code).getViolations();
  }

  @Test
  void unIdentifiantMalOrthographieDansUnCritereEstUnConstat() {
    Cycle cycle = Cycles.depuisValide().addCritereDeCompletion(critere(TousDe.of(
        Assiduite.ofMinimum("sensibilisaton", Unite.SEANCES, 1),
        SeancesObligatoires.builder().addSeanceId("s1").addSeanceId("s9").build(),
        LivrableRemis.of("manifeste"),
        Dispense.builder().motif(MotifDeDispense.ADMINISTRATIF).addBeneficiaireId("p-lomme").build()), Portee.PARTICIPANT))
        .build();
    assertThat(constats(cycle, "reference.inconnue")).extracting(Violation::getPath, v -> v.render(Locale.FRENCH)).containsExactly(
        org.assertj.core.groups.Tuple.tuple("criteresDeCompletion[0].critere.criteres[0].briqueId",
            "« sensibilisaton » n'est pas une brique du cycle"),
        org.assertj.core.groups.Tuple.tuple("criteresDeCompletion[0].critere.criteres[1].seanceIds[1]",
            "« s9 » n'est pas une séance du cycle"),
        org.assertj.core.groups.Tuple.tuple("criteresDeCompletion[0].critere.criteres[2].livrableId",
            "« manifeste » n'est pas un livrable du cycle"),
        org.assertj.core.groups.Tuple.tuple("criteresDeCompletion[0].critere.criteres[3].beneficiaireIds[0]",
            "« p-lomme » n'est ni un participant ni une collectivité du cycle"));
    assertThat(RuleSet.defaults().validate(cycle).isValid()).as("the CLI exits 1, not 0").isFalse();
    assertThat(constats(Cycles.depuisValide().addCritereDeCompletion(critere(heures(0.5), Portee.PARTICIPANT)).build(),
        "reference.inconnue")).as("a criterion whose ids exist").isEmpty();
  }

  @Test
  void unePresenceAvantLaPriseDeSiegeEstUnConstatEtNeCompteAuxHeuresDePersonne() {
    Cycle cycle = Cycles.depuisValide()
        .participants(List.of(Participant.builder().id("p-mel").collectiviteId("mel").role(Role.ELU)
            .siege(Siege.builder().depuis(Datation.of(YearMonth.of(2022, 10))).build()).build()))
        .presences(List.of(
            Presence.builder().seanceId("s1").participantId("p-mel").statut(StatutDePresence.PRESENT).build(),
            Presence.builder().seanceId("s2").participantId("p-mel").statut(StatutDePresence.PRESENT).build()))
        .addCritereDeCompletion(critere(heures(0.5), Portee.PARTICIPANT, Portee.COLLECTIVITE))
        .build();
    assertThat(constats(cycle, "presence.hors-siege")).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("presences[0]");
      assertThat(v.render(Locale.ENGLISH)).isEqualTo("the attendance of \"p-mel\" at séance \"s1\" on 2022-09-26 is outside"
          + " their seat (2022-10 to …): it counts for nobody");
    });
    CompletionResult elle = evaluer(cycle).find(Portee.PARTICIPANT, "p-mel").orElseThrow();
    assertThat(elle.hoursAttended()).isEqualTo(Duration.ofHours(3));
    assertThat(elle.datesAttended()).containsExactly(LocalDate.of(2022, 10, 17));
    assertThat(evaluer(cycle).find(Portee.COLLECTIVITE, "mel").orElseThrow().hoursAttended()).isEqualTo(Duration.ofHours(3));
    assertThat(constats(Cycles.valide(), "presence.hors-siege")).as("a participant without a seat").isEmpty();
  }

  @Test
  void uneSuccesseuseNEstCertifieeQueDeSaPropreSeance() {
    Cycle cycle = Cycles.depuisValide()
        .participants(List.of(
            Participant.builder().id("ancienne").collectiviteId("cahc").role(Role.TECHNICIEN)
                .siege(Siege.builder().jusquA(Datation.of(LocalDate.of(2022, 10, 1))).build()).build(),
            Participant.builder().id("nouvelle").collectiviteId("cahc").role(Role.TECHNICIEN)
                .siege(Siege.builder().depuis(Datation.of(LocalDate.of(2022, 10, 2))).predecesseurId("ancienne").build())
                .build()))
        .presences(List.of(
            Presence.builder().seanceId("s1").participantId("ancienne").statut(StatutDePresence.PRESENT).build(),
            Presence.builder().seanceId("s2").participantId("nouvelle").statut(StatutDePresence.PRESENT).build()))
        .addCritereDeCompletion(critere(heures(1), Portee.PARTICIPANT, Portee.COLLECTIVITE))
        .build();
    CompletionReport report = evaluer(cycle);
    CompletionResult nouvelle = report.find(Portee.PARTICIPANT, "nouvelle").orElseThrow();
    assertThat(nouvelle.hoursAttended()).as("her own séance").isEqualTo(Duration.ofHours(3));
    assertThat(nouvelle.status()).isEqualTo(CompletionStatus.NON_TERMINE);
    CompletionResult siege = report.find(Portee.COLLECTIVITE, "cahc").orElseThrow();
    assertThat(siege.hoursAttended()).as("the seat through both").isEqualTo(Duration.ofHours(6));
    assertThat(siege.status()).isEqualTo(CompletionStatus.TERMINE);
  }

  @Test
  void aucunCritereNeSAppliqueEstUnStatutASoi() {
    Cycle sansCritere = Cycles.valide();
    assertThat(evaluer(sansCritere).getResults()).isNotEmpty().allMatch(r -> r.status() == CompletionStatus.SANS_CRITERE);
    Cycle pourLesCollectivites = Cycles.depuisValide().addCritereDeCompletion(critere(heures(0.5), Portee.COLLECTIVITE)).build();
    assertThat(evaluer(pourLesCollectivites).getParticipants()).allMatch(r -> r.status() == CompletionStatus.SANS_CRITERE);
    assertThat(evaluer(pourLesCollectivites).find(Portee.COLLECTIVITE, "mel").orElseThrow().status())
        .isEqualTo(CompletionStatus.TERMINE);
  }

  @Test
  void sixCentsMinutesAUneSeanceDeTroisHeuresSontUnConstatEtNeComptentPas() {
    Cycle cycle = Cycles.depuisValide()
        .presences(List.of(Presence.builder().seanceId("s1").participantId("p-mel")
            .statut(StatutDePresence.PARTIELLEMENT_PRESENT).minutesPresentes(600).build()))
        .addCritereDeCompletion(critere(heures(0.5), Portee.PARTICIPANT))
        .build();
    assertThat(constats(cycle, "presence.duree")).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("presences[0].minutesPresentes");
      assertThat(v.render(Locale.FRENCH)).isEqualTo("l'émargement de « p-mel » à la séance « s1 » compte 600 minutes, plus que"
          + " les 180 de la séance : il ne compte pour personne");
    });
    CompletionResult mel = evaluer(cycle).find(Portee.PARTICIPANT, "p-mel").orElseThrow();
    assertThat(mel.hoursAttended()).isEqualTo(Duration.ZERO);
    assertThat(mel.status()).isEqualTo(CompletionStatus.NON_TERMINE);
  }

  @Test
  void unePresencePartielleEnMinutesCompteSaPartExacte() {
    Cycle cycle = Cycles.depuisValide()
        .presences(List.of(Presence.builder().seanceId("s1").participantId("p-mel")
            .statut(StatutDePresence.PARTIELLEMENT_PRESENT).minutesPresentes(180).build(),
            Presence.builder().seanceId("s2").participantId("p-mel")
            .statut(StatutDePresence.PARTIELLEMENT_PRESENT).minutesPresentes(90).build()))
        .addCritereDeCompletion(critere(heures(0.75), Portee.PARTICIPANT))
        .build();
    assertThat(constats(cycle, "presence.duree")).as("180 minutes are the séance's whole length").isEmpty();
    CompletionResult mel = evaluer(cycle).find(Portee.PARTICIPANT, "p-mel").orElseThrow();
    assertThat(mel.hoursAttended()).isEqualTo(Duration.ofMinutes(270));
    assertThat(mel.criteria().get(0).result().getMeasure().orElseThrow().attended()).isEqualTo(4.5);
    assertThat(mel.status()).as("4.5 h of 6 h is 75 %").isEqualTo(CompletionStatus.TERMINE);
  }

  @Test
  void uneDemiJourneeSurDeuxCompteLaMoitieDeLaSeance() {
    Cycle cycle = Cycles.depuisValide()
        .presences(List.of(Presence.ofDemiJournees("s1", "p-mel", StatutDePresence.PRESENT, StatutDePresence.ABSENT),
            Presence.ofDemiJournees("s2", "p-mel", StatutDePresence.ABSENT, StatutDePresence.PRESENT)))
        .addCritereDeCompletion(critere(heures(0.5), Portee.PARTICIPANT))
        .build();
    CompletionResult mel = evaluer(cycle).find(Portee.PARTICIPANT, "p-mel").orElseThrow();
    assertThat(mel.hoursAttended()).isEqualTo(Duration.ofMinutes(180));
    assertThat(mel.datesAttended()).containsExactly(LocalDate.of(2022, 9, 26), LocalDate.of(2022, 10, 17));
    assertThat(mel.status()).isEqualTo(CompletionStatus.TERMINE);
    assertThat(Presence.ofDemiJournees("s1", "p", StatutDePresence.PRESENT, StatutDePresence.ABSENT).getDemiJournees())
        .containsEntry(DemiJournee.MATIN, StatutDePresence.PRESENT);
  }
}
