package io.github.plateformcoop.programme.rules.schedule;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Seance;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The time a dated séance takes: from its start to its end, or the whole day when its hours are
 * not known.
 *
 * @param debut the start, not null
 * @param fin the end, after the start, not null
 * @param seance the séance, not null
 * @param cycle the index of its cycle in the programme, 0 for a lone cycle
 * @param chemin its path from the cycle ({@code briques[0].seances[3]}), not null
 */
record Creneau(Instant debut, Instant fin, Seance seance, int cycle, String chemin) {

  /** By start, the longest first, then by path: a total, stable order. */
  static final Comparator<Creneau> ORDRE = Comparator.comparing(Creneau::debut)
      .thenComparing(Creneau::fin, Comparator.reverseOrder())
      .thenComparingInt(Creneau::cycle)
      .thenComparing(Creneau::chemin);

  boolean chevauche(Creneau autre) {
    return debut.isBefore(autre.fin) && autre.debut.isBefore(fin);
  }

  /** The créneaux of the dated séances of a cycle, in cycle order. */
  static List<Creneau> du(Cycle cycle, int indexDuCycle) {
    ZoneId zone = cycle.getFuseau();
    List<Creneau> creneaux = new ArrayList<>();
    List<Brique> briques = cycle.getBriques();
    for (int b = 0; b < briques.size(); b++) {
      List<Seance> seances = briques.get(b).getSeances();
      for (int s = 0; s < seances.size(); s++) {
        Seance seance = seances.get(s);
        if (seance.getDate().isEmpty()) {
          continue;
        }
        Instant debut = seance.getDate().get().atTime(seance.getDebut().orElse(LocalTime.MIN)).atZone(zone).toInstant();
        Instant fin = seance.getFin().isPresent()
            ? seance.getDate().get().atTime(seance.getFin().get()).atZone(zone).toInstant()
            : seance.getDate().get().plusDays(1).atStartOfDay(zone).toInstant();
        creneaux.add(new Creneau(debut, fin, seance, indexDuCycle, "briques[" + b + "].seances[" + s + "]"));
      }
    }
    return creneaux;
  }
}
