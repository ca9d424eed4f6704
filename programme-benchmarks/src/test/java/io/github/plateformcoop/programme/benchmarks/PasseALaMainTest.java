package io.github.plateformcoop.programme.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import io.github.plateformcoop.programme.rules.completion.CompletionResult;
import io.github.plateformcoop.programme.rules.completion.CompletionStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written pass of the rules benchmark finds what the library finds, at the same paths
 * about the same ids, and computes the same figures, on a small programme of the national
 * dataset's shape with one defect of each kind it checks, and on one without any.
 */
class PasseALaMainTest {

  @Test
  void laPasseTrouveCeQueTrouveLaBibliothequeSurUnProgrammeSansDefaut() {
    Programme programme = JeuNational.programme(3, 8, 11);
    assertThat(constats(PasseALaMain.evaluer(programme))).isEmpty();
    assertThat(constats(PasseALaMain.evaluer(programme))).isEqualTo(constatsDeLaBibliotheque(programme));
    assertThat(PasseALaMain.evaluer(programme).bilans()).isEqualTo(bilansDeLaBibliotheque(programme));
  }

  @Test
  void laPasseTrouveCeQueTrouveLaBibliothequeSurUnProgrammeAvecUnDefautDeChaqueSorte() {
    Programme programme = avecDesDefauts(JeuNational.programme(2, 8, 1));
    List<String> attendus = constatsDeLaBibliotheque(programme);
    assertThat(attendus).extracting(c -> c.substring(0, c.indexOf(' '))).contains("modele.contrainte",
        "presence.doublon", "reference.doublon", "reference.inconnue", "presence.duree", "seance.chevauchement",
        "seance.duree", "seance.hors-periode", "seance.jour-ferme", "eligibilite.departement", "brique.ordre",
        "seance.nombre-depasse");
    assertThat(constats(PasseALaMain.evaluer(programme))).isEqualTo(attendus);
    assertThat(PasseALaMain.evaluer(programme).bilans()).isEqualTo(bilansDeLaBibliotheque(programme));
  }

  /** The second cycle of the programme, broken in as many ways as the pass checks. */
  private static Programme avecDesDefauts(Programme programme) {
    Cycle c = programme.getCycles().get(1);
    List<Presence> presences = new ArrayList<>(c.getPresences());
    presences.add(Presence.builder().from(presences.get(0)).seanceId("inconnue").build());
    presences.add(Presence.builder().from(presences.get(1)).participantId("personne").build());
    presences.add(presences.get(3));
    presences.set(5, Presence.builder().from(presences.get(5)).statut(StatutDePresence.PARTIELLEMENT_PRESENT)
        .minutesPresentes(500).build());
    presences.set(6, Presence.builder().from(presences.get(6)).statut(StatutDePresence.PARTIELLEMENT_PRESENT)
        .minutesPresentes(100).build());
    List<Participant> participants = new ArrayList<>(c.getParticipants());
    participants.add(Participant.builder().from(participants.get(0)).id("mauvais id!").build());
    participants.add(Participant.builder().from(participants.get(1)).collectiviteId("nulle-part").build());
    Brique sensibilisation = c.getBriques().get(0);
    List<Seance> seances = new ArrayList<>(sensibilisation.getSeances());
    seances.set(2, Seance.builder().from(seances.get(2)).date(LocalDate.of(2022, 11, 11)).build());
    seances.set(3, Seance.builder().from(seances.get(3)).date(LocalDate.of(2022, 11, 17))
        .debut(LocalTime.of(9, 0)).fin(LocalTime.of(16, 0)).build());
    seances.set(4, Seance.builder().from(seances.get(4)).date(LocalDate.of(2023, 6, 6)).build());
    seances.set(5, Seance.builder().from(seances.get(5)).date(LocalDate.of(2023, 1, 8)).build());
    Brique ateliers = c.getBriques().get(1);
    List<Seance> seancesDAtelier = new ArrayList<>(ateliers.getSeances());
    seancesDAtelier.add(Seance.builder().from(seancesDAtelier.get(0)).id(c.getId() + "-a4").numero(4)
        .date(LocalDate.of(2022, 9, 15)).build());
    List<Collectivite> collectivites = new ArrayList<>(c.getCollectivites());
    collectivites.add(collectivites.get(0));
    // A public cible of the Nord and of "20", no longer a département: the cycle's communes, in the Ain, are outside it.
    io.github.plateformcoop.programme.model.ModeleDeCycle modele = io.github.plateformcoop.programme.model.ModeleDeCycle
        .builder().from(c.getModele()).publicCible(io.github.plateformcoop.programme.model.PublicCible.builder()
            .from(c.getModele().getPublicCible()).departements(List.of("59", "20")).build()).build();
    Cycle casse = Cycle.builder().from(c).modele(modele).presences(presences).participants(participants)
        .briques(List.of(Brique.builder().from(sensibilisation).seances(seances).build(),
            Brique.builder().from(ateliers).seances(seancesDAtelier).build()))
        .collectivites(collectivites).build();
    return Programme.builder().from(programme).cycles(List.of(programme.getCycles().get(0), casse)).build();
  }

  private static List<String> constats(PasseALaMain.Resultat resultat) {
    return resultat.constats().stream().map(c -> c.code() + " " + c.chemin() + " " + c.sujets()).sorted().toList();
  }

  private static List<String> constatsDeLaBibliotheque(Programme programme) {
    return RuleSet.defaults().validate(programme).getViolations().stream()
        .map((Violation v) -> v.getCode() + " " + v.getPath() + " " + v.getSubjectIds()).sorted().toList();
  }

  private static List<PasseALaMain.Bilan> bilansDeLaBibliotheque(Programme programme) {
    CompletionEvaluator evaluateur = CompletionEvaluator.builder().criteria(List.of(CompletionBenchmark.CRITERE)).build();
    List<PasseALaMain.Bilan> bilans = new ArrayList<>();
    for (Cycle cycle : programme.getCycles()) {
      for (CompletionResult r : evaluateur.evaluate(cycle, ReglesBenchmark.AU_JOUR).getResults()) {
        bilans.add(new PasseALaMain.Bilan(r.subjectId(), r.status() == CompletionStatus.TERMINE, r.hoursAttended(),
            r.datesAttended()));
      }
    }
    return bilans;
  }
}
