package io.github.plateformcoop.programme.rules.completion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.AuMoinsNDe;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.SeancesObligatoires;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.rules.Cycles;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Completion at its edges, each on both sides. The cycle of {@link Cycles#valide()} has two
 * séances of three hours, s1 on 2022-09-26 and s2 on 2022-10-17; p-mel attended s1.
 */
class CompletionAuxBordsTest {

  private static final LocalDate APRES = LocalDate.of(2023, 7, 1);

  private static CritereDeCompletion critere(io.github.plateformcoop.programme.model.completion.Critere critere) {
    return CritereDeCompletion.builder().id("c").intitule("critère").addPortees(Portee.PARTICIPANT).critere(critere).build();
  }

  private static Cycle avecModele(int seances, FormatDeSeance format) {
    ModeleDeCycle modele = ModeleDeCycle.builder().from(Cycles.modele()).briques(List.of(
        ModeleDeBrique.builder().from(Cycles.modele().getBriques().get(0)).nombreDeSeances(seances).format(format).build()))
        .build();
    return Cycles.depuisValide().modele(modele).build();
  }

  private static Measure mesure(Cycle cycle, Assiduite assiduite, LocalDate auJour) {
    return CompletionEvaluator.builder().criteria(List.of(critere(assiduite))).build().evaluate(cycle, auJour)
        .find(Portee.PARTICIPANT, "p-mel").orElseThrow().criteria().get(0).result().getMeasure().orElseThrow();
  }

  /** Séances a brique announces but does not list yet count as planned, at the format's length. */
  @Test
  void lesSeancesAnnonceesNonListeesComptentALaLongueurDuFormat() {
    Measure heures = mesure(avecModele(4, FormatDeSeance.of(Duration.ofHours(3))), Assiduite.ofRatio("sensibilisation",
        Unite.HEURES, 0.5), APRES);
    assertThat(heures.planned()).as("2 listed and 2 announced, 3 h each").isEqualTo(12.0);
    assertThat(heures.held()).isEqualTo(6.0);
    assertThat(heures.attended()).isEqualTo(3.0);
    Measure journee = mesure(avecModele(3, FormatDeSeance.of(Duration.ofHours(24))),
        Assiduite.ofRatio("sensibilisation", Unite.HEURES, 0.5), APRES);
    assertThat(journee.planned()).as("a format of exactly a day counts a day, listed séances without hours too")
        .isEqualTo(3 * 24.0);
    Measure trop = mesure(avecModele(3, FormatDeSeance.of(Duration.ofHours(25))),
        Assiduite.ofRatio("sensibilisation", Unite.HEURES, 0.5), APRES);
    assertThat(trop.planned()).as("a format the constraints refuse counts a day's length, 7 h").isEqualTo(3 * 7.0);
  }

  /** The first absences the criterion tolerates count as attended, and only those. */
  @Test
  void lesAbsencesTolerees() {
    Cycle deuxAbsences = Cycles.depuisValide().presences(List.of()).build();
    Assiduite uneToleree = Assiduite.builder().from(Assiduite.ofMinimum("sensibilisation", Unite.SEANCES, 2))
        .absencesTolerees(1).build();
    assertThat(mesure(deuxAbsences, uneToleree, APRES).attended()).isEqualTo(1.0);
    Assiduite deuxTolerees = Assiduite.builder().from(uneToleree).absencesTolerees(2).build();
    assertThat(mesure(deuxAbsences, deuxTolerees, APRES).attended()).isEqualTo(2.0);
    assertThat(mesure(deuxAbsences, Assiduite.ofMinimum("sensibilisation", Unite.SEANCES, 2), APRES).attended()).isZero();
    Assiduite troisTolerees = Assiduite.builder().from(uneToleree).absencesTolerees(3).build();
    assertThat(mesure(deuxAbsences, troisTolerees, APRES).attended()).as("no more than the absences").isEqualTo(2.0);
  }

  /** A warning under the alert threshold, strictly, and none before anything is held. */
  @Test
  void lAlerteDAssiduite() {
    Cycle cycle = Cycles.depuisValide().addCritereDeCompletion(critere(Assiduite.ofRatio("sensibilisation", Unite.SEANCES,
        0.5))).build();
    LocalDate enCours = LocalDate.of(2022, 11, 1);
    assertThat(CompletionEvaluator.builder().alertThreshold(0.5).build().evaluate(cycle, enCours)
        .find(Portee.PARTICIPANT, "p-mel").orElseThrow().alerts()).as("1 of 2 held: exactly the threshold").isEmpty();
    assertThat(CompletionEvaluator.builder().alertThreshold(0.51).build().evaluate(cycle, enCours)
        .find(Portee.PARTICIPANT, "p-mel").orElseThrow().alerts()).as("just under it").hasSize(1);
    assertThat(CompletionEvaluator.builder().alertThreshold(1).build().evaluate(cycle, LocalDate.of(2022, 9, 1))
        .find(Portee.PARTICIPANT, "p-mel").orElseThrow().alerts()).as("nothing held yet").isEmpty();
  }

  /** At least n of: exactly n met is enough; n − 1 is not. */
  @Test
  void auMoinsNDeExactement() {
    AuMoinsNDe deuxDeTrois = AuMoinsNDe.of(2, SeancesObligatoires.builder().addSeanceId("s1").build(),
        SeancesObligatoires.builder().addSeanceId("s2").build(), Assiduite.ofMinimum("sensibilisation", Unite.SEANCES, 1));
    Cycle cycle = Cycles.depuisValide().addCritereDeCompletion(critere(deuxDeTrois)).build();
    CompletionResult mel = CompletionEvaluator.defaults().evaluate(cycle, APRES).find(Portee.PARTICIPANT, "p-mel")
        .orElseThrow();
    assertThat(mel.criteria().get(0).result().isMet()).as("s1 and one séance: 2 of 3").isTrue();
    assertThat(mel.status()).isEqualTo(CompletionStatus.TERMINE);
    AuMoinsNDe troisDeTrois = AuMoinsNDe.of(3, deuxDeTrois.getCriteres().toArray(
        new io.github.plateformcoop.programme.model.completion.Critere[0]));
    CompletionResult pas = CompletionEvaluator.defaults().evaluate(Cycles.depuisValide()
        .addCritereDeCompletion(critere(troisDeTrois)).build(), APRES).find(Portee.PARTICIPANT, "p-mel").orElseThrow();
    assertThat(pas.criteria().get(0).result().isMet()).isFalse();
    assertThat(pas.criteria().get(0).result().isReachable()).as("s2 is past and missed").isFalse();
    assertThat(pas.status()).isEqualTo(CompletionStatus.NON_TERMINE);
  }

  /** A partial presence counts its minutes over the séance's length, else its half-days, else one half. */
  @Test
  void unePresencePartielle() {
    Assiduite heures = Assiduite.ofRatio("sensibilisation", Unite.HEURES, 0.5);
    Cycle minutes = Cycles.depuisValide().presences(List.of(Presence.builder().seanceId("s1").participantId("p-mel")
        .statut(StatutDePresence.PARTIELLEMENT_PRESENT).minutesPresentes(45).build())).build();
    assertThat(mesure(minutes, heures, APRES).attended()).isEqualTo(0.75);
    Cycle moitie = Cycles.depuisValide().presences(List.of(Presence.builder().seanceId("s1").participantId("p-mel")
        .statut(StatutDePresence.PARTIELLEMENT_PRESENT).build())).build();
    assertThat(mesure(moitie, heures, APRES).attended()).isEqualTo(1.5);
    Cycle demiJournee = Cycles.depuisValide().presences(List.of(Presence.ofDemiJournees("s1", "p-mel",
        StatutDePresence.PRESENT, StatutDePresence.ABSENT))).build();
    assertThat(mesure(demiJournee, heures, APRES).attended()).isEqualTo(1.5);
  }
}
