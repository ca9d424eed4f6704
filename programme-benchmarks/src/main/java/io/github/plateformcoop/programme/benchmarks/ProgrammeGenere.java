package io.github.plateformcoop.programme.benchmarks;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated cycle of the PlateformCoop modèle's shape: 17 sensibilisation séances of 3 hours and
 * 3 one-day ateliers, all held, one collectivité for four participants, one attendance record per
 * participant and séance (20 per participant), from a seeded generator.
 */
final class ProgrammeGenere {

  static final int SEANCES_DE_SENSIBILISATION = 17;
  static final int ATELIERS = 3;
  static final LocalDate FIN = LocalDate.of(2023, 12, 31);

  private ProgrammeGenere() {}

  static Cycle cycle(int participants, long graine) {
    Random random = new Random(graine);
    ModeleDeCycle modele = ModeleDeCycle.builder().id("modele").intitule("Cycle généré")
        .publicCible(PublicCible.builder().addDepartement("59").addFamille(FamilleDeCollectivite.COMMUNE)
            .addRoles(Role.ELU, Role.TECHNICIEN).build())
        .addBrique(ModeleDeBrique.builder().id("sensibilisation").type(TypeDeBrique.SENSIBILISATION).intitule("Sensibilisation")
            .nombreDeSeances(SEANCES_DE_SENSIBILISATION).format(FormatDeSeance.of(Duration.ofHours(3))).build())
        .addBrique(ModeleDeBrique.builder().id("experimentation").type(TypeDeBrique.EXPERIMENTATION).intitule("Ateliers")
            .nombreDeSeances(ATELIERS).format(FormatDeSeance.ofJourneeEntiere()).build())
        .build();
    List<Seance> sensibilisation = new ArrayList<>();
    for (int i = 0; i < SEANCES_DE_SENSIBILISATION; i++) {
      sensibilisation.add(Seance.builder().id("s" + i).date(LocalDate.of(2023, 1, 2).plusWeeks(i))
          .debut(LocalTime.of(9, 0)).fin(LocalTime.of(12, 0)).build());
    }
    List<Seance> ateliers = new ArrayList<>();
    for (int i = 0; i < ATELIERS; i++) {
      ateliers.add(Seance.builder().id("a" + i).date(LocalDate.of(2023, 6, 5).plusWeeks(4L * i)).build());
    }
    Cycle.Builder cycle = Cycle.builder().id("genere").intitule("Cycle généré").modele(modele)
        .addBrique(Brique.builder().id("sensibilisation").seances(sensibilisation).build())
        .addBrique(Brique.builder().id("experimentation").seances(ateliers).build());
    List<Seance> toutes = new ArrayList<>(sensibilisation);
    toutes.addAll(ateliers);
    for (int c = 0; c < participants / 4; c++) {
      cycle.addCollectivite(Collectivite.builder().id("c" + c).nom("Commune " + c).type(TypeDeCollectivite.COMMUNE)
          .departement("59").build());
      cycle.addEngagement(Engagement.builder().id("e" + c).collectiviteId("c" + c).statut(StatutDEngagement.ENGAGEE).build());
    }
    StatutDePresence[] statuts = StatutDePresence.values();
    for (int p = 0; p < participants; p++) {
      cycle.addParticipant(Participant.builder().id("p" + p).collectiviteId("c" + (p / 4))
          .role(p % 2 == 0 ? Role.ELU : Role.TECHNICIEN).build());
      for (Seance s : toutes) {
        StatutDePresence statut = random.nextInt(10) < 7 ? StatutDePresence.PRESENT : statuts[1 + random.nextInt(3)];
        Presence.Builder presence = Presence.builder();
        presence.participantId("p" + p).seanceId(s.getId()).statut(statut);
        if (statut == StatutDePresence.PARTIELLEMENT_PRESENT) {
          presence.minutesPresentes(30 + random.nextInt(120));
        }
        cycle.addPresence(presence.build());
      }
    }
    return cycle.build();
  }
}
