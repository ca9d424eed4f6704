package io.github.plateformcoop.programme.rules.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * French public holidays (jours fériés) for any year, from the Code du travail: the eleven days
 * of article L3133-1, three of them computed from Easter (Easter Monday, Ascension, Whit Monday);
 * in Alsace-Moselle, Good Friday and 26 December besides; in the overseas départements, the day
 * of the abolition of slavery (law 83-550 and decree 83-1003).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JoursFeries {

  /** The first year whose holidays are computed: the first whole year of the Gregorian calendar. */
  private static final int PREMIERE_ANNEE = 1583;

  private JoursFeries() {}

  /**
   * Easter Sunday of a year of the Gregorian calendar (the anonymous algorithm of Meeus, Jones
   * and Butcher).
   *
   * @param annee the year, from 1583
   * @return Easter Sunday, not null
   * @throws IllegalArgumentException if the year is before 1583
   */
  public static LocalDate paques(int annee) {
    if (annee < PREMIERE_ANNEE) {
      throw new IllegalArgumentException("The Gregorian Easter is computed from 1583, not " + annee);
    }
    int a = annee % 19;
    int b = annee / 100;
    int c = annee % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int mois = (h + l - 7 * m + 114) / 31;
    int jour = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(annee, mois, jour);
  }

  /**
   * The public holidays of a year under a régime, in date order.
   *
   * @param annee the year; before 1583, which the Gregorian calendar does not cover whole, there
   *     is none
   * @param regime the régime, not null
   * @return the holidays, not null
   */
  public static List<Fermeture> of(int annee, RegimeDeJoursFeries regime) {
    if (annee < PREMIERE_ANNEE) {
      return List.of();
    }
    Objects.requireNonNull(regime, "regime");
    LocalDate paques = paques(annee);
    List<Fermeture> jours = new ArrayList<>(List.of(
        ferie(LocalDate.of(annee, Month.JANUARY, 1), "1er janvier"),
        ferie(paques.plusDays(1), "lundi de Pâques"),
        ferie(LocalDate.of(annee, Month.MAY, 1), "1er mai"),
        ferie(LocalDate.of(annee, Month.MAY, 8), "8 mai 1945"),
        ferie(paques.plusDays(39), "Ascension"),
        ferie(paques.plusDays(50), "lundi de Pentecôte"),
        ferie(LocalDate.of(annee, Month.JULY, 14), "14 juillet"),
        ferie(LocalDate.of(annee, Month.AUGUST, 15), "Assomption"),
        ferie(LocalDate.of(annee, Month.NOVEMBER, 1), "Toussaint"),
        ferie(LocalDate.of(annee, Month.NOVEMBER, 11), "11 novembre"),
        ferie(LocalDate.of(annee, Month.DECEMBER, 25), "Noël")));
    switch (regime) {
      case ALSACE_MOSELLE -> {
        jours.add(ferie(paques.minusDays(2), "Vendredi saint"));
        jours.add(ferie(LocalDate.of(annee, Month.DECEMBER, 26), "Saint-Étienne"));
      }
      case GUADELOUPE -> jours.add(abolition(LocalDate.of(annee, Month.MAY, 27)));
      case MARTINIQUE -> jours.add(abolition(LocalDate.of(annee, Month.MAY, 22)));
      case GUYANE -> jours.add(abolition(LocalDate.of(annee, Month.JUNE, 10)));
      case LA_REUNION -> jours.add(abolition(LocalDate.of(annee, Month.DECEMBER, 20)));
      case MAYOTTE -> jours.add(abolition(LocalDate.of(annee, Month.APRIL, 27)));
      case METROPOLE -> { }
    }
    jours.sort(Comparator.comparing(Fermeture::getJour));
    return List.copyOf(jours);
  }

  /**
   * The calendar of the public holidays of one régime.
   *
   * @param regime the régime, not null
   * @return the calendar, not null
   */
  public static Calendrier calendrier(RegimeDeJoursFeries regime) {
    return calendrier(EnumSet.of(Objects.requireNonNull(regime, "regime")));
  }

  /**
   * The calendar of the public holidays of several régimes: a day is closed when it is a holiday
   * under any of them, as for a cycle gathering collectivités of Moselle and Meurthe-et-Moselle.
   *
   * @param regimes the régimes, not null
   * @return the calendar, not null
   */
  public static Calendrier calendrier(Collection<RegimeDeJoursFeries> regimes) {
    Set<RegimeDeJoursFeries> copie = regimes.isEmpty()
        ? EnumSet.noneOf(RegimeDeJoursFeries.class) : EnumSet.copyOf(regimes);
    // Each year's holidays are worked out once per calendar, when a day of that year is first asked about.
    Map<Integer, Map<LocalDate, List<Fermeture>>> parAnnee = new ConcurrentHashMap<>();
    return jour -> parAnnee.computeIfAbsent(jour.getYear(), annee -> feriesDe(annee, copie)).getOrDefault(jour, List.of());
  }

  private static Map<LocalDate, List<Fermeture>> feriesDe(int annee, Set<RegimeDeJoursFeries> regimes) {
    Map<LocalDate, List<Fermeture>> parJour = new HashMap<>();
    for (RegimeDeJoursFeries regime : regimes) {
      for (Fermeture f : of(annee, regime)) {
        List<Fermeture> fermetures = parJour.computeIfAbsent(f.getJour(), j -> new ArrayList<>());
        if (!fermetures.contains(f)) {
          fermetures.add(f);
        }
      }
    }
    parJour.replaceAll((jour, fermetures) -> List.copyOf(fermetures));
    return parJour;
  }

  private static Fermeture ferie(LocalDate jour, String libelle) {
    return Fermeture.ofJourFerie(jour, libelle);
  }

  private static Fermeture abolition(LocalDate jour) {
    return ferie(jour, "abolition de l'esclavage");
  }
}
