package io.github.plateformcoop.programme.rules.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.Experimentation;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Livrable;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.NatureDeLivrable;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.StadeDExperimentation;
import io.github.plateformcoop.programme.model.StatutDeLivrable;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.AuMoinsNDe;
import io.github.plateformcoop.programme.model.completion.AuMoinsUnDe;
import io.github.plateformcoop.programme.model.completion.Critere;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Dispense;
import io.github.plateformcoop.programme.model.completion.ExperimentationAuStade;
import io.github.plateformcoop.programme.model.completion.LivrableRemis;
import io.github.plateformcoop.programme.model.completion.MotifDeDispense;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.Representation;
import io.github.plateformcoop.programme.model.completion.SeancesObligatoires;
import io.github.plateformcoop.programme.model.completion.TraitementDesExcuses;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.rules.Cycles;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Completion on a small made-up cycle: four 3-hour séances, three one-day ateliers (the last not
 * dated), the MEL represented by an élu and a technicien, the CAHC by an officer who left on
 * 12 October 2022 and the one who took her seat on the 13th.
 */
class CompletionTest {

  private static final LocalDate FIN_DECEMBRE = LocalDate.of(2022, 12, 31);

  private static Seance seance(String id, LocalDate date, boolean horaires) {
    Seance.Builder b = Seance.builder();
    b.id(id).date(date);
    if (horaires) {
      b.debut(LocalTime.of(9, 0)).fin(LocalTime.of(12, 0));
    }
    return b.build();
  }

  private static Presence p(String participant, String seance, StatutDePresence statut) {
    return Presence.builder().participantId(participant).seanceId(seance).statut(statut).build();
  }

  static Cycle cycle() {
    ModeleDeCycle modele = ModeleDeCycle.builder().from(Cycles.modele())
        .briques(List.of(
            ModeleDeBrique.builder().id("sensibilisation").type(TypeDeBrique.SENSIBILISATION).intitule("Sensibilisation")
                .nombreDeSeances(4).format(FormatDeSeance.of(Duration.ofHours(3))).build(),
            ModeleDeBrique.builder().id("ateliers").type(TypeDeBrique.EXPERIMENTATION).intitule("Ateliers")
                .nombreDeSeances(3).format(FormatDeSeance.ofJourneeEntiere()).build()))
        .build();
    return Cycles.depuisValide()
        .modele(modele)
        .briques(List.of(
            Brique.builder().id("sensibilisation").periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2022, 10), YearMonth.of(2022, 10)))
                .addSeances(seance("s1", LocalDate.of(2022, 10, 3), true), seance("s2", LocalDate.of(2022, 10, 10), true),
                    seance("s3", LocalDate.of(2022, 10, 17), true), seance("s4", LocalDate.of(2022, 10, 24), true))
                .build(),
            Brique.builder().id("ateliers").periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2022, 11), YearMonth.of(2023, 1)))
                .addSeances(seance("a1", LocalDate.of(2022, 11, 7), false), seance("a2", LocalDate.of(2022, 12, 5), false),
                    Seance.builder().id("a3").build())
                .build()))
        .participants(List.of(
            Participant.builder().id("elu-mel").collectiviteId("mel").role(Role.ELU).build(),
            Participant.builder().id("tech-mel").collectiviteId("mel").role(Role.TECHNICIEN).build(),
            Participant.builder().id("ancien-cahc").collectiviteId("cahc").role(Role.TECHNICIEN)
                .siege(Siege.builder().jusquA(Datation.of(LocalDate.of(2022, 10, 12))).build()).build(),
            Participant.builder().id("cahc-ess").collectiviteId("cahc").role(Role.TECHNICIEN)
                .siege(Siege.builder().depuis(Datation.of(LocalDate.of(2022, 10, 13))).predecesseurId("ancien-cahc").build())
                .build()))
        .presences(List.of(
            p("elu-mel", "s1", StatutDePresence.PRESENT), p("elu-mel", "s2", StatutDePresence.ABSENT),
            p("elu-mel", "s3", StatutDePresence.EXCUSE), p("elu-mel", "s4", StatutDePresence.PRESENT),
            Presence.ofDemiJournees("a1", "elu-mel", StatutDePresence.PRESENT, StatutDePresence.ABSENT),
            p("elu-mel", "a2", StatutDePresence.PRESENT),
            p("tech-mel", "s1", StatutDePresence.PRESENT), p("tech-mel", "s2", StatutDePresence.PRESENT),
            p("tech-mel", "s3", StatutDePresence.PRESENT),
            Presence.builder().participantId("tech-mel").seanceId("s4").statut(StatutDePresence.PARTIELLEMENT_PRESENT)
                .minutesPresentes(90).build(),
            p("tech-mel", "a1", StatutDePresence.PRESENT), p("tech-mel", "a2", StatutDePresence.ABSENT),
            p("ancien-cahc", "s1", StatutDePresence.PRESENT), p("ancien-cahc", "s2", StatutDePresence.PRESENT),
            p("cahc-ess", "s3", StatutDePresence.PRESENT), p("cahc-ess", "s4", StatutDePresence.PRESENT),
            p("cahc-ess", "a1", StatutDePresence.EXCUSE), p("cahc-ess", "a2", StatutDePresence.PRESENT)))
        .addLivrable(Livrable.builder().id("manifeste").nature(NatureDeLivrable.MANIFESTE).intitule("Manifeste")
            .statut(StatutDeLivrable.REMIS).remisLe(LocalDate.of(2022, 12, 1)).addCollectiviteId("mel").build())
        .addExperimentation(Experimentation.builder().id("x").intitule("Plateforme alimentaire").addCollectiviteId("cahc")
            .stade(StadeDExperimentation.EN_COURS).build())
        .build();
  }

  private static CritereDeCompletion nomme(Critere critere, Portee... portees) {
    return CritereDeCompletion.builder().id("c").intitule("critère").addPortees(portees).critere(critere).build();
  }

  private static CriterionResult resultat(Critere critere, Portee portee, String sujet, LocalDate auJour) {
    return CompletionEvaluator.builder().criteria(List.of(nomme(critere, portee))).build()
        .evaluate(cycle(), auJour).find(portee, sujet).orElseThrow().criteria().get(0).result();
  }

  private static CriterionResult participant(Critere critere, String sujet) {
    return resultat(critere, Portee.PARTICIPANT, sujet, FIN_DECEMBRE);
  }

  private static Assiduite heures(double ratio, TraitementDesExcuses excuses) {
    return Assiduite.builder().briqueId("sensibilisation").unite(Unite.HEURES).ratioMinimal(ratio).excuses(excuses).build();
  }

  @Test
  void assiduiteEnHeuresLesExcusesExclues() {
    CriterionResult r = participant(heures(0.75, TraitementDesExcuses.EXCLUES), "elu-mel");
    Measure m = r.getMeasure().orElseThrow();
    assertThat(m.attended()).isEqualTo(6.0);
    assertThat(m.held()).isEqualTo(9.0);
    assertThat(m.planned()).isEqualTo(9.0);
    assertThat(m.required()).isCloseTo(6.75, within(1e-9));
    assertThat(r.isMet()).isFalse();
    assertThat(r.isReachable()).as("every séance is held: nothing left to catch up").isFalse();
    assertThat(fr(r.getDetail())).isEqualTo("6 h sur 9 h tenues (66,7 %), sur 9 h planifiées, 6,8 h requises");
  }

  @Test
  void lesExcusesCompteesPresentesOuAbsentes() {
    CriterionResult presentes = participant(heures(0.75, TraitementDesExcuses.PRESENTES), "elu-mel");
    assertThat(presentes.getMeasure().orElseThrow().attended()).isEqualTo(9.0);
    assertThat(presentes.getMeasure().orElseThrow().held()).isEqualTo(12.0);
    assertThat(presentes.isMet()).isTrue();
    CriterionResult absentes = participant(heures(0.75, TraitementDesExcuses.ABSENTES), "elu-mel");
    assertThat(absentes.getMeasure().orElseThrow().attended()).isEqualTo(6.0);
    assertThat(absentes.getMeasure().orElseThrow().held()).isEqualTo(12.0);
    assertThat(absentes.isMet()).isFalse();
  }

  @Test
  void desAbsencesToleresSansPenalite() {
    Assiduite tolerante = Assiduite.builder().from(heures(0.75, TraitementDesExcuses.EXCLUES)).absencesTolerees(1).build();
    CriterionResult r = participant(tolerante, "elu-mel");
    assertThat(r.getMeasure().orElseThrow().attended()).isEqualTo(9.0);
    assertThat(r.isMet()).isTrue();
  }

  @Test
  void unePresencePartielleCompteSaPart() {
    CriterionResult minutes = participant(heures(0.75, TraitementDesExcuses.EXCLUES), "tech-mel");
    assertThat(minutes.getMeasure().orElseThrow().attended()).isEqualTo(10.5);
    assertThat(minutes.isMet()).isTrue();
    CriterionResult demiJournees = participant(Assiduite.ofMinimum("ateliers", Unite.SEANCES, 2), "elu-mel");
    assertThat(demiJournees.getMeasure().orElseThrow().attended()).isEqualTo(1.5);
    assertThat(demiJournees.getMeasure().orElseThrow().held()).isEqualTo(2.0);
    assertThat(demiJournees.getMeasure().orElseThrow().planned()).isEqualTo(3.0);
    assertThat(demiJournees.isMet()).isFalse();
    assertThat(demiJournees.isReachable()).as("a3 is still to hold").isTrue();
    assertThat(fr(demiJournees.getDetail())).isEqualTo("1,5/2 séances tenues (75 %), 1,5/3 planifiées, 2 requises");
  }

  /**
   * A successor's own bilan counts her own attendance only: s3 and s4, not her predecessor's s1
   * and s2. The seat, that is the collectivité, runs on through both.
   */
  @Test
  void unSiegeOccupeEnSuccessionCompteLaCollectiviteEtChacuneDeSaPresence() {
    Assiduite critere = heures(0.75, TraitementDesExcuses.EXCLUES);
    CriterionResult elle = participant(critere, "cahc-ess");
    assertThat(elle.getMeasure().orElseThrow().attended()).as("her own s3 and s4, not s1 and s2").isEqualTo(6.0);
    assertThat(elle.isMet()).isFalse();
    assertThat(participant(critere, "ancien-cahc").getMeasure().orElseThrow().attended()).isEqualTo(6.0);
    assertThat(participant(critere, "ancien-cahc").isMet()).as("she left before s3").isFalse();
    CriterionResult siege = resultat(critere, Portee.COLLECTIVITE, "cahc", FIN_DECEMBRE);
    assertThat(siege.getMeasure().orElseThrow().attended()).as("the seat: s1, s2 by one, s3, s4 by the other").isEqualTo(12.0);
    assertThat(siege.isMet()).isTrue();
  }

  @Test
  void uneArriveeEnCoursDeCycleMesureeDepuisLArrivee() {
    Assiduite depuisLArrivee = Assiduite.builder().from(heures(0.75, TraitementDesExcuses.EXCLUES)).depuisLArrivee(true).build();
    Measure m = participant(depuisLArrivee, "cahc-ess").getMeasure().orElseThrow();
    assertThat(m.held()).isEqualTo(6.0);
    assertThat(m.attended()).isEqualTo(6.0);
    Measure ancienne = participant(depuisLArrivee, "ancien-cahc").getMeasure().orElseThrow();
    assertThat(ancienne.held()).as("measured over her seat only").isEqualTo(6.0);
    assertThat(ancienne.attended()).isEqualTo(6.0);
  }

  @Test
  void uneArriveeSansPredecesseurNeProfiteDeRien() {
    Cycle sansLien = Cycle.builder().from(cycle()).participants(cycle().getParticipants().stream()
        .map(p -> p.getId().equals("cahc-ess")
            ? (Participant) Participant.builder().from(p).siege(Siege.builder().depuis(Datation.of(LocalDate.of(2022, 10, 13))).build()).build()
            : p).toList()).build();
    CriterionResult r = CompletionEvaluator.builder()
        .criteria(List.of(nomme(heures(0.75, TraitementDesExcuses.EXCLUES), Portee.PARTICIPANT))).build()
        .evaluate(sansLien, FIN_DECEMBRE).find(Portee.PARTICIPANT, "cahc-ess").orElseThrow().criteria().get(0).result();
    assertThat(r.getMeasure().orElseThrow().attended()).isEqualTo(6.0);
    assertThat(r.isMet()).isFalse();
  }

  @Test
  void uneCollectiviteParUnRepresentantOuParUnBinome() {
    Assiduite unRepresentant = heures(0.75, TraitementDesExcuses.EXCLUES);
    CriterionResult mel = resultat(unRepresentant, Portee.COLLECTIVITE, "mel", FIN_DECEMBRE);
    assertThat(mel.getMeasure().orElseThrow().attended()).isEqualTo(12.0);
    assertThat(mel.isMet()).isTrue();
    Assiduite binome = Assiduite.builder().from(unRepresentant).representation(Representation.BINOME_ELU_TECHNICIEN).build();
    CriterionResult enBinome = resultat(binome, Portee.COLLECTIVITE, "mel", FIN_DECEMBRE);
    assertThat(enBinome.getMeasure().orElseThrow().attended()).isEqualTo(4.5);
    assertThat(enBinome.getMeasure().orElseThrow().held()).as("s3: the élu excused, left out").isEqualTo(9.0);
    assertThat(enBinome.isMet()).isFalse();
    CriterionResult cahc = resultat(unRepresentant, Portee.COLLECTIVITE, "cahc", FIN_DECEMBRE);
    assertThat(cahc.getMeasure().orElseThrow().attended()).as("the seat's two holders together").isEqualTo(12.0);
  }

  @Test
  void desSeancesObligatoires() {
    SeancesObligatoires s1EtA3 = SeancesObligatoires.builder().addSeanceIds("s1", "a3").build();
    CriterionResult enAttente = participant(s1EtA3, "elu-mel");
    assertThat(enAttente.isMet()).isFalse();
    assertThat(enAttente.isReachable()).isTrue();
    assertThat(fr(enAttente.getDetail())).isEqualTo("1/2 suivies");
    CriterionResult manquee = participant(SeancesObligatoires.builder().addSeanceId("s2").build(), "elu-mel");
    assertThat(manquee.isReachable()).isFalse();
    assertThat(fr(manquee.getDetail())).isEqualTo("0/1 suivies ; manquées ou inconnues : s2");
    assertThat(participant(SeancesObligatoires.builder().addSeanceId("s2").build(), "tech-mel").isMet()).isTrue();
  }

  @Test
  void unLivrableRemis() {
    assertThat(participant(LivrableRemis.of("manifeste"), "elu-mel").isMet()).isTrue();
    assertThat(fr(participant(LivrableRemis.of("manifeste"), "elu-mel").getDetail())).isEqualTo("remis le 2022-12-01");
    CriterionResult avant = resultat(LivrableRemis.of("manifeste"), Portee.PARTICIPANT, "elu-mel", LocalDate.of(2022, 11, 30));
    assertThat(avant.isMet()).isFalse();
    assertThat(avant.isReachable()).isTrue();
    CriterionResult pasAuteur = participant(LivrableRemis.of("manifeste"), "cahc-ess");
    assertThat(pasAuteur.isMet()).isFalse();
    assertThat(pasAuteur.isReachable()).isFalse();
  }

  @Test
  void uneExperimentationAUnStade() {
    assertThat(resultat(ExperimentationAuStade.of(StadeDExperimentation.EN_CONCEPTION), Portee.COLLECTIVITE, "cahc", FIN_DECEMBRE)
        .isMet()).isTrue();
    assertThat(participant(ExperimentationAuStade.of(StadeDExperimentation.EVALUEE), "cahc-ess").isMet()).isFalse();
    CriterionResult mel = resultat(ExperimentationAuStade.of(StadeDExperimentation.ENVISAGEE), Portee.COLLECTIVITE, "mel", FIN_DECEMBRE);
    assertThat(mel.isMet()).isFalse();
    assertThat(mel.isReachable()).isTrue();
  }

  @Test
  void uneDispenseAvecSonMotif() {
    Critere avecDispense = AuMoinsUnDe.of(heures(0.75, TraitementDesExcuses.EXCLUES),
        Dispense.builder().motif(MotifDeDispense.ACTIVITE_EQUIVALENTE).addBeneficiaireId("elu-mel")
            .justification("parcours suivi avec le RTES").build());
    CriterionResult r = participant(avecDispense, "elu-mel");
    assertThat(r.isMet()).isTrue();
    assertThat(r.getChildren().get(1).getLabel().render(Locale.FRENCH)).isEqualTo("dispense (activité équivalente)");
    assertThat(fr(r.getChildren().get(1).getDetail())).isEqualTo("parcours suivi avec le RTES");
    assertThat(participant(avecDispense, "ancien-cahc").isMet()).isFalse();
  }

  @Test
  void tousUnAuMoinsN() {
    Critere deuxSurTrois = AuMoinsNDe.of(2, LivrableRemis.of("manifeste"),
        ExperimentationAuStade.of(StadeDExperimentation.ENVISAGEE), SeancesObligatoires.builder().addSeanceId("s1").build());
    CriterionResult r = participant(deuxSurTrois, "elu-mel");
    assertThat(r.isMet()).isTrue();
    assertThat(fr(r.getDetail())).isEqualTo("2 satisfait(s)");
    assertThat(participant(AuMoinsNDe.of(3, LivrableRemis.of("manifeste"),
        ExperimentationAuStade.of(StadeDExperimentation.ENVISAGEE), SeancesObligatoires.builder().addSeanceId("s1").build()),
        "elu-mel").isMet()).isFalse();
  }

  @Test
  void leStatutAuFilDesDates() {
    CompletionEvaluator evaluateur = CompletionEvaluator.builder().criteria(List.of(Cycles.PLATEFORMCOOP))
        .build();
    Cycle cycle = Cycle.builder().from(cycle()).modele(ModeleDeCycle.builder().from(cycle().getModele())
        .briques(List.of(cycle().getModele().getBriques().get(0),
            ModeleDeBrique.builder().from(cycle().getModele().getBriques().get(1)).id("experimentation").build())).build())
        .briques(List.of(cycle().getBriques().get(0),
            Brique.builder().from(cycle().getBriques().get(1)).id("experimentation").build()))
        .build();
    assertThat(evaluateur.evaluate(cycle, LocalDate.of(2022, 9, 30)).getResults())
        .allMatch(b -> b.status() == CompletionStatus.NON_COMMENCE);
    CompletionReport decembre = evaluateur.evaluate(cycle, FIN_DECEMBRE);
    assertThat(decembre.isCycleOver()).isFalse();
    assertThat(decembre.find(Portee.PARTICIPANT, "elu-mel").orElseThrow().status()).isEqualTo(CompletionStatus.EN_COURS);
    assertThat(decembre.find(Portee.COLLECTIVITE, "mel").orElseThrow().status()).isEqualTo(CompletionStatus.TERMINE);
    assertThat(decembre.find(Portee.PARTICIPANT, "elu-mel").orElseThrow().alerts()).extracting(a -> a.render(Locale.FRENCH)).containsExactly(
        "le critère « 75 % des heures de sensibilisation et 2 ateliers sur 3 » ne peut plus être atteint",
        "assiduité de 66,7 % des séances tenues, sous le seuil de 75 % : au moins 75 % des heures de « sensibilisation »");
    CompletionReport fevrier = evaluateur.evaluate(cycle, LocalDate.of(2023, 2, 1));
    assertThat(fevrier.isCycleOver()).isTrue();
    assertThat(fevrier.find(Portee.PARTICIPANT, "elu-mel").orElseThrow().status()).isEqualTo(CompletionStatus.NON_TERMINE);
    assertThat(fevrier.find(Portee.PARTICIPANT, "elu-mel").orElseThrow().alerts()).noneMatch(a -> a.render(Locale.FRENCH).startsWith("assiduité"));
    assertThat(fevrier.getCollectivites()).extracting(CompletionResult::subjectId).containsExactly("mel", "lomme", "cahc", "libercourt");
    assertThat(fevrier.getParticipants()).hasSize(4);
  }

  @Test
  void uneAlerteDAssiduiteFaibleAvantLaFin() {
    CompletionEvaluator evaluateur = CompletionEvaluator.builder()
        .criteria(List.of(nomme(heures(0.5, TraitementDesExcuses.EXCLUES), Portee.PARTICIPANT))).build();
    CompletionResult debut = evaluateur.evaluate(cycle(), LocalDate.of(2022, 10, 10)).find(Portee.PARTICIPANT, "elu-mel").orElseThrow();
    assertThat(debut.alerts()).extracting(a -> a.render(Locale.FRENCH)).containsExactly(
        "assiduité de 50 % des séances tenues, sous le seuil de 75 % : au moins 50 % des heures de « sensibilisation »");
    CompletionResult seuilBas = CompletionEvaluator.builder().alertThreshold(0.4)
        .criteria(List.of(nomme(heures(0.5, TraitementDesExcuses.EXCLUES), Portee.PARTICIPANT))).build()
        .evaluate(cycle(), LocalDate.of(2022, 10, 10)).find(Portee.PARTICIPANT, "elu-mel").orElseThrow();
    assertThat(seuilBas.alerts()).isEmpty();
    assertThat(debut.alerts()).as("the same alert, rendered in English").extracting(a -> a.render(Locale.UK)).containsExactly(
        "attendance of 50% of the séances held, under the threshold of 75%: at least 50% of the hours of \"sensibilisation\"");
  }

  @Test
  void leBilanPourUnCertificatDeRealisation() {
    CompletionResult bilan = CompletionEvaluator.builder().criteria(List.of()).build()
        .evaluate(cycle(), FIN_DECEMBRE).find(Portee.PARTICIPANT, "elu-mel").orElseThrow();
    assertThat(bilan.hoursAttended()).isEqualTo(Duration.ofMinutes(16 * 60 + 30));
    assertThat(bilan.datesAttended()).containsExactly(LocalDate.of(2022, 10, 3), LocalDate.of(2022, 10, 24),
        LocalDate.of(2022, 11, 7), LocalDate.of(2022, 12, 5));
    assertThat(bilan.firstDate()).contains(LocalDate.of(2022, 10, 3));
    assertThat(bilan.lastDate()).contains(LocalDate.of(2022, 12, 5));
  }

  @Test
  void leCritereParDefautEstMarqueCommeUnChoix() {
    assertThat(Cycles.PLATEFORMCOOP.getProvenance()).hasValueSatisfying(p -> assertThat(p.isInferred()).isTrue());
    assertThat(Cycles.PLATEFORMCOOP.getPortees()).containsExactlyInAnyOrder(Portee.PARTICIPANT, Portee.COLLECTIVITE);
  }

  @Test
  void lesCriteresDuCycleParDefaut() {
    Cycle avecCriteres = Cycle.builder().from(cycle())
        .addCritereDeCompletion(nomme(LivrableRemis.of("manifeste"), Portee.COLLECTIVITE)).build();
    CompletionReport evaluation = CompletionEvaluator.defaults().evaluate(avecCriteres, FIN_DECEMBRE);
    assertThat(evaluation.find(Portee.COLLECTIVITE, "mel").orElseThrow().status()).isEqualTo(CompletionStatus.TERMINE);
    assertThat(evaluation.find(Portee.PARTICIPANT, "elu-mel").orElseThrow().criteria()).as("not for participants").isEmpty();
  }

  /** What decided a result, in French, or nothing. */
  private static String fr(java.util.Optional<io.github.plateformcoop.programme.model.message.Message> detail) {
    return detail.map(d -> d.render(Locale.FRENCH)).orElse("");
  }
}
