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
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.StatutDeLivrable;
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
                .nombreDeSeances(4).format(FormatDeSeance.ofDuree(Duration.ofHours(3))).build(),
            ModeleDeBrique.builder().id("ateliers").type(TypeDeBrique.EXPERIMENTATION).intitule("Ateliers")
                .nombreDeSeances(3).format(FormatDeSeance.journee()).build()))
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
            Presence.parDemiJournee("a1", "elu-mel", StatutDePresence.PRESENT, StatutDePresence.ABSENT),
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

  private static ResultatDeCritere resultat(Critere critere, Portee portee, String sujet, LocalDate auJour) {
    return EvaluateurDeCompletion.builder().criteres(List.of(nomme(critere, portee))).build()
        .evaluer(cycle(), auJour).bilan(portee, sujet).orElseThrow().criteres().get(0).resultat();
  }

  private static ResultatDeCritere participant(Critere critere, String sujet) {
    return resultat(critere, Portee.PARTICIPANT, sujet, FIN_DECEMBRE);
  }

  private static Assiduite heures(double ratio, TraitementDesExcuses excuses) {
    return Assiduite.builder().briqueId("sensibilisation").unite(Unite.HEURES).ratioMinimal(ratio).excuses(excuses).build();
  }

  @Test
  void assiduiteEnHeuresLesExcusesExclues() {
    ResultatDeCritere r = participant(heures(0.75, TraitementDesExcuses.EXCLUES), "elu-mel");
    Mesure m = r.mesure().orElseThrow();
    assertThat(m.suivies()).isEqualTo(6.0);
    assertThat(m.tenues()).isEqualTo(9.0);
    assertThat(m.planifiees()).isEqualTo(9.0);
    assertThat(m.requises()).isCloseTo(6.75, within(1e-9));
    assertThat(r.satisfait()).isFalse();
    assertThat(r.atteignable()).as("every séance is held: nothing left to catch up").isFalse();
    assertThat(r.detail()).isEqualTo("6 h sur 9 h tenues (66,7 %), sur 9 h planifiées, 6,8 h requises");
  }

  @Test
  void lesExcusesCompteesPresentesOuAbsentes() {
    ResultatDeCritere presentes = participant(heures(0.75, TraitementDesExcuses.PRESENTES), "elu-mel");
    assertThat(presentes.mesure().orElseThrow().suivies()).isEqualTo(9.0);
    assertThat(presentes.mesure().orElseThrow().tenues()).isEqualTo(12.0);
    assertThat(presentes.satisfait()).isTrue();
    ResultatDeCritere absentes = participant(heures(0.75, TraitementDesExcuses.ABSENTES), "elu-mel");
    assertThat(absentes.mesure().orElseThrow().suivies()).isEqualTo(6.0);
    assertThat(absentes.mesure().orElseThrow().tenues()).isEqualTo(12.0);
    assertThat(absentes.satisfait()).isFalse();
  }

  @Test
  void desAbsencesToleresSansPenalite() {
    Assiduite tolerante = Assiduite.builder().from(heures(0.75, TraitementDesExcuses.EXCLUES)).absencesTolerees(1).build();
    ResultatDeCritere r = participant(tolerante, "elu-mel");
    assertThat(r.mesure().orElseThrow().suivies()).isEqualTo(9.0);
    assertThat(r.satisfait()).isTrue();
  }

  @Test
  void unePresencePartielleCompteSaPart() {
    ResultatDeCritere minutes = participant(heures(0.75, TraitementDesExcuses.EXCLUES), "tech-mel");
    assertThat(minutes.mesure().orElseThrow().suivies()).isEqualTo(10.5);
    assertThat(minutes.satisfait()).isTrue();
    ResultatDeCritere demiJournees = participant(Assiduite.minimum("ateliers", Unite.SEANCES, 2), "elu-mel");
    assertThat(demiJournees.mesure().orElseThrow().suivies()).isEqualTo(1.5);
    assertThat(demiJournees.mesure().orElseThrow().tenues()).isEqualTo(2.0);
    assertThat(demiJournees.mesure().orElseThrow().planifiees()).isEqualTo(3.0);
    assertThat(demiJournees.satisfait()).isFalse();
    assertThat(demiJournees.atteignable()).as("a3 is still to hold").isTrue();
    assertThat(demiJournees.detail()).isEqualTo("1,5/2 séances tenues (75 %), 1,5/3 planifiées, 2 requises");
  }

  @Test
  void unSiegeOccupeEnSuccession() {
    Assiduite critere = heures(0.75, TraitementDesExcuses.EXCLUES);
    assertThat(participant(critere, "cahc-ess").mesure().orElseThrow().suivies())
        .as("s1 and s2 attended by her predecessor").isEqualTo(12.0);
    assertThat(participant(critere, "cahc-ess").satisfait()).isTrue();
    assertThat(participant(critere, "ancien-cahc").satisfait()).as("she left before s3").isFalse();
  }

  @Test
  void uneArriveeEnCoursDeCycleMesureeDepuisLArrivee() {
    Assiduite depuisLArrivee = Assiduite.builder().from(heures(0.75, TraitementDesExcuses.EXCLUES)).depuisLArrivee(true).build();
    Mesure m = participant(depuisLArrivee, "cahc-ess").mesure().orElseThrow();
    assertThat(m.tenues()).isEqualTo(6.0);
    assertThat(m.suivies()).isEqualTo(6.0);
    Mesure ancienne = participant(depuisLArrivee, "ancien-cahc").mesure().orElseThrow();
    assertThat(ancienne.tenues()).as("measured over her seat only").isEqualTo(6.0);
    assertThat(ancienne.suivies()).isEqualTo(6.0);
  }

  @Test
  void uneArriveeSansPredecesseurNeProfiteDeRien() {
    Cycle sansLien = Cycle.builder().from(cycle()).participants(cycle().getParticipants().stream()
        .map(p -> p.getId().equals("cahc-ess")
            ? (Participant) Participant.builder().from(p).siege(Siege.builder().depuis(Datation.of(LocalDate.of(2022, 10, 13))).build()).build()
            : p).toList()).build();
    ResultatDeCritere r = EvaluateurDeCompletion.builder()
        .criteres(List.of(nomme(heures(0.75, TraitementDesExcuses.EXCLUES), Portee.PARTICIPANT))).build()
        .evaluer(sansLien, FIN_DECEMBRE).bilan(Portee.PARTICIPANT, "cahc-ess").orElseThrow().criteres().get(0).resultat();
    assertThat(r.mesure().orElseThrow().suivies()).isEqualTo(6.0);
    assertThat(r.satisfait()).isFalse();
  }

  @Test
  void uneCollectiviteParUnRepresentantOuParUnBinome() {
    Assiduite unRepresentant = heures(0.75, TraitementDesExcuses.EXCLUES);
    ResultatDeCritere mel = resultat(unRepresentant, Portee.COLLECTIVITE, "mel", FIN_DECEMBRE);
    assertThat(mel.mesure().orElseThrow().suivies()).isEqualTo(12.0);
    assertThat(mel.satisfait()).isTrue();
    Assiduite binome = Assiduite.builder().from(unRepresentant).representation(Representation.BINOME_ELU_TECHNICIEN).build();
    ResultatDeCritere enBinome = resultat(binome, Portee.COLLECTIVITE, "mel", FIN_DECEMBRE);
    assertThat(enBinome.mesure().orElseThrow().suivies()).isEqualTo(4.5);
    assertThat(enBinome.mesure().orElseThrow().tenues()).as("s3: the élu excused, left out").isEqualTo(9.0);
    assertThat(enBinome.satisfait()).isFalse();
    ResultatDeCritere cahc = resultat(unRepresentant, Portee.COLLECTIVITE, "cahc", FIN_DECEMBRE);
    assertThat(cahc.mesure().orElseThrow().suivies()).as("the seat's two holders together").isEqualTo(12.0);
  }

  @Test
  void desSeancesObligatoires() {
    SeancesObligatoires s1EtA3 = SeancesObligatoires.builder().addSeanceIds("s1", "a3").build();
    ResultatDeCritere enAttente = participant(s1EtA3, "elu-mel");
    assertThat(enAttente.satisfait()).isFalse();
    assertThat(enAttente.atteignable()).isTrue();
    assertThat(enAttente.detail()).isEqualTo("1/2 suivies");
    ResultatDeCritere manquee = participant(SeancesObligatoires.builder().addSeanceId("s2").build(), "elu-mel");
    assertThat(manquee.atteignable()).isFalse();
    assertThat(manquee.detail()).isEqualTo("0/1 suivies ; manquées ou inconnues : s2");
    assertThat(participant(SeancesObligatoires.builder().addSeanceId("s2").build(), "tech-mel").satisfait()).isTrue();
  }

  @Test
  void unLivrableRemis() {
    assertThat(participant(LivrableRemis.of("manifeste"), "elu-mel").satisfait()).isTrue();
    assertThat(participant(LivrableRemis.of("manifeste"), "elu-mel").detail()).isEqualTo("remis le 2022-12-01");
    ResultatDeCritere avant = resultat(LivrableRemis.of("manifeste"), Portee.PARTICIPANT, "elu-mel", LocalDate.of(2022, 11, 30));
    assertThat(avant.satisfait()).isFalse();
    assertThat(avant.atteignable()).isTrue();
    ResultatDeCritere pasAuteur = participant(LivrableRemis.of("manifeste"), "cahc-ess");
    assertThat(pasAuteur.satisfait()).isFalse();
    assertThat(pasAuteur.atteignable()).isFalse();
  }

  @Test
  void uneExperimentationAUnStade() {
    assertThat(resultat(ExperimentationAuStade.of(StadeDExperimentation.EN_CONCEPTION), Portee.COLLECTIVITE, "cahc", FIN_DECEMBRE)
        .satisfait()).isTrue();
    assertThat(participant(ExperimentationAuStade.of(StadeDExperimentation.EVALUEE), "cahc-ess").satisfait()).isFalse();
    ResultatDeCritere mel = resultat(ExperimentationAuStade.of(StadeDExperimentation.ENVISAGEE), Portee.COLLECTIVITE, "mel", FIN_DECEMBRE);
    assertThat(mel.satisfait()).isFalse();
    assertThat(mel.atteignable()).isTrue();
  }

  @Test
  void uneDispenseAvecSonMotif() {
    Critere avecDispense = AuMoinsUnDe.of(heures(0.75, TraitementDesExcuses.EXCLUES),
        Dispense.builder().motif(MotifDeDispense.ACTIVITE_EQUIVALENTE).addBeneficiaireId("elu-mel")
            .justification("parcours suivi avec le RTES").build());
    ResultatDeCritere r = participant(avecDispense, "elu-mel");
    assertThat(r.satisfait()).isTrue();
    assertThat(r.enfants().get(1).critere()).isEqualTo("dispense (activité équivalente)");
    assertThat(r.enfants().get(1).detail()).isEqualTo("parcours suivi avec le RTES");
    assertThat(participant(avecDispense, "ancien-cahc").satisfait()).isFalse();
  }

  @Test
  void tousUnAuMoinsN() {
    Critere deuxSurTrois = AuMoinsNDe.of(2, LivrableRemis.of("manifeste"),
        ExperimentationAuStade.of(StadeDExperimentation.ENVISAGEE), SeancesObligatoires.builder().addSeanceId("s1").build());
    ResultatDeCritere r = participant(deuxSurTrois, "elu-mel");
    assertThat(r.satisfait()).isTrue();
    assertThat(r.detail()).isEqualTo("2 satisfait(s)");
    assertThat(participant(AuMoinsNDe.of(3, LivrableRemis.of("manifeste"),
        ExperimentationAuStade.of(StadeDExperimentation.ENVISAGEE), SeancesObligatoires.builder().addSeanceId("s1").build()),
        "elu-mel").satisfait()).isFalse();
  }

  @Test
  void leStatutAuFilDesDates() {
    EvaluateurDeCompletion evaluateur = EvaluateurDeCompletion.builder().criteres(List.of(CriteresParDefaut.PLATEFORMCOOP))
        .build();
    Cycle cycle = Cycle.builder().from(cycle()).modele(ModeleDeCycle.builder().from(cycle().getModele())
        .briques(List.of(cycle().getModele().getBriques().get(0),
            ModeleDeBrique.builder().from(cycle().getModele().getBriques().get(1)).id("experimentation").build())).build())
        .briques(List.of(cycle().getBriques().get(0),
            Brique.builder().from(cycle().getBriques().get(1)).id("experimentation").build()))
        .build();
    assertThat(evaluateur.evaluer(cycle, LocalDate.of(2022, 9, 30)).bilans())
        .allMatch(b -> b.statut() == StatutDeCompletion.NON_COMMENCE);
    EvaluationDeCompletion decembre = evaluateur.evaluer(cycle, FIN_DECEMBRE);
    assertThat(decembre.termine()).isFalse();
    assertThat(decembre.bilan(Portee.PARTICIPANT, "elu-mel").orElseThrow().statut()).isEqualTo(StatutDeCompletion.EN_COURS);
    assertThat(decembre.bilan(Portee.COLLECTIVITE, "mel").orElseThrow().statut()).isEqualTo(StatutDeCompletion.TERMINE);
    assertThat(decembre.bilan(Portee.PARTICIPANT, "elu-mel").orElseThrow().alertes()).containsExactly(
        "le critère « 75 % des heures de sensibilisation et 2 ateliers sur 3 » ne peut plus être atteint",
        "assiduité de 66,7 % des séances tenues, sous le seuil de 75 % : au moins 75 % des heures de « sensibilisation »");
    EvaluationDeCompletion fevrier = evaluateur.evaluer(cycle, LocalDate.of(2023, 2, 1));
    assertThat(fevrier.termine()).isTrue();
    assertThat(fevrier.bilan(Portee.PARTICIPANT, "elu-mel").orElseThrow().statut()).isEqualTo(StatutDeCompletion.NON_TERMINE);
    assertThat(fevrier.bilan(Portee.PARTICIPANT, "elu-mel").orElseThrow().alertes()).noneMatch(a -> a.startsWith("assiduité"));
    assertThat(fevrier.collectivites()).extracting(BilanDeCompletion::sujetId).containsExactly("mel", "lomme", "cahc", "libercourt");
    assertThat(fevrier.participants()).hasSize(4);
  }

  @Test
  void uneAlerteDAssiduiteFaibleAvantLaFin() {
    EvaluateurDeCompletion evaluateur = EvaluateurDeCompletion.builder()
        .criteres(List.of(nomme(heures(0.5, TraitementDesExcuses.EXCLUES), Portee.PARTICIPANT))).build();
    BilanDeCompletion debut = evaluateur.evaluer(cycle(), LocalDate.of(2022, 10, 10)).bilan(Portee.PARTICIPANT, "elu-mel").orElseThrow();
    assertThat(debut.alertes()).containsExactly(
        "assiduité de 50 % des séances tenues, sous le seuil de 75 % : au moins 50 % des heures de « sensibilisation »");
    BilanDeCompletion seuilBas = EvaluateurDeCompletion.builder().seuilDAlerte(0.4)
        .criteres(List.of(nomme(heures(0.5, TraitementDesExcuses.EXCLUES), Portee.PARTICIPANT))).build()
        .evaluer(cycle(), LocalDate.of(2022, 10, 10)).bilan(Portee.PARTICIPANT, "elu-mel").orElseThrow();
    assertThat(seuilBas.alertes()).isEmpty();
    BilanDeCompletion enAnglais = EvaluateurDeCompletion.builder().locale(Locale.UK)
        .criteres(List.of(nomme(heures(0.5, TraitementDesExcuses.EXCLUES), Portee.PARTICIPANT))).build()
        .evaluer(cycle(), LocalDate.of(2022, 10, 10)).bilan(Portee.PARTICIPANT, "elu-mel").orElseThrow();
    assertThat(enAnglais.alertes()).containsExactly(
        "attendance of 50% of the séances held, under the threshold of 75%: at least 50% of the hours of \"sensibilisation\"");
  }

  @Test
  void leBilanPourUnCertificatDeRealisation() {
    BilanDeCompletion bilan = EvaluateurDeCompletion.builder().criteres(List.of()).build()
        .evaluer(cycle(), FIN_DECEMBRE).bilan(Portee.PARTICIPANT, "elu-mel").orElseThrow();
    assertThat(bilan.heuresSuivies()).isEqualTo(Duration.ofMinutes(16 * 60 + 30));
    assertThat(bilan.datesSuivies()).containsExactly(LocalDate.of(2022, 10, 3), LocalDate.of(2022, 10, 24),
        LocalDate.of(2022, 11, 7), LocalDate.of(2022, 12, 5));
    assertThat(bilan.premiereDate()).contains(LocalDate.of(2022, 10, 3));
    assertThat(bilan.derniereDate()).contains(LocalDate.of(2022, 12, 5));
  }

  @Test
  void leCritereParDefautEstMarqueCommeUnChoix() {
    assertThat(CriteresParDefaut.PLATEFORMCOOP.getProvenance()).hasValueSatisfying(p -> assertThat(p.inferee()).isTrue());
    assertThat(CriteresParDefaut.PLATEFORMCOOP.getPortees()).containsExactlyInAnyOrder(Portee.PARTICIPANT, Portee.COLLECTIVITE);
  }

  @Test
  void lesCriteresDuCycleParDefaut() {
    Cycle avecCriteres = Cycle.builder().from(cycle())
        .addCriteresDeCompletion(nomme(LivrableRemis.of("manifeste"), Portee.COLLECTIVITE)).build();
    EvaluationDeCompletion evaluation = EvaluateurDeCompletion.defaults().evaluer(avecCriteres, FIN_DECEMBRE);
    assertThat(evaluation.bilan(Portee.COLLECTIVITE, "mel").orElseThrow().statut()).isEqualTo(StatutDeCompletion.TERMINE);
    assertThat(evaluation.bilan(Portee.PARTICIPANT, "elu-mel").orElseThrow().criteres()).as("not for participants").isEmpty();
  }
}
