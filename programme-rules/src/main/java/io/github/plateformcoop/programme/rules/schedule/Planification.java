package io.github.plateformcoop.programme.rules.schedule;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.DateAnnoncee;
import io.github.plateformcoop.programme.model.DemiJournee;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.ValidationReport;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.calendar.Calendrier;
import io.github.plateformcoop.programme.rules.calendar.Fermeture;
import io.github.plateformcoop.programme.rules.internal.RuleMessages;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One planning of one cycle: the problem drawn from the cycle, the rule set and the preferences,
 * then a complete search.
 *
 * <p>Each séance to plan is a variable whose values are the days its brique may use (its
 * domain): in its window, on a weekday asked for, open, not avoided, clear of the fixed séances'
 * hours and at the minimum spacing from its brique's fixed séances. The variables are taken brique
 * by brique (in the order of {@code brique.ordre}), each brique's dates rising; each takes the day
 * nearest its target first. After each choice the search checks that every brique still has room
 * for its remaining séances (the earliest greedy placement, exact for one brique) and that the
 * briques together have enough free days (Hall's condition on their union); it undoes a choice
 * that fails either. The search visits every combination these checks do not rule out, so when it
 * finds none, none exists.
 */
final class Planification {

  /** How the announced first day of the cycle constrains the planned séances. */
  private enum PremiereJournee {
    /** No first day announced, or its rule disabled. */
    AUCUNE,
    /** A fixed séance is on it: planned séances on that day or later. */
    APRES_LE_JOUR,
    /** No fixed séance on or before it: a planned séance takes it, the others later. */
    SUR_LE_JOUR,
    /** The earliest fixed séance keeps its place (and its finding, if any): planned séances after it. */
    APRES_LA_PREMIERE_FIXEE
  }

  private final Planner planner;
  private final Cycle cycle;
  private final RuleSet rules;
  private final ZoneId zone;
  private final List<Brique> briques;
  private final int nombre;
  private final int espacement;

  private final ModeleDeBrique[] modeles;
  private final List<List<Integer>> nonDatees = new ArrayList<>();
  private final int[] ajoutees;
  private final int[] aPlanifier;
  private final long[][] fixees;
  private final LocalTime[] debuts;
  private final LocalTime[] fins;
  private final LocalDate[] premiersJours;
  private final LocalDate[] derniersJours;
  private final Map<LocalDate, List<Creneau>> fixesParJour = new HashMap<>();
  private final List<Creneau> fixes;
  /** The earliest fixed séance, in the order of the rules, or null when nothing is fixed. */
  private final Creneau premiereFixee;
  private final Calendrier calendrier;
  private final boolean joursFermes;
  private final LocalDate premiereJournee;
  private final Map<Integer, List<Integer>> precedentes = new HashMap<>();
  private final int[] ordreDesVariables;
  private final int[] rangDeBrique;

  // The search, for one mode of the first day.
  private PremiereJournee mode = PremiereJournee.AUCUNE;
  private long[][] domaines;
  private long[] plafonds;
  private long base;
  private int[] varBrique;
  private int[] varRang;
  private long[] varCible;
  private int[] premiereVar;
  private long[] choix;
  private BitSet pris;
  private long etapes;

  Planification(Planner planner, Cycle cycle) {
    this.planner = planner;
    this.cycle = cycle;
    this.rules = planner.getRuleSet();
    this.zone = cycle.getFuseau();
    this.briques = cycle.getBriques();
    this.nombre = briques.size();
    this.espacement = planner.getMinimumSpacing();
    this.modeles = new ModeleDeBrique[nombre];
    this.ajoutees = new int[nombre];
    this.aPlanifier = new int[nombre];
    this.fixees = new long[nombre][];
    this.debuts = new LocalTime[nombre];
    this.fins = new LocalTime[nombre];
    this.premiersJours = new LocalDate[nombre];
    this.derniersJours = new LocalDate[nombre];
    for (int b = 0; b < nombre; b++) {
      Brique brique = briques.get(b);
      modeles[b] = cycle.getModele().findBrique(brique.getId()).orElse(null);
      List<Integer> aDater = new ArrayList<>();
      List<Long> dates = new ArrayList<>();
      for (int s = 0; s < brique.getSeances().size(); s++) {
        Optional<LocalDate> date = brique.getSeances().get(s).getDate();
        if (date.isPresent()) {
          dates.add(date.get().toEpochDay());
        } else {
          aDater.add(s);
        }
      }
      nonDatees.add(aDater);
      fixees[b] = dates.stream().mapToLong(Long::longValue).sorted().toArray();
      ajoutees[b] = modeles[b] == null ? 0 : Math.max(0, modeles[b].getNombreDeSeances() - brique.getSeances().size());
      aPlanifier[b] = aDater.size() + ajoutees[b];
      Optional<PeriodeAnnoncee> periode = brique.getPeriodeAnnoncee().or(cycle::getPeriode);
      premiersJours[b] = periode.map(PeriodeAnnoncee::firstDay).orElse(null);
      derniersJours[b] = periode.map(PeriodeAnnoncee::lastDay).orElse(null);
    }
    this.fixes = Creneau.du(cycle, 0);
    this.premiereFixee = fixes.stream().min(Creneau.ORDRE).orElse(null);
    fixes.forEach(c -> fixesParJour.computeIfAbsent(c.seance().getDate().orElseThrow(), j -> new ArrayList<>()).add(c));
    this.joursFermes = rules.isEnabled(ScheduleRules.JOUR_FERME.getCode());
    this.calendrier = joursFermes
        ? rules.parameter(ScheduleRules.CALENDRIER).orElseGet(() -> ScheduleRules.calendrier(cycle))
            .and(rules.parameter(ScheduleRules.FERMETURES).orElse(Calendrier.none()))
        : Calendrier.none();
    this.premiereJournee = rules.isEnabled(ScheduleRules.PREMIERE_JOURNEE.getCode())
        ? cycle.getPremiereJournee().map(DateAnnoncee::getDate).orElse(null) : null;
    List<String> ordre = rules.isEnabled(ScheduleRules.ORDRE.getCode())
        ? rules.parameter(ScheduleRules.ORDRE_DES_BRIQUES)
            .orElseGet(() -> cycle.getModele().getBriques().stream().map(ModeleDeBrique::getId).toList())
        : List.of();
    Map<String, Integer> index = new HashMap<>();
    for (int b = 0; b < nombre; b++) {
      index.putIfAbsent(briques.get(b).getId(), b);
    }
    for (int i = 1; i < ordre.size(); i++) {
      Integer precedente = index.get(ordre.get(i - 1));
      Integer suivante = index.get(ordre.get(i));
      if (precedente != null && suivante != null) {
        precedentes.computeIfAbsent(suivante, k -> new ArrayList<>()).add(precedente);
      }
    }
    List<Integer> ordreDesBriques = new ArrayList<>();
    for (String id : ordre) {
      Integer b = index.get(id);
      if (b != null && !ordreDesBriques.contains(b)) {
        ordreDesBriques.add(b);
      }
    }
    for (int b = 0; b < nombre; b++) {
      if (!ordreDesBriques.contains(b)) {
        ordreDesBriques.add(b);
      }
    }
    this.ordreDesVariables = ordreDesBriques.stream().mapToInt(Integer::intValue).toArray();
    this.rangDeBrique = new int[nombre];
    for (int r = 0; r < nombre; r++) {
      rangDeBrique[ordreDesVariables[r]] = r;
    }
  }

  Plan plan() {
    int total = Arrays.stream(aPlanifier).sum();
    if (total == 0) {
      return Plan.of(cycle, List.of(), List.of());
    }
    for (int b = 0; b < nombre; b++) {
      if (aPlanifier[b] > 0 && premiersJours[b] == null) {
        return Plan.of(obstacle("plan.sans-periode", List.of(id(b)), "brique", id(b)));
      }
    }
    for (int b = 0; b < nombre; b++) {
      Optional<Obstacle> horaires = horaires(b);
      if (horaires.isPresent()) {
        return Plan.of(horaires.get());
      }
    }
    PremiereJournee premierMode = modeDeLaPremiereJournee();
    Resultat resultat = essayer(premierMode);
    if (resultat.obstacle != null && premiereFixee != null && premierMode == PremiereJournee.SUR_LE_JOUR) {
      // The first day cannot be taken: the earliest fixed séance keeps it from the planned ones, as it did before.
      Resultat repli = essayer(PremiereJournee.APRES_LA_PREMIERE_FIXEE);
      if (repli.obstacle == null) {
        resultat = repli;
      }
    }
    if (resultat.obstacle != null) {
      return Plan.of(resultat.obstacle);
    }
    return verifier(resultat.jours);
  }

  // ------------------------------------------------------------------ the problem

  private PremiereJournee modeDeLaPremiereJournee() {
    if (premiereJournee == null) {
      return PremiereJournee.AUCUNE;
    }
    if (premiereFixee == null) {
      return PremiereJournee.SUR_LE_JOUR;
    }
    LocalDate date = premiereFixee.seance().getDate().orElseThrow();
    if (date.equals(premiereJournee)) {
      return PremiereJournee.APRES_LE_JOUR;
    }
    return date.isBefore(premiereJournee) ? PremiereJournee.APRES_LA_PREMIERE_FIXEE : PremiereJournee.SUR_LE_JOUR;
  }

  /** The hours of the planned séances of a brique, from its format and the slot; none when the brique has no known format. */
  private Optional<Obstacle> horaires(int b) {
    if (aPlanifier[b] == 0 || modeles[b] == null) {
      return Optional.empty();
    }
    FormatDeSeance format = modeles[b].getFormat();
    Optional<Duration> duree = format.getDuree()
        .filter(d -> !d.isNegative() && !d.isZero() && d.compareTo(FormatDeSeance.DUREE_MAXIMALE) <= 0);
    LocalTime debut;
    Duration longueur;
    if (duree.isPresent()) {
      debut = planner.getSlot() == DemiJournee.MATIN ? Planner.MORNING_START : Planner.AFTERNOON_START;
      longueur = duree.get();
    } else if (format.isJourneeEntiere()) {
      debut = Planner.MORNING_START;
      Duration minimum = rules.parameter(ScheduleRules.DUREE_MINIMALE_D_UNE_JOURNEE)
          .or(ScheduleRules.DUREE_MINIMALE_D_UNE_JOURNEE::getDefaultValue).orElseThrow();
      Duration journee = Duration.between(Planner.MORNING_START, Planner.DAY_END);
      longueur = minimum.compareTo(journee) > 0 ? minimum : journee;
    } else {
      return Optional.empty();
    }
    if (Duration.ofSeconds(debut.toSecondOfDay()).plus(longueur).compareTo(Duration.ofDays(1)) >= 0) {
      return Optional.of(obstacle("plan.horaires", List.of(id(b)), "brique", id(b), "debut", debut,
          "duree", longueur.toMinutes() + " min"));
    }
    debuts[b] = debut;
    fins[b] = debut.plus(longueur);
    return Optional.empty();
  }

  /** The créneau a séance of a brique would take on a day. */
  private Creneau creneau(int b, LocalDate jour) {
    Instant debut = jour.atTime(debuts[b] == null ? LocalTime.MIN : debuts[b]).atZone(zone).toInstant();
    Instant fin = fins[b] == null ? jour.plusDays(1).atStartOfDay(zone).toInstant() : jour.atTime(fins[b]).atZone(zone).toInstant();
    return new Creneau(debut, fin, null, 0, "");
  }

  /** Why a day is not in a brique's domain, or empty when it is. */
  private Optional<Message> raison(int b, LocalDate jour, PremiereJournee mode) {
    if (jour.isBefore(premiersJours[b]) || jour.isAfter(derniersJours[b])) {
      return Optional.of(message("plan.raison.hors-periode", "brique", id(b)));
    }
    if (joursFermes && (jour.getDayOfWeek() == DayOfWeek.SATURDAY || jour.getDayOfWeek() == DayOfWeek.SUNDAY)) {
      return Optional.of(message("plan.raison.weekend", "jour", jourDeLaSemaine(jour.getDayOfWeek())));
    }
    List<Fermeture> fermetures = calendrier.fermetures(jour);
    if (!fermetures.isEmpty()) {
      return Optional.of(message("plan.raison.fermeture", "fermeture", fermetures.get(0).getLibelle()));
    }
    if (!planner.getWeekdays().contains(jour.getDayOfWeek())) {
      return Optional.of(message("plan.raison.jour-de-semaine", "jour", jourDeLaSemaine(jour.getDayOfWeek())));
    }
    if (planner.getAvoidedDates().contains(jour)) {
      return Optional.of(message("plan.raison.ecartee"));
    }
    List<Creneau> fixesDuJour = fixesParJour.getOrDefault(jour, List.of());
    Creneau creneau = fixesDuJour.isEmpty() && mode != PremiereJournee.APRES_LA_PREMIERE_FIXEE ? null : creneau(b, jour);
    for (Creneau fixe : fixesDuJour) {
      if (creneau.chevauche(fixe)) {
        return Optional.of(message("plan.raison.occupee", "seance", fixe.seance().getId()));
      }
    }
    if (espacement > 0) {
      for (long f : fixees[b]) {
        if (Math.abs(jour.toEpochDay() - f) < espacement) {
          return Optional.of(message("plan.raison.espacement", "date", LocalDate.ofEpochDay(f), "espacement", espacement));
        }
      }
    }
    boolean avant = switch (mode) {
      case AUCUNE -> false;
      case APRES_LE_JOUR, SUR_LE_JOUR -> jour.isBefore(premiereJournee);
      case APRES_LA_PREMIERE_FIXEE -> Creneau.ORDRE.compare(creneau, premiereFixee) <= 0;
    };
    if (avant) {
      return Optional.of(message("plan.raison.avant-la-premiere", "date",
          mode == PremiereJournee.APRES_LA_PREMIERE_FIXEE ? premiereFixee.seance().getDate().orElseThrow() : premiereJournee));
    }
    return Optional.empty();
  }

  private long[] domaine(int b, PremiereJournee mode) {
    List<Long> jours = new ArrayList<>();
    for (LocalDate jour = premiersJours[b]; !jour.isAfter(derniersJours[b]); jour = jour.plusDays(1)) {
      if (raison(b, jour, mode).isEmpty()) {
        jours.add(jour.toEpochDay());
      }
    }
    return jours.stream().mapToLong(Long::longValue).toArray();
  }

  // ------------------------------------------------------------------ one search

  private static final class Resultat {
    private final long[][] jours;
    private final Obstacle obstacle;

    private Resultat(long[][] jours, Obstacle obstacle) {
      this.jours = jours;
      this.obstacle = obstacle;
    }
  }

  private Resultat essayer(PremiereJournee mode) {
    this.mode = mode;
    domaines = new long[nombre][];
    long min = Long.MAX_VALUE;
    for (int b = 0; b < nombre; b++) {
      domaines[b] = aPlanifier[b] == 0 ? new long[0] : domaine(b, mode);
      if (domaines[b].length > 0) {
        min = Math.min(min, domaines[b][0]);
      }
    }
    base = min == Long.MAX_VALUE ? 0 : min;
    // A brique before one with fixed séances, and none of its own: its first séance no later than theirs.
    plafonds = new long[nombre];
    Arrays.fill(plafonds, Long.MAX_VALUE);
    precedentes.forEach((suivante, liste) -> {
      for (int precedente : liste) {
        if (fixees[precedente].length == 0 && aPlanifier[precedente] > 0 && fixees[suivante].length > 0) {
          plafonds[precedente] = Math.min(plafonds[precedente], fixees[suivante][0]);
        }
      }
    });
    Optional<Obstacle> avant = obstacleAvantLaRecherche(mode);
    if (avant.isPresent()) {
      return new Resultat(null, avant.get());
    }
    variables(mode);
    return rechercher();
  }

  private Optional<Obstacle> obstacleAvantLaRecherche(PremiereJournee mode) {
    List<Integer> aDater = new ArrayList<>();
    for (int r = 0; r < nombre; r++) {
      int b = ordreDesVariables[r];
      if (aPlanifier[b] > 0) {
        aDater.add(b);
      }
    }
    for (int b : aDater) {
      if (domaines[b].length < aPlanifier[b]) {
        return Optional.of(obstacle("plan.jours-insuffisants", List.of(id(b)), "brique", id(b), "besoin", aPlanifier[b],
            "libres", domaines[b].length, "jours", joursDeLaSemaine(), "debut", premiersJours[b], "fin", derniersJours[b]));
      }
      int possibles = glouton(domaines[b], Long.MIN_VALUE, Long.MAX_VALUE, new BitSet(), aPlanifier[b]);
      if (possibles < aPlanifier[b]) {
        return Optional.of(obstacle("plan.espacement", List.of(id(b)), "brique", id(b), "besoin", aPlanifier[b],
            "possibles", possibles, "espacement", espacement, "debut", premiersJours[b], "fin", derniersJours[b]));
      }
      if (plafonds[b] != Long.MAX_VALUE && (domaines[b].length == 0 || domaines[b][0] > plafonds[b])) {
        int suivante = suivanteAvecPlafond(b);
        return Optional.of(obstacle("plan.ordre", List.of(id(b), id(suivante)), "brique", id(b), "suivante", id(suivante),
            "date", LocalDate.ofEpochDay(plafonds[b])));
      }
    }
    if (aDater.size() > 1 && aDater.size() <= 12) {
      for (int sousEnsemble = 1; sousEnsemble < (1 << aDater.size()); sousEnsemble++) {
        if (Integer.bitCount(sousEnsemble) < 2) {
          continue;
        }
        BitSet union = new BitSet();
        int besoin = 0;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < aDater.size(); i++) {
          if ((sousEnsemble & (1 << i)) != 0) {
            int b = aDater.get(i);
            besoin += aPlanifier[b];
            ids.add(id(b));
            for (long jour : domaines[b]) {
              union.set((int) (jour - base));
            }
          }
        }
        if (union.cardinality() < besoin) {
          return Optional.of(obstacle("plan.jours-partages", ids, "briques", ids, "besoin", besoin,
              "libres", union.cardinality()));
        }
      }
    }
    if (mode == PremiereJournee.SUR_LE_JOUR) {
      long jour = premiereJournee.toEpochDay();
      boolean prenable = aDater.stream().anyMatch(b -> Arrays.binarySearch(domaines[b], jour) >= 0);
      if (!prenable) {
        int b = aDater.get(0);
        Message raison = raison(b, premiereJournee, PremiereJournee.AUCUNE)
            .orElseGet(() -> message("plan.raison.ordre"));
        return Optional.of(obstacle("plan.premiere-journee", List.of(), "date", premiereJournee, "raison", raison));
      }
    }
    return Optional.empty();
  }

  private int suivanteAvecPlafond(int b) {
    for (Map.Entry<Integer, List<Integer>> e : precedentes.entrySet()) {
      if (e.getValue().contains(b) && fixees[e.getKey()].length > 0 && fixees[e.getKey()][0] == plafonds[b]) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("No brique after '" + id(b) + "' sets its latest start");
  }

  /** The variables, brique by brique in the order of the briques, each brique's targets rising. */
  private void variables(PremiereJournee mode) {
    int total = Arrays.stream(aPlanifier).sum();
    varBrique = new int[total];
    varRang = new int[total];
    varCible = new long[total];
    premiereVar = new int[nombre];
    Arrays.fill(premiereVar, -1);
    int v = 0;
    boolean premiereJourneeCiblee = mode != PremiereJournee.SUR_LE_JOUR;
    for (int r = 0; r < nombre; r++) {
      int b = ordreDesVariables[r];
      if (aPlanifier[b] == 0) {
        continue;
      }
      premiereVar[b] = v;
      long[] cibles = cibles(b);
      if (!premiereJourneeCiblee && Arrays.binarySearch(domaines[b], premiereJournee.toEpochDay()) >= 0) {
        cibles[0] = premiereJournee.toEpochDay();
        premiereJourneeCiblee = true;
      }
      for (int j = 0; j < aPlanifier[b]; j++) {
        varBrique[v] = b;
        varRang[v] = j;
        varCible[v] = cibles[j];
        v++;
      }
    }
  }

  /**
   * The targets of a brique's planned séances: its free stretch (its domain's first to last day)
   * cut at its fixed séances, each stretch given séances in proportion to its length, spread
   * evenly in it, or at the target spacing around its middle.
   */
  private long[] cibles(int b) {
    long debut = domaines[b][0];
    long fin = domaines[b][domaines[b].length - 1];
    List<Long> bornes = new ArrayList<>();
    bornes.add(debut);
    for (long f : fixees[b]) {
      if (f > debut && f < fin) {
        bornes.add(f);
      }
    }
    bornes.add(fin);
    int troncons = bornes.size() - 1;
    long longueurTotale = Math.max(1, fin - debut);
    int[] parTroncon = new int[troncons];
    double[] restes = new double[troncons];
    int attribuees = 0;
    for (int t = 0; t < troncons; t++) {
      double part = (double) aPlanifier[b] * (bornes.get(t + 1) - bornes.get(t)) / longueurTotale;
      parTroncon[t] = (int) Math.floor(part);
      restes[t] = part - parTroncon[t];
      attribuees += parTroncon[t];
    }
    while (attribuees < aPlanifier[b]) {
      int meilleur = 0;
      for (int t = 1; t < troncons; t++) {
        if (restes[t] > restes[meilleur]) {
          meilleur = t;
        }
      }
      parTroncon[meilleur]++;
      restes[meilleur] = -1;
      attribuees++;
    }
    long[] cibles = new long[aPlanifier[b]];
    int k = 0;
    for (int t = 0; t < troncons; t++) {
      double a = bornes.get(t);
      double longueur = bornes.get(t + 1) - a;
      int c = parTroncon[t];
      double pas = longueur / (c + 1);
      if (planner.getTargetSpacing().isPresent()) {
        pas = Math.min(pas, planner.getTargetSpacing().get());
      }
      double milieu = a + longueur / 2;
      for (int j = 0; j < c; j++) {
        cibles[k++] = Math.round(milieu + (j - (c - 1) / 2.0) * pas);
      }
    }
    Arrays.sort(cibles);
    return cibles;
  }

  private Resultat rechercher() {
    int n = varBrique.length;
    choix = new long[n];
    pris = new BitSet();
    etapes = 0;
    long[][] candidats = new long[n][];
    int[] curseurs = new int[n];
    int niveau = 0;
    candidats[0] = candidats(0);
    while (niveau >= 0) {
      if (niveau == n) {
        long[][] jours = new long[nombre][];
        for (int b = 0; b < nombre; b++) {
          jours[b] = premiereVar[b] < 0 ? new long[0] : Arrays.copyOfRange(choix, premiereVar[b], premiereVar[b] + aPlanifier[b]);
        }
        return new Resultat(jours, null);
      }
      if (curseurs[niveau] >= candidats[niveau].length) {
        niveau--;
        if (niveau >= 0) {
          pris.clear((int) (choix[niveau] - base));
        }
        continue;
      }
      if (++etapes > planner.getMaxSteps()) {
        return new Resultat(null, obstacle("plan.recherche-interrompue", List.of(), "etapes", planner.getMaxSteps()));
      }
      long jour = candidats[niveau][curseurs[niveau]++];
      choix[niveau] = jour;
      pris.set((int) (jour - base));
      if (possible(niveau)) {
        niveau++;
        if (niveau < n) {
          candidats[niveau] = candidats(niveau);
          curseurs[niveau] = 0;
        }
      } else {
        pris.clear((int) (jour - base));
      }
    }
    List<String> ids = new ArrayList<>();
    for (int r = 0; r < nombre; r++) {
      if (aPlanifier[ordreDesVariables[r]] > 0) {
        ids.add(id(ordreDesVariables[r]));
      }
    }
    return new Resultat(null, obstacle("plan.combinaison", ids, "briques", ids, "espacement", espacement));
  }

  /** The first day of a brique, once its planned séances are chosen: its earliest fixed or planned séance. */
  private long premierJour(int b) {
    long premier = fixees[b].length > 0 ? fixees[b][0] : Long.MAX_VALUE;
    if (premiereVar[b] >= 0) {
      premier = Math.min(premier, choix[premiereVar[b]]);
    }
    return premier;
  }

  /** The earliest day a brique's next séance may take, given the choices up to a level. */
  private long plancher(int b, int niveau) {
    long plancher = Long.MIN_VALUE;
    for (int precedente : precedentes.getOrDefault(b, List.of())) {
      boolean choisie = premiereVar[precedente] < 0 || premiereVar[precedente] <= niveau;
      if (rangDeBrique[precedente] < rangDeBrique[b] && choisie) {
        long premier = premierJour(precedente);
        if (premier != Long.MAX_VALUE) {
          plancher = Math.max(plancher, premier);
        }
      }
    }
    return plancher;
  }

  private long[] candidats(int v) {
    int b = varBrique[v];
    long plancher = plancher(b, v - 1);
    if (varRang[v] > 0) {
      plancher = Math.max(plancher, choix[v - 1] + Math.max(1, espacement));
    }
    long plafond = varRang[v] == 0 ? plafonds[b] : Long.MAX_VALUE;
    long cible = varCible[v];
    long[] domaine = domaines[b];
    List<Long> jours = new ArrayList<>();
    for (int i = debutDe(domaine, plancher); i < domaine.length && domaine[i] <= plafond; i++) {
      if (!pris.get((int) (domaine[i] - base))) {
        jours.add(domaine[i]);
      }
    }
    jours.sort(Comparator.<Long>comparingLong(j -> Math.abs(j - cible)).thenComparingLong(j -> j));
    return jours.stream().mapToLong(Long::longValue).toArray();
  }

  private static int debutDe(long[] domaine, long plancher) {
    int i = Arrays.binarySearch(domaine, plancher);
    return i >= 0 ? i : -i - 1;
  }

  /** After a choice at a level: every brique still has room, the briques together have enough free days, and the first day can still be taken. */
  private boolean possible(int niveau) {
    int b = varBrique[niveau];
    BitSet union = new BitSet();
    int besoin = 0;
    boolean premiereJourneePrenable = premiereJourneeAPrendre() == Long.MIN_VALUE;
    for (int r = rangDeBrique[b]; r < nombre; r++) {
      int autre = ordreDesVariables[r];
      if (aPlanifier[autre] == 0) {
        continue;
      }
      int restantes;
      long plancher;
      long plafond;
      if (autre == b) {
        restantes = aPlanifier[b] - varRang[niveau] - 1;
        plancher = choix[niveau] + Math.max(1, espacement);
        plafond = Long.MAX_VALUE;
      } else {
        restantes = aPlanifier[autre];
        plancher = plancher(autre, niveau);
        plafond = plafonds[autre];
        long jour = premiereJourneeAPrendre();
        if (jour != Long.MIN_VALUE && jour >= plancher && jour <= plafond
            && Arrays.binarySearch(domaines[autre], jour) >= 0) {
          premiereJourneePrenable = true;
        }
      }
      if (restantes == 0) {
        continue;
      }
      if (glouton(domaines[autre], plancher, plafond, pris, restantes) < restantes) {
        return false;
      }
      besoin += restantes;
      for (int i = debutDe(domaines[autre], plancher); i < domaines[autre].length; i++) {
        if (!pris.get((int) (domaines[autre][i] - base))) {
          union.set((int) (domaines[autre][i] - base));
        }
      }
    }
    return premiereJourneePrenable && union.cardinality() >= besoin;
  }

  /** The announced first day while a planned séance must still take it, else {@code Long.MIN_VALUE}. */
  private long premiereJourneeAPrendre() {
    if (mode != PremiereJournee.SUR_LE_JOUR) {
      return Long.MIN_VALUE;
    }
    long jour = premiereJournee.toEpochDay();
    return jour >= base && pris.get((int) (jour - base)) ? Long.MIN_VALUE : jour;
  }

  /**
   * How many of a brique's séances fit from a day on, earliest first, at the minimum spacing, on
   * days not taken, the first no later than a bound; stops at what is needed.
   */
  private int glouton(long[] domaine, long plancher, long plafondDuPremier, BitSet occupes, int besoin) {
    int places = 0;
    long suivant = plancher;
    for (int i = debutDe(domaine, plancher); i < domaine.length && places < besoin; i++) {
      long jour = domaine[i];
      if (jour < suivant || occupes.get((int) (jour - base))) {
        continue;
      }
      if (places == 0 && jour > plafondDuPremier) {
        return 0;
      }
      places++;
      suivant = jour + Math.max(1, espacement);
    }
    return places;
  }

  // ------------------------------------------------------------------ the plan

  private Plan verifier(long[][] jours) {
    Cycle.Builder planifie = Cycle.builder().from(cycle).briques(List.of());
    List<String> planifiees = new ArrayList<>();
    List<String> ajouteesIds = new ArrayList<>();
    Set<String> ids = cycle.seances().map(Seance::getId).collect(Collectors.toCollection(HashSet::new));
    for (int b = 0; b < nombre; b++) {
      Brique brique = briques.get(b);
      List<Seance> seances = new ArrayList<>(brique.getSeances());
      int k = 0;
      for (int s : nonDatees.get(b)) {
        seances.set(s, dater(Seance.builder().from(seances.get(s)), b, jours[b][k++]).build());
        planifiees.add(seances.get(s).getId());
      }
      for (int a = 0; a < ajoutees[b]; a++) {
        int numero = seances.size() + 1;
        String id = brique.getId() + "-" + numero;
        for (int n = numero + 1; ids.contains(id); n++) {
          id = brique.getId() + "-" + n;
        }
        ids.add(id);
        seances.add(dater(Seance.builder().id(id).numero(numero), b, jours[b][k++]).build());
        planifiees.add(id);
        ajouteesIds.add(id);
      }
      planifie.addBrique(Brique.builder().from(brique).seances(seances).build());
    }
    Cycle resultat = planifie.build();
    Set<String> avant = constats(rules.validate(cycle));
    for (Violation v : rules.validate(resultat).getViolations()) {
      if (v.getSeverity() != Severity.INFO && !avant.contains(cle(v))) {
        return Plan.of(obstacle("plan.regle", v.getSubjectIds(), "code", v.getCode(), "message", v.getMessage()));
      }
    }
    return Plan.of(resultat, planifiees, ajouteesIds);
  }

  private Seance.Builder dater(Seance.Builder seance, int b, long jour) {
    seance.date(LocalDate.ofEpochDay(jour));
    if (debuts[b] != null) {
      seance.debut(debuts[b]).fin(fins[b]);
    }
    return seance;
  }

  private static Set<String> constats(ValidationReport report) {
    return report.getViolations().stream().filter(v -> v.getSeverity() != Severity.INFO).map(Planification::cle)
        .collect(Collectors.toSet());
  }

  private static String cle(Violation v) {
    return v.getCode() + "|" + v.getPath() + "|" + v.getSubjectIds();
  }

  // ------------------------------------------------------------------ texts

  private String id(int b) {
    return briques.get(b).getId();
  }

  private List<Message> joursDeLaSemaine() {
    return planner.getWeekdays().stream().map(Planification::jourDeLaSemaine).toList();
  }

  private static Message jourDeLaSemaine(DayOfWeek jour) {
    return message("plan.jour." + jour.name());
  }

  private static Message message(String key, Object... arguments) {
    return RuleMessages.message(key, arguments);
  }

  private static Obstacle obstacle(String code, List<String> subjectIds, Object... arguments) {
    return new Obstacle(code, subjectIds, message(code, arguments));
  }
}
