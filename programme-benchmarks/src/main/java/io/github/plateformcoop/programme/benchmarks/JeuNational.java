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
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.Structure;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The national-scale dataset: one {@code Programme} document of {@value #CYCLES} cycles, as if
 * every territory of France ran the PlateformCoop cycle at once. Each cycle has the PlateformCoop
 * modèle's shape (8 sensibilisation séances of 3 hours and 3 one-day ateliers, all dated, none on a
 * public holiday), {@value #PARTICIPANTS} participants in 30 communes of its département, and one
 * attendance record per participant and séance: {@value #CYCLES} × {@value #SEANCES} ×
 * {@value #PARTICIPANTS} = 1,320,000 présences. The same seed gives the same programme.
 *
 * <p>Its JSON is far beyond the reader's default limit of 8 MiB; {@link #lecteur()} is the reader
 * configured for it.
 */
public final class JeuNational {

  /** The cycles of the national dataset. */
  public static final int CYCLES = 1000;
  /** The séances of a cycle: 8 of sensibilisation, 3 ateliers. */
  public static final int SEANCES = 11;
  /** The participants of a cycle. */
  public static final int PARTICIPANTS = 120;

  /** The largest document {@link #lecteur()} reads, in characters: 512 MiB. */
  public static final int TAILLE_MAXIMALE = 512 * 1024 * 1024;

  /** Tuesdays of 2022-2023 three weeks apart, none a public holiday. */
  private static final List<LocalDate> SENSIBILISATION = List.of(LocalDate.of(2022, 9, 27), LocalDate.of(2022, 10, 18),
      LocalDate.of(2022, 11, 8), LocalDate.of(2022, 11, 29), LocalDate.of(2022, 12, 20), LocalDate.of(2023, 1, 10),
      LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 21));
  /** Thursdays of the ateliers' period, none a public holiday. */
  private static final List<LocalDate> ATELIERS = List.of(LocalDate.of(2022, 11, 17), LocalDate.of(2023, 2, 16),
      LocalDate.of(2023, 5, 25));

  private JeuNational() {}

  /**
   * The national dataset.
   *
   * @param graine the seed of the attendance drawn
   * @return {@value #CYCLES} cycles of {@value #PARTICIPANTS} participants, not null
   */
  public static Programme programme(long graine) {
    return programme(CYCLES, PARTICIPANTS, graine);
  }

  /**
   * A dataset of the national one's shape, of any size.
   *
   * @param cycles the number of cycles
   * @param participants the participants of each cycle, a multiple of 4 (one commune for four)
   * @param graine the seed of the attendance drawn
   * @return the programme, not null
   */
  public static Programme programme(int cycles, int participants, long graine) {
    Random random = new Random(graine);
    ModeleDeCycle modele = modele();
    Programme.Builder programme = Programme.builder().id("plateformcoop-national").nom("PlateformCoop, jeu national")
        .porteur(Structure.builder().id("porteur").nom("Porteur du jeu national").build());
    for (int c = 0; c < cycles; c++) {
      programme.addCycle(cycle(c, participants, modele, random));
    }
    return programme.build();
  }

  /**
   * The reader for the dataset's documents: strict like the default one, with a size limit of
   * {@value #TAILLE_MAXIMALE} characters instead of 8 MiB.
   *
   * @return the reader, not null
   */
  public static ProgrammeJson lecteur() {
    return ProgrammeJson.builder().maxDocumentLength(TAILLE_MAXIMALE).build();
  }

  private static ModeleDeCycle modele() {
    return ModeleDeCycle.builder().id("plateformcoop-qualification").intitule("Cycle de qualification")
        .publicCible(PublicCible.builder().addFamilles(FamilleDeCollectivite.COMMUNE, FamilleDeCollectivite.INTERCOMMUNALITE)
            .addRoles(Role.ELU, Role.TECHNICIEN).build())
        .addBrique(ModeleDeBrique.builder().id("sensibilisation").type(TypeDeBrique.SENSIBILISATION)
            .intitule("Parcours de sensibilisation").nombreDeSeances(SENSIBILISATION.size())
            .format(FormatDeSeance.of(Duration.ofHours(3))).build())
        .addBrique(ModeleDeBrique.builder().id("experimentation").type(TypeDeBrique.EXPERIMENTATION)
            .intitule("Ateliers d'expérimentation").nombreDeSeances(ATELIERS.size())
            .format(FormatDeSeance.ofJourneeEntiere()).build())
        .build();
  }

  private static Cycle cycle(int numero, int participants, ModeleDeCycle modele, Random random) {
    String id = String.format("cycle-%04d", numero);
    // The départements of metropolitan France, 01 to 95, Corsica as 2A and 2B.
    int rang = numero % 96;
    String departement = rang == 20 ? "2A" : rang == 0 ? "2B" : String.format("%02d", rang);
    List<Seance> sensibilisation = new ArrayList<>();
    for (int i = 0; i < SENSIBILISATION.size(); i++) {
      sensibilisation.add(Seance.builder().id(id + "-s" + (i + 1)).numero(i + 1).date(SENSIBILISATION.get(i))
          .debut(LocalTime.of(9, 30)).fin(LocalTime.of(12, 30)).build());
    }
    List<Seance> ateliers = new ArrayList<>();
    for (int i = 0; i < ATELIERS.size(); i++) {
      ateliers.add(Seance.builder().id(id + "-a" + (i + 1)).numero(i + 1).date(ATELIERS.get(i)).build());
    }
    Cycle.Builder cycle = Cycle.builder().id(id).intitule("Cycle " + departement).modele(modele)
        .territoire("Département " + departement)
        .addBrique(Brique.builder().id("sensibilisation").seances(sensibilisation)
            .periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2022, 9), YearMonth.of(2023, 4))).build())
        .addBrique(Brique.builder().id("experimentation").seances(ateliers)
            .periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2022, 11), YearMonth.of(2023, 6))).build());
    for (int c = 0; c < participants / 4; c++) {
      String commune = id + "-c" + c;
      cycle.addCollectivite(Collectivite.builder().id(commune).nom("Commune " + c).type(TypeDeCollectivite.COMMUNE)
          .departement(departement).build());
      cycle.addEngagement(Engagement.builder().id(commune + "-e").collectiviteId(commune).statut(StatutDEngagement.ENGAGEE)
          .build());
    }
    List<Seance> toutes = new ArrayList<>(sensibilisation);
    toutes.addAll(ateliers);
    for (int p = 0; p < participants; p++) {
      String participant = id + "-p" + p;
      cycle.addParticipant(Participant.builder().id(participant).collectiviteId(id + "-c" + (p / 4))
          .role(p % 2 == 0 ? Role.ELU : Role.TECHNICIEN).build());
      for (Seance s : toutes) {
        int tirage = random.nextInt(20);
        StatutDePresence statut = tirage < 14 ? StatutDePresence.PRESENT : tirage < 16 ? StatutDePresence.EXCUSE
            : tirage < 18 ? StatutDePresence.ABSENT : StatutDePresence.PARTIELLEMENT_PRESENT;
        Presence.Builder presence = Presence.builder().participantId(participant).seanceId(s.getId()).statut(statut);
        if (statut == StatutDePresence.PARTIELLEMENT_PRESENT && s.getDebut().isPresent()) {
          presence.minutesPresentes(30 + random.nextInt(120));
        }
        cycle.addPresence(presence.build());
      }
    }
    return cycle.build();
  }
}
