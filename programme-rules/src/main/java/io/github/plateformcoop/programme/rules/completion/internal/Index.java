package io.github.plateformcoop.programme.rules.completion.internal;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.DemiJournee;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.rules.internal.DureesDesSeances;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Everything looked up more than once in an evaluation, built once: the séances, each person's attendance. */
final class Index {
  final Cycle cycle;
  final LocalDate auJour;
  final boolean termine;
  final SeanceInfo[] seances;
  /** The séances held, by date: a subject's days attended come out in order. */
  final int[] tenuesParDate;
  /** Planned séances a brique announces but does not list yet, referred to as -1, -2… */
  final SeanceInfo[] fictives;
  final Map<String, Integer> indexDesSeances = new HashMap<>();
  final Map<String, List<Participant>> parCollectivite = new HashMap<>();
  final Map<String, int[]> parBrique = new HashMap<>();
  /**
   * Each participant's own attendance, computed once and shared by its collectivité; keyed by
   * the participants' own id strings, so that looking a participant up finds its key by identity.
   */
  final Map<String, Valeurs> propres;

  /** A participant's own attendance: every participant of the cycle has one, absent where no record speaks. */
  Valeurs propres(Participant p) {
    return propres.get(p.getId());
  }

  /**
   * Indexes a cycle for an evaluation.
   *
   * @param cycle the cycle, not null
   * @param auJour the date of the evaluation, not null
   * @param dureeDUneJournee the length of a whole-day séance without hours, not null
   */
  Index(Cycle cycle, LocalDate auJour, Duration dureeDUneJournee) {
    this.cycle = cycle;
    this.auJour = auJour;
    this.termine = cycle.lastDay().map(auJour::isAfter).orElse(false);
    List<SeanceInfo> listees = new ArrayList<>();
    List<SeanceInfo> nonListees = new ArrayList<>();
    for (Brique brique : cycle.getBriques()) {
      Optional<ModeleDeBrique> modele = cycle.getModele().findBrique(brique.getId());
      // A duration or a count the model's constraints refuse is reported there; here it counts as unknown, or as the bound.
      Duration format = modele.flatMap(m -> m.getFormat().getDuree())
          .filter(d -> !d.isNegative() && !d.isZero() && d.compareTo(FormatDeSeance.DUREE_MAXIMALE) <= 0).orElse(dureeDUneJournee);
      List<Integer> indices = new ArrayList<>();
      for (Seance s : brique.getSeances()) {
        if (indexDesSeances.containsKey(s.getId())) {
          continue;
        }
        LocalDate date = s.getDate().orElse(null);
        Duration duree = s.duree().orElse(format);
        indexDesSeances.put(s.getId(), listees.size());
        indices.add(listees.size());
        listees.add(new SeanceInfo(s.getId(), date, duree,
            DureesDesSeances.maximale(s, modele.map(ModeleDeBrique::getFormat)), duree.toSeconds() / 3600.0,
            date != null && !date.isAfter(auJour)));
      }
      int annoncees = Math.min(modele.map(ModeleDeBrique::getNombreDeSeances).orElse(0), ModeleDeBrique.NOMBRE_MAXIMAL_DE_SEANCES);
      for (int i = indices.size(); i < annoncees; i++) {
        nonListees.add(new SeanceInfo(brique.getId() + "#" + (i + 1), null, format, format, format.toSeconds() / 3600.0, false));
        indices.add(-nonListees.size());
      }
      parBrique.put(brique.getId(), indices.stream().mapToInt(Integer::intValue).toArray());
    }
    this.seances = listees.toArray(new SeanceInfo[0]);
    this.tenuesParDate = IntStream.range(0, seances.length).filter(i -> seances[i].tenue())
        .boxed().sorted(Comparator.comparing(i -> seances[i].date())).mapToInt(Integer::intValue).toArray();
    this.fictives = nonListees.toArray(new SeanceInfo[0]);
    int personnes = cycle.getParticipants().size();
    this.propres = new HashMap<>(2 * personnes);
    // A share of -1 marks a séance no record has spoken of yet.
    List<Valeurs> parPersonne = new ArrayList<>(personnes);
    Map<String, Bornes> sieges = new HashMap<>(2 * personnes);
    for (Participant p : cycle.getParticipants()) {
      p.getSiege().ifPresent(s -> sieges.putIfAbsent(p.getId(), Bornes.of(s)));
      double[] parts = new double[seances.length];
      Arrays.fill(parts, -1);
      Valeurs siennes = new Valeurs(parts, new boolean[seances.length]);
      if (propres.putIfAbsent(p.getId(), siennes) == null) {
        parPersonne.add(siennes);
      }
    }
    // One pass over the records, as a hand-written loop would: each person's share of each séance.
    // Records usually come grouped by participant: look the participant up only when it changes.
    // The first record of a participant at a séance counts (a second one is the rules' business);
    // the records of someone who is not a participant of the cycle count for nobody.
    String courant = null;
    Valeurs valeurs = null;
    Bornes siege = null;
    for (Presence p : cycle.getPresences()) {
      Integer i = indexDesSeances.get(p.getSeanceId());
      if (i == null) {
        continue;
      }
      if (!p.getParticipantId().equals(courant)) {
        courant = p.getParticipantId();
        valeurs = propres.get(courant);
        siege = sieges.get(courant);
      }
      if (valeurs == null || valeurs.parts()[i] != -1) {
        continue;
      }
      // Records the rules report as unusable count for nobody: outside the seat, or longer than the séance.
      SeanceInfo seance = seances[i];
      if (siege != null && seance.date() != null && !siege.contains(seance.date())
          || p.getMinutesPresentes().isPresent() && p.getMinutesPresentes().get() > seance.maximale().toMinutes()) {
        continue;
      }
      switch (p.getStatut()) {
        case PRESENT -> valeurs.parts()[i] = 1;
        case EXCUSE -> {
          valeurs.parts()[i] = 0;
          valeurs.excuses()[i] = true;
        }
        case PARTIELLEMENT_PRESENT -> valeurs.parts()[i] = partielle(p, seances[i]);
        default -> valeurs.parts()[i] = 0;
      }
    }
    for (Valeurs v : parPersonne) {
      for (int i = 0; i < v.parts().length; i++) {
        if (v.parts()[i] == -1) {
          v.parts()[i] = 0;
        }
      }
    }
    for (Participant p : cycle.getParticipants()) {
      parCollectivite.computeIfAbsent(p.getCollectiviteId(), k -> new ArrayList<>()).add(p);
    }
  }



  /** The first and last days of a seat, as {@link Siege#contains(LocalDate)} reads them, once per participant. */
  private record Bornes(LocalDate premier, LocalDate dernier) {
    static Bornes of(Siege siege) {
      return new Bornes(siege.getDepuis().map(d -> d.firstDay()).orElse(LocalDate.MIN),
          siege.getJusquA().map(j -> j.lastDay()).orElse(LocalDate.MAX));
    }

    boolean contains(LocalDate jour) {
      return !jour.isBefore(premier) && !jour.isAfter(dernier);
    }
  }

  /** A partial record's share: minutes over the séance's length, half-days over two, else one half. */
  private static double partielle(Presence presence, SeanceInfo s) {
    if (presence.getMinutesPresentes().isPresent() && !s.duree().isZero()) {
      return Math.min(1, presence.getMinutesPresentes().get() / (double) s.duree().toMinutes());
    }
    if (!presence.getDemiJournees().isEmpty()) {
      long presentes = presence.getDemiJournees().values().stream().filter(v -> v == StatutDePresence.PRESENT).count();
      return presentes / (double) DemiJournee.values().length;
    }
    return 0.5;
  }
}
