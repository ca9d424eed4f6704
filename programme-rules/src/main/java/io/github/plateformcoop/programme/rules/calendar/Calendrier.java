package io.github.plateformcoop.programme.rules.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a cycle should not meet on: public holidays and closures. Calendars combine: a
 * region adds its school holidays to the public holidays of its départements.
 *
 * <pre>{@code
 * Calendrier calendrier = JoursFeries.calendrier(RegimeDeJoursFeries.METROPOLE)
 *     .and(Calendrier.of(List.of(
 *         PeriodeDeFermeture.of(LocalDate.of(2022, 12, 17), LocalDate.of(2023, 1, 2), "vacances de Noël, zone B"))));
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface Calendrier {

  /**
   * What closes a day.
   *
   * @param jour the day, not null
   * @return the closures of that day, possibly empty, never null
   */
  List<Fermeture> fermetures(LocalDate jour);

  /**
   * A calendar with no closure.
   *
   * @return the calendar, not null
   */
  static Calendrier none() {
    return jour -> List.of();
  }

  /**
   * A calendar of closures given as periods, such as school holidays.
   *
   * @param periodes the periods, not null
   * @return the calendar, not null
   */
  static Calendrier of(List<PeriodeDeFermeture> periodes) {
    List<PeriodeDeFermeture> copie = List.copyOf(periodes);
    return jour -> copie.stream().filter(p -> p.contains(jour))
        .map(p -> Fermeture.of(jour, p.libelle())).toList();
  }

  /**
   * This calendar and another: a day is closed when either closes it.
   *
   * @param autre the other calendar, not null
   * @return the combined calendar, not null
   */
  default Calendrier and(Calendrier autre) {
    Objects.requireNonNull(autre, "autre");
    return jour -> {
      List<Fermeture> toutes = new ArrayList<>(fermetures(jour));
      for (Fermeture f : autre.fermetures(jour)) {
        if (!toutes.contains(f)) {
          toutes.add(f);
        }
      }
      return List.copyOf(toutes);
    };
  }
}
