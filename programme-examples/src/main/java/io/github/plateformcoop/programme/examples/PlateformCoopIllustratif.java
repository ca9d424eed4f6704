package io.github.plateformcoop.programme.examples;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.completion.Unite;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An <strong>illustrative</strong> version of the PlateformCoop 2022–2023 cycle: the facts of
 * {@link PlateformCoop#cycle()}, plus made-up dates and hours for every séance, made-up
 * participants (an élu and a technicien per engaged collectivité) and made-up attendance, to
 * show schedule validation and completion at work. Nothing added here is a fact of the sources:
 * the cycle's name and every added object say so.
 *
 * <p>This class is immutable and thread-safe; each call builds the same values.
 */
public final class PlateformCoopIllustratif {

  /**
   * The completion criterion of this example, for a cycle built on the PlateformCoop modèle
   * (briques {@code sensibilisation} and {@code experimentation}): at least 75 % of the
   * sensibilisation hours and 2 of the 3 ateliers, excused absences left out; for participants and,
   * through any one representative, for collectivités. A choice of this example, not a fact of the
   * sources nor a rule of the library, and its provenance says so.
   */
  public static final CritereDeCompletion CRITERE = CritereDeCompletion.builder()
      .id("completion-par-defaut")
      .intitule("75 % des heures de sensibilisation et 2 ateliers sur 3")
      .addPortees(Portee.PARTICIPANT, Portee.COLLECTIVITE)
      .critere(TousDe.of(
          Assiduite.ofRatio("sensibilisation", Unite.HEURES, 0.75),
          Assiduite.ofMinimum("experimentation", Unite.SEANCES, 2)))
      .provenance(Provenance.builder()
          .document("plateformcoop-programme, exemple illustratif")
          .inference("Choix de l'exemple : les sources ne fixent aucun critère de complétion.")
          .build())
      .build();


  /** The provenance of every made-up object. */
  public static final Provenance ILLUSTRATIF = Provenance.builder()
      .document("Données illustratives de plateformcoop-programme")
      .inference("Inventé pour illustrer le calcul de complétion ; aucune source ne donne ces dates, personnes ou présences.")
      .build();

  /** The made-up dates of the eight séances (Mondays, no holiday). The first is the announced 26 September 2022. */
  private static final List<LocalDate> SENSIBILISATION = List.of(
      LocalDate.of(2022, 9, 26), LocalDate.of(2022, 10, 17), LocalDate.of(2022, 11, 21), LocalDate.of(2022, 12, 12),
      LocalDate.of(2023, 1, 16), LocalDate.of(2023, 2, 13), LocalDate.of(2023, 3, 13), LocalDate.of(2023, 4, 17));

  /** The made-up dates of the three ateliers. */
  private static final List<LocalDate> ATELIERS = List.of(
      LocalDate.of(2022, 11, 28), LocalDate.of(2023, 3, 27), LocalDate.of(2023, 6, 12));

  private PlateformCoopIllustratif() {}

  /**
   * The illustrative cycle.
   *
   * @return the cycle, not null
   */
  public static Cycle cycle() {
    Cycle source = PlateformCoop.cycle();
    List<Seance> sensibilisation = new ArrayList<>();
    for (int i = 0; i < SENSIBILISATION.size(); i++) {
      sensibilisation.add(Seance.builder().id("sensibilisation-" + (i + 1)).numero(i + 1).date(SENSIBILISATION.get(i))
          .debut(LocalTime.of(9, 30)).fin(LocalTime.of(12, 30)).addIntervenantId(i % 2 == 0 ? "tilt" : "imt-bs").build());
    }
    List<Seance> ateliers = new ArrayList<>();
    for (int i = 0; i < ATELIERS.size(); i++) {
      ateliers.add(Seance.builder().id("atelier-" + (i + 1)).numero(i + 1).date(ATELIERS.get(i))
          .debut(LocalTime.of(9, 30)).fin(LocalTime.of(16, 30)).addIntervenantIds("tilt", "rtes").build());
    }
    List<Participant> participants = new ArrayList<>();
    for (Engagement e : source.engagements(StatutDEngagement.ENGAGEE)) {
      String c = e.getCollectiviteId();
      participants.add(Participant.builder().id(c + "-elu").collectiviteId(c).role(Role.ELU).fonction("élu (illustratif)")
          .provenance(ILLUSTRATIF).build());
      if (!c.equals("cahc")) {
        participants.add(Participant.builder().id(c + "-technicien").collectiviteId(c).role(Role.TECHNICIEN)
            .fonction("technicien (illustratif)").provenance(ILLUSTRATIF).build());
      }
    }
    // The CAHC's ESS officer of the sources took up her post in April 2023: here she continues a made-up predecessor's seat.
    participants.add(Participant.builder().id("cahc-predecesseur").collectiviteId("cahc").role(Role.TECHNICIEN)
        .fonction("chargé de mission ESS précédent (illustratif)")
        .siege(Siege.builder().jusquA(Datation.of(LocalDate.of(2023, 3, 31))).build()).provenance(ILLUSTRATIF).build());
    for (Participant p : source.getParticipants()) {
      participants.add(Participant.builder().from(p)
          .siege(Siege.builder().from(p.getSiege().orElseThrow()).predecesseurId("cahc-predecesseur").build()).build());
    }
    return Cycle.builder().from(source)
        .id(source.getId() + "-illustratif")
        .intitule(source.getIntitule() + " (version illustrative : dates, personnes et présences inventées)")
        .briques(List.of(
            Brique.builder().from(source.getBriques().get(0)).seances(sensibilisation).build(),
            Brique.builder().from(source.getBriques().get(1)).seances(ateliers).build()))
        .participants(participants)
        .presences(presences(participants, sensibilisation, ateliers))
        .addCritereDeCompletion(CRITERE)
        .build();
  }

  /** Made-up attendance from a seeded generator: mostly present, some absences, excuses and partial attendance. */
  private static List<Presence> presences(List<Participant> participants, List<Seance> sensibilisation, List<Seance> ateliers) {
    Random random = new Random(20220926L);
    List<Presence> presences = new ArrayList<>();
    List<Seance> toutes = new ArrayList<>(sensibilisation);
    toutes.addAll(ateliers);
    for (Participant p : participants) {
      LocalDate depuis = p.getSiege().flatMap(s -> s.getDepuis()).map(Datation::firstDay).orElse(LocalDate.MIN);
      LocalDate jusqua = p.getSiege().flatMap(s -> s.getJusquA()).map(Datation::lastDay).orElse(LocalDate.MAX);
      for (Seance s : toutes) {
        LocalDate date = s.getDate().orElseThrow();
        if (date.isBefore(depuis) || date.isAfter(jusqua)) {
          continue;
        }
        int tirage = random.nextInt(20);
        Presence.Builder b = Presence.builder();
        b.participantId(p.getId()).seanceId(s.getId());
        if (tirage < 14) {
          b.statut(StatutDePresence.PRESENT);
        } else if (tirage < 16) {
          b.statut(StatutDePresence.EXCUSE);
        } else if (tirage < 18) {
          b.statut(StatutDePresence.ABSENT);
        } else {
          b.statut(StatutDePresence.PARTIELLEMENT_PRESENT).minutesPresentes(90);
        }
        presences.add(b.build());
      }
    }
    return presences;
  }
}
