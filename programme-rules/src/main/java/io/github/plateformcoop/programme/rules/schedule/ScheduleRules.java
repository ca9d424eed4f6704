package io.github.plateformcoop.programme.rules.schedule;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.rules.Parameter;
import io.github.plateformcoop.programme.rules.Rule;
import io.github.plateformcoop.programme.rules.RuleContext;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.calendar.Calendrier;
import io.github.plateformcoop.programme.rules.calendar.Fermeture;
import io.github.plateformcoop.programme.rules.calendar.JoursFeries;
import io.github.plateformcoop.programme.rules.calendar.RegimeDeJoursFeries;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rules on the schedule of a cycle: the séances against their brique's format and period, against
 * each other and against the calendar, and the briques against the cycle and each other.
 *
 * <p>Overlaps are found by sorting the séances by start and sweeping once, never by comparing
 * every pair: a programme of thousands of séances is checked in {@code O(n log n)}.
 */
public final class ScheduleRules {

  /** How far a séance's length may be from its format's before it is reported: 15 minutes by default. */
  public static final Parameter<Duration> TOLERANCE_DE_DUREE = Parameter.of("toleranceDeDuree", Duration.class,
      "How far a séance's scheduled length may differ from its format's duration (Duration).", Duration.ofMinutes(15));

  /** The shortest length of a one-day séance whose hours are given: 5 hours by default. */
  public static final Parameter<Duration> DUREE_MINIMALE_D_UNE_JOURNEE = Parameter.of("dureeMinimaleDUneJournee",
      Duration.class, "The shortest scheduled length of a séance whose format is a whole day (Duration).",
      Duration.ofHours(5));

  /**
   * The public holidays to check against; by default those of the cycle's territory: the
   * départements of its public cible and of its engaged collectivités, each with its régime
   * (Alsace-Moselle, overseas).
   */
  public static final Parameter<Calendrier> CALENDRIER = Parameter.of("calendrier", Calendrier.class,
      "The public holidays (Calendrier); by default those of the départements of the cycle's public cible and"
          + " engaged collectivités.");

  /** Closures added to the public holidays, such as school holidays: none by default. */
  public static final Parameter<Calendrier> FERMETURES = Parameter.of("fermetures", Calendrier.class,
      "Closures besides the public holidays, such as the school holidays of a zone (Calendrier); none by default.");

  /**
   * The order the briques start in: a brique's séances may not start before the previous brique
   * of the list started. By default the modèle's order; an empty list checks nothing.
   */
  public static final Parameter<List<String>> ORDRE_DES_BRIQUES = Parameter.of("ordreDesBriques", List.class,
      "Ids of briques in the order they start (List<String>); by default the modèle's order.");

  /** {@code seance.nombre-depasse}: more séances than the brique's format announces. */
  public static final Rule NOMBRE_DEPASSE = Rule.builder("seance.nombre-depasse", Severity.ERROR)
      .check(ScheduleRules::nombreDepasse).build();

  /** {@code seance.nombre-incomplet}: fewer séances planned than the format announces. */
  public static final Rule NOMBRE_INCOMPLET = Rule.builder("seance.nombre-incomplet", Severity.INFO)
      .check(ScheduleRules::nombreIncomplet).build();

  /** {@code seance.non-datee}: a séance planned but not yet dated. */
  public static final Rule NON_DATEE = Rule.builder("seance.non-datee", Severity.INFO)
      .check(ScheduleRules::nonDatees).build();

  /** {@code seance.duree}: a séance whose hours do not match its format, beyond the tolerance. */
  public static final Rule DUREE = Rule.builder("seance.duree", Severity.WARNING)
      .parameters(TOLERANCE_DE_DUREE, DUREE_MINIMALE_D_UNE_JOURNEE)
      .variants("journee")
      .check(ScheduleRules::durees).build();

  /** {@code seance.hors-periode}: a séance outside its brique's announced period. */
  public static final Rule SEANCE_HORS_PERIODE = Rule.builder("seance.hors-periode", Severity.WARNING)
      .check(ScheduleRules::seancesHorsPeriode).build();

  /** {@code brique.hors-periode}: a brique's announced period outside the cycle's. */
  public static final Rule BRIQUE_HORS_PERIODE = Rule.builder("brique.hors-periode", Severity.WARNING)
      .check(ScheduleRules::briquesHorsPeriode).build();

  /** {@code seance.chevauchement}: two séances of the cycle at the same time. */
  public static final Rule CHEVAUCHEMENT = Rule.builder("seance.chevauchement", Severity.WARNING)
      .check(ScheduleRules::chevauchements).build();

  /** {@code intervenant.simultane}: an intervenant expected in two séances at once, in one cycle or across cycles. */
  public static final Rule INTERVENANT_SIMULTANE = Rule.builder("intervenant.simultane", Severity.WARNING)
      .check(ScheduleRules::intervenantsSimultanes)
      .checkProgramme(ScheduleRules::intervenantsSimultanesEntreCycles)
      .build();

  /** {@code seance.jour-ferme}: a séance on a weekend, a public holiday or a closure. */
  public static final Rule JOUR_FERME = Rule.builder("seance.jour-ferme", Severity.WARNING)
      .parameters(CALENDRIER, FERMETURES)
      .variants("weekend", "ferie", "fermeture")
      .check(ScheduleRules::joursFermes).build();

  /** {@code seance.premiere-journee}: the first séance not on the announced first day. */
  public static final Rule PREMIERE_JOURNEE = Rule.builder("seance.premiere-journee", Severity.WARNING)
      .check(ScheduleRules::premiereJournee).build();

  /** {@code brique.ordre}: a brique whose séances start before the previous brique started. */
  public static final Rule ORDRE = Rule.builder("brique.ordre", Severity.WARNING)
      .parameters(ORDRE_DES_BRIQUES)
      .check(ScheduleRules::ordre).build();

  private ScheduleRules() {}

  /**
   * The rules of this family.
   *
   * @return the rules, in catalogue order, never null
   */
  public static List<Rule> all() {
    return List.of(NOMBRE_DEPASSE, NOMBRE_INCOMPLET, NON_DATEE, DUREE, SEANCE_HORS_PERIODE, BRIQUE_HORS_PERIODE,
        CHEVAUCHEMENT, INTERVENANT_SIMULTANE, JOUR_FERME, PREMIERE_JOURNEE, ORDRE);
  }

  /**
   * The public holidays of a cycle's territory: those of the départements of its public cible
   * and of its engaged collectivités; the national list when none is known.
   *
   * @param cycle the cycle, not null
   * @return the calendar, not null
   */
  public static Calendrier calendrier(Cycle cycle) {
    Set<String> departements = new TreeSet<>(cycle.getModele().getPublicCible().getDepartements());
    Set<String> engagees = cycle.getEngagements().stream().map(Engagement::getCollectiviteId).collect(Collectors.toSet());
    cycle.getCollectivites().stream()
        .filter(c -> engagees.contains(c.getId()))
        .map(Collectivite::getDepartement)
        .flatMap(Optional::stream)
        .forEach(departements::add);
    Set<RegimeDeJoursFeries> regimes = EnumSet.noneOf(RegimeDeJoursFeries.class);
    departements.forEach(d -> regimes.add(RegimeDeJoursFeries.ofDepartement(d)));
    if (regimes.isEmpty()) {
      regimes.add(RegimeDeJoursFeries.METROPOLE);
    }
    return JoursFeries.calendrier(regimes);
  }

  // ------------------------------------------------------------------ counts

  private static void nombreDepasse(Cycle cycle, RuleContext context) {
    parBrique(cycle, (b, brique, modele) -> {
      if (brique.getSeances().size() > modele.getNombreDeSeances()) {
        context.at("briques[" + b + "].seances").subject(brique.getId())
            .argument("brique", modele.getIntitule()).argument("annonce", modele.getNombreDeSeances())
            .argument("liste", brique.getSeances().size()).report();
      }
    });
  }

  private static void nombreIncomplet(Cycle cycle, RuleContext context) {
    parBrique(cycle, (b, brique, modele) -> {
      int manquantes = modele.getNombreDeSeances() - brique.getSeances().size();
      if (manquantes > 0) {
        context.at("briques[" + b + "].seances").subject(brique.getId())
            .argument("brique", modele.getIntitule()).argument("annonce", modele.getNombreDeSeances())
            .argument("liste", brique.getSeances().size()).argument("manquantes", manquantes).report();
      }
    });
  }

  private static void nonDatees(Cycle cycle, RuleContext context) {
    List<Brique> briques = cycle.getBriques();
    for (int b = 0; b < briques.size(); b++) {
      List<Seance> seances = briques.get(b).getSeances();
      for (int s = 0; s < seances.size(); s++) {
        if (!seances.get(s).isDated()) {
          context.at("briques[" + b + "].seances[" + s + "].date").subject(seances.get(s).getId())
              .argument("seance", seances.get(s).getId()).argument("brique", briques.get(b).getId()).report();
        }
      }
    }
  }

  // ------------------------------------------------------------------ lengths and periods

  private static void durees(Cycle cycle, RuleContext context) {
    Duration tolerance = context.parameter(TOLERANCE_DE_DUREE);
    Duration journee = context.parameter(DUREE_MINIMALE_D_UNE_JOURNEE);
    parBrique(cycle, (b, brique, modele) -> {
      FormatDeSeance format = modele.getFormat();
      for (int s = 0; s < brique.getSeances().size(); s++) {
        Seance seance = brique.getSeances().get(s);
        Optional<Duration> duree = seance.duree();
        if (duree.isEmpty()) {
          continue;
        }
        String chemin = "briques[" + b + "].seances[" + s + "]";
        // A format's duration outside (0, 1 day] is the model's constraint's finding: nothing to compare with.
        if (format.getDuree().isPresent() && estUneDureeDeSeance(format.getDuree().get())) {
          Duration attendue = format.getDuree().get();
          if (duree.get().minus(attendue).abs().compareTo(tolerance) > 0) {
            context.at(chemin).subject(seance.getId()).argument("seance", seance.getId())
                .argument("duree", minutes(duree.get())).argument("attendue", minutes(attendue))
                .argument("tolerance", minutes(tolerance)).report();
          }
        } else if (format.isJourneeEntiere() && duree.get().compareTo(journee) < 0) {
          context.at(chemin).variant("journee").subject(seance.getId()).argument("seance", seance.getId())
              .argument("duree", minutes(duree.get())).argument("minimum", minutes(journee)).report();
        }
      }
    });
  }

  private static boolean estUneDureeDeSeance(Duration duree) {
    return !duree.isNegative() && !duree.isZero() && duree.compareTo(FormatDeSeance.DUREE_MAXIMALE) <= 0;
  }

  private static void seancesHorsPeriode(Cycle cycle, RuleContext context) {
    List<Brique> briques = cycle.getBriques();
    for (int b = 0; b < briques.size(); b++) {
      Optional<PeriodeAnnoncee> periode = briques.get(b).getPeriodeAnnoncee();
      if (periode.isEmpty()) {
        continue;
      }
      List<Seance> seances = briques.get(b).getSeances();
      for (int s = 0; s < seances.size(); s++) {
        Optional<LocalDate> date = seances.get(s).getDate();
        if (date.isPresent() && !periode.get().contains(date.get())) {
          context.at("briques[" + b + "].seances[" + s + "].date").subject(seances.get(s).getId())
              .argument("seance", seances.get(s).getId()).argument("date", date.get())
              .argument("debut", periode.get().getDebut()).argument("fin", periode.get().getFin()).report();
        }
      }
    }
  }

  private static void briquesHorsPeriode(Cycle cycle, RuleContext context) {
    if (cycle.getPeriode().isEmpty()) {
      return;
    }
    PeriodeAnnoncee duCycle = cycle.getPeriode().get();
    List<Brique> briques = cycle.getBriques();
    for (int b = 0; b < briques.size(); b++) {
      Optional<PeriodeAnnoncee> periode = briques.get(b).getPeriodeAnnoncee();
      if (periode.isPresent() && (periode.get().getDebut().isBefore(duCycle.getDebut())
          || periode.get().getFin().isAfter(duCycle.getFin()))) {
        context.at("briques[" + b + "].periodeAnnoncee").subject(briques.get(b).getId())
            .argument("brique", briques.get(b).getId())
            .argument("debut", periode.get().getDebut()).argument("fin", periode.get().getFin())
            .argument("debutCycle", duCycle.getDebut()).argument("finCycle", duCycle.getFin()).report();
      }
    }
  }

  // ------------------------------------------------------------------ overlaps

  private static void chevauchements(Cycle cycle, RuleContext context) {
    List<Creneau> creneaux = Creneau.du(cycle, 0);
    creneaux.sort(Creneau.ORDRE);
    Creneau plusLong = null;
    for (Creneau c : creneaux) {
      if (plusLong != null && c.chevauche(plusLong)) {
        context.at(c.chemin()).subject(c.seance().getId(), plusLong.seance().getId())
            .argument("seance", c.seance().getId()).argument("autre", plusLong.seance().getId())
            .argument("date", c.seance().getDate().orElseThrow()).report();
      }
      if (plusLong == null || c.fin().isAfter(plusLong.fin())) {
        plusLong = c;
      }
    }
  }

  private static void intervenantsSimultanes(Cycle cycle, RuleContext context) {
    balayerParIntervenant(Creneau.du(cycle, 0), false, (intervenant, c, autre) ->
        context.at(c.chemin()).subject(intervenant, c.seance().getId(), autre.seance().getId())
            .argument("intervenant", intervenant).argument("seance", c.seance().getId())
            .argument("autre", autre.seance().getId()).argument("date", c.seance().getDate().orElseThrow())
            .report());
  }

  private static void intervenantsSimultanesEntreCycles(Programme programme, RuleContext context) {
    List<Creneau> creneaux = new ArrayList<>();
    for (int i = 0; i < programme.getCycles().size(); i++) {
      creneaux.addAll(Creneau.du(programme.getCycles().get(i), i));
    }
    balayerParIntervenant(creneaux, true, (intervenant, c, autre) ->
        context.at("cycles[" + c.cycle() + "]." + c.chemin()).subject(intervenant, c.seance().getId(), autre.seance().getId())
            .argument("intervenant", intervenant).argument("seance", c.seance().getId())
            .argument("autre", "cycles[" + autre.cycle() + "] " + autre.seance().getId())
            .argument("date", c.seance().getDate().orElseThrow())
            .report());
  }

  /**
   * Reports, per intervenant, the séances that overlap another. Within a cycle, each séance that
   * overlaps one starting earlier (the earliest of a group is named as the other one). Across
   * cycles, every séance that overlaps one of another cycle, found by a forward sweep (the
   * longest-running earlier séance of each other cycle) and a backward one (the next séance to
   * start in each other cycle): the séances of one cycle never cover for each other.
   */
  private static void balayerParIntervenant(List<Creneau> creneaux, boolean entreCycles, Signalement signalement) {
    Map<String, List<Creneau>> parIntervenant = new HashMap<>();
    for (Creneau c : creneaux) {
      for (String intervenant : new TreeSet<>(c.seance().getIntervenantIds())) {
        parIntervenant.computeIfAbsent(intervenant, i -> new ArrayList<>()).add(c);
      }
    }
    for (String intervenant : new TreeSet<>(parIntervenant.keySet())) {
      List<Creneau> liste = parIntervenant.get(intervenant);
      liste.sort(Creneau.ORDRE);
      Map<Creneau, Creneau> partenaires = new java.util.LinkedHashMap<>();
      Map<Integer, Creneau> plusLongParCycle = new HashMap<>();
      for (Creneau c : liste) {
        plusLongParCycle.entrySet().stream()
            .filter(e -> entreCycles ? e.getKey() != c.cycle() : e.getKey() == c.cycle())
            .map(Map.Entry::getValue)
            .filter(c::chevauche)
            .min(Creneau.ORDRE)
            .ifPresent(a -> partenaires.put(c, a));
        plusLongParCycle.merge(c.cycle(), c, (ancien, nouveau) -> nouveau.fin().isAfter(ancien.fin()) ? nouveau : ancien);
      }
      if (entreCycles) {
        Map<Integer, Creneau> suivanteParCycle = new HashMap<>();
        for (int i = liste.size() - 1; i >= 0; i--) {
          Creneau c = liste.get(i);
          if (!partenaires.containsKey(c)) {
            suivanteParCycle.entrySet().stream()
                .filter(e -> e.getKey() != c.cycle())
                .map(Map.Entry::getValue)
                .filter(c::chevauche)
                .min(Creneau.ORDRE)
                .ifPresent(a -> partenaires.put(c, a));
          }
          suivanteParCycle.put(c.cycle(), c);
        }
      }
      liste.stream().filter(partenaires::containsKey)
          .forEach(c -> signalement.signaler(intervenant, c, partenaires.get(c)));
    }
  }

  @FunctionalInterface
  private interface Signalement {
    void signaler(String intervenant, Creneau seance, Creneau autre);
  }

  // ------------------------------------------------------------------ calendar

  private static void joursFermes(Cycle cycle, RuleContext context) {
    Calendrier calendrier = context.parameterIfSet(CALENDRIER).orElseGet(() -> calendrier(cycle))
        .and(context.parameterIfSet(FERMETURES).orElse(Calendrier.none()));
    for (Creneau creneau : Creneau.du(cycle, 0)) {
      Seance seance = creneau.seance();
      LocalDate jour = seance.getDate().orElseThrow();
      String chemin = creneau.chemin() + ".date";
      if (jour.getDayOfWeek() == DayOfWeek.SATURDAY || jour.getDayOfWeek() == DayOfWeek.SUNDAY) {
        context.at(chemin).variant("weekend").subject(seance.getId()).argument("seance", seance.getId())
            .argument("date", jour).argument("jour", jour.getDayOfWeek()).report();
      }
      for (Fermeture f : calendrier.fermetures(jour)) {
        context.at(chemin).variant(f.isJourFerie() ? "ferie" : "fermeture").subject(seance.getId())
            .argument("seance", seance.getId()).argument("date", jour).argument("fermeture", f.getLibelle()).report();
      }
    }
  }

  private static void premiereJournee(Cycle cycle, RuleContext context) {
    if (cycle.getPremiereJournee().isEmpty()) {
      return;
    }
    LocalDate annoncee = cycle.getPremiereJournee().get().getDate();
    Creneau.du(cycle, 0).stream().min(Creneau.ORDRE).ifPresent(premiere -> {
      LocalDate date = premiere.seance().getDate().orElseThrow();
      if (!date.equals(annoncee)) {
        context.at(premiere.chemin() + ".date").subject(premiere.seance().getId())
            .argument("seance", premiere.seance().getId()).argument("date", date).argument("annoncee", annoncee)
            .report();
      }
    });
  }

  private static void ordre(Cycle cycle, RuleContext context) {
    List<String> ordre = context.parameterIfSet(ORDRE_DES_BRIQUES)
        .orElseGet(() -> cycle.getModele().getBriques().stream().map(ModeleDeBrique::getId).toList());
    Map<String, Integer> index = new HashMap<>();
    for (int b = 0; b < cycle.getBriques().size(); b++) {
      index.putIfAbsent(cycle.getBriques().get(b).getId(), b);
    }
    for (int i = 1; i < ordre.size(); i++) {
      Integer precedente = index.get(ordre.get(i - 1));
      Integer suivante = index.get(ordre.get(i));
      if (precedente == null || suivante == null) {
        continue;
      }
      Optional<LocalDate> debutPrecedente = premiereDate(cycle.getBriques().get(precedente));
      List<Seance> seances = cycle.getBriques().get(suivante).getSeances();
      for (int s = 0; s < seances.size(); s++) {
        Optional<LocalDate> date = seances.get(s).getDate();
        if (date.isPresent() && debutPrecedente.isPresent() && date.get().isBefore(debutPrecedente.get())) {
          context.at("briques[" + suivante + "].seances[" + s + "].date").subject(seances.get(s).getId())
              .argument("seance", seances.get(s).getId()).argument("date", date.get())
              .argument("brique", ordre.get(i)).argument("precedente", ordre.get(i - 1))
              .argument("debut", debutPrecedente.get()).report();
        }
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static Optional<LocalDate> premiereDate(Brique brique) {
    return brique.getSeances().stream().map(Seance::getDate).flatMap(Optional::stream).min(Comparator.naturalOrder());
  }

  @FunctionalInterface
  private interface ParBrique {
    void accepter(int index, Brique brique, ModeleDeBrique modele);
  }

  private static void parBrique(Cycle cycle, ParBrique action) {
    List<Brique> briques = cycle.getBriques();
    for (int b = 0; b < briques.size(); b++) {
      int index = b;
      cycle.getModele().findBrique(briques.get(b).getId()).ifPresent(m -> action.accepter(index, briques.get(index), m));
    }
  }

  private static String minutes(Duration duree) {
    long minutes = duree.toMinutes();
    return minutes % 60 == 0 ? (minutes / 60) + " h" : (minutes / 60) + " h " + String.format(java.util.Locale.ROOT, "%02d", minutes % 60);
  }
}
