package io.github.plateformcoop.programme.benchmarks;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.rules.calendar.Fermeture;
import io.github.plateformcoop.programme.rules.calendar.JoursFeries;
import io.github.plateformcoop.programme.rules.calendar.RegimeDeJoursFeries;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The baseline of the rules and completion benchmark: what the default rules and the completion of
 * {@link CompletionBenchmark#CRITERE} compute on a programme of the national dataset's shape,
 * written by hand in one pass per cycle, with arrays and hash maps, no reflection and no message.
 *
 * <p>It checks what that shape holds: the ids and names the model's constraints cover, the
 * département codes, dates and durations; duplicated ids and attendance; unknown references;
 * eligibility; attendance longer than its séance; the count, dates, lengths, periods, overlaps,
 * closed days and order of the séances. It leaves out what the shape never holds: intervenants,
 * seats, SIREN and INSEE codes, announced counts, strategies, experimentations, livrables, a
 * cycle's own period and first day, dated engagements. {@code PasseALaMainTest} shows it finds
 * what the library finds, at the same paths, and the same figures, on a small programme with a
 * defect of each kind it checks.
 */
public final class PasseALaMain {

  /** The sensibilisation hours a participant must attend, as a share of those held. */
  private static final double PART_DES_HEURES = 0.75;
  /** The ateliers a participant must attend. */
  private static final int ATELIERS = 2;
  private static final Duration TOLERANCE = Duration.ofMinutes(15);
  private static final Duration JOURNEE_MINIMALE = Duration.ofHours(5);
  private static final Duration JOURNEE = Duration.ofHours(7);

  private PasseALaMain() {}

  /**
   * A finding: the rule's code, the path of the value, the ids it is about.
   *
   * @param code the rule's code
   * @param chemin the path from the programme
   * @param sujets the ids of the finding's subjects
   */
  public record Constat(String code, String chemin, List<String> sujets) {}

  /**
   * A participant's or collectivité's figures.
   *
   * @param sujet the participant's or collectivité's id
   * @param termine whether the criterion is met, the cycle over
   * @param heures the time attended
   * @param dates the days attended, in order
   */
  public record Bilan(String sujet, boolean termine, Duration heures, List<LocalDate> dates) {}

  /**
   * What the pass found.
   *
   * @param constats the findings
   * @param bilans the figures of every participant, then every collectivité, cycle after cycle
   */
  public record Resultat(List<Constat> constats, List<Bilan> bilans) {}

  /**
   * Checks and evaluates a programme of the national dataset's shape.
   *
   * @param programme the programme, not null
   * @return the findings and the figures, not null
   */
  public static Resultat evaluer(Programme programme) {
    List<Constat> constats = new ArrayList<>();
    List<Bilan> bilans = new ArrayList<>();
    identifiant(programme.getId(), "id", constats);
    nonVide(programme.getNom(), "nom", constats);
    identifiant(programme.getPorteur().getId(), "porteur.id", constats);
    nonVide(programme.getPorteur().getNom(), "porteur.nom", constats);
    Map<RegimeDeJoursFeries, Map<Integer, Map<LocalDate, String>>> feries = new EnumMap<>(RegimeDeJoursFeries.class);
    for (int c = 0; c < programme.getCycles().size(); c++) {
      cycle(programme.getCycles().get(c), "cycles[" + c + "].", constats, bilans, feries);
    }
    return new Resultat(constats, bilans);
  }

  private static void cycle(Cycle cycle, String prefixe, List<Constat> constats, List<Bilan> bilans,
      Map<RegimeDeJoursFeries, Map<Integer, Map<LocalDate, String>>> feries) {
    identifiant(cycle.getId(), prefixe + "id", constats);
    nonVide(cycle.getIntitule(), prefixe + "intitule", constats);
    identifiant(cycle.getModele().getId(), prefixe + "modele.id", constats);
    nonVide(cycle.getModele().getIntitule(), prefixe + "modele.intitule", constats);
    for (String d : cycle.getModele().getPublicCible().getDepartements()) {
      if (!departement(d)) {
        constats.add(new Constat("modele.contrainte", prefixe + "modele.publicCible.departements[].<iterable element>", List.of()));
      }
    }
    List<ModeleDeBrique> modeles = cycle.getModele().getBriques();
    Map<String, ModeleDeBrique> modeleParId = new HashMap<>();
    for (int b = 0; b < modeles.size(); b++) {
      ModeleDeBrique m = modeles.get(b);
      String chemin = prefixe + "modele.briques[" + b + "]";
      identifiant(m.getId(), chemin + ".id", constats);
      nonVide(m.getIntitule(), chemin + ".intitule", constats);
      if (m.getNombreDeSeances() > ModeleDeBrique.NOMBRE_MAXIMAL_DE_SEANCES) {
        constats.add(new Constat("modele.contrainte", chemin + ".nombreDeSeances", List.of()));
      }
      if (m.getFormat().getDuree().isPresent() && !dureeDeSeance(m.getFormat().getDuree().get())) {
        constats.add(new Constat("modele.contrainte", chemin + ".format.duree", List.of()));
      }
      if (modeleParId.putIfAbsent(m.getId(), m) != null) {
        constats.add(new Constat("reference.doublon", chemin + ".id", List.of(m.getId())));
      }
    }

    // Collectivités, engagements, participants: ids, references, eligibility.
    List<Collectivite> collectivites = cycle.getCollectivites();
    Map<String, Integer> collectiviteParId = new HashMap<>();
    for (int i = 0; i < collectivites.size(); i++) {
      Collectivite col = collectivites.get(i);
      String chemin = prefixe + "collectivites[" + i + "]";
      identifiant(col.getId(), chemin + ".id", constats);
      nonVide(col.getNom(), chemin + ".nom", constats);
      if (col.getDepartement().isPresent() && !departement(col.getDepartement().get())) {
        constats.add(new Constat("modele.contrainte", chemin + ".departement", List.of()));
      }
      if (collectiviteParId.putIfAbsent(col.getId(), i) != null) {
        constats.add(new Constat("reference.doublon", chemin + ".id", List.of(col.getId())));
      }
    }
    List<Engagement> engagements = cycle.getEngagements();
    Set<String> engagees = new HashSet<>();
    Set<String> engagementIds = new HashSet<>();
    for (int e = 0; e < engagements.size(); e++) {
      Engagement en = engagements.get(e);
      String chemin = prefixe + "engagements[" + e + "]";
      identifiant(en.getId(), chemin + ".id", constats);
      identifiant(en.getCollectiviteId(), chemin + ".collectiviteId", constats);
      if (!engagementIds.add(en.getId())) {
        constats.add(new Constat("reference.doublon", chemin + ".id", List.of(en.getId())));
      }
      if (!collectiviteParId.containsKey(en.getCollectiviteId())) {
        constats.add(new Constat("reference.inconnue", chemin + ".collectiviteId", List.of(en.getId())));
      }
      if (en.getStatut() != StatutDEngagement.RETIREE) {
        engagees.add(en.getCollectiviteId());
      }
    }
    Set<String> departementsCibles = cycle.getModele().getPublicCible().getDepartements();
    Set<FamilleDeCollectivite> famillesCibles = cycle.getModele().getPublicCible().getFamilles();
    Set<String> departements = new HashSet<>(departementsCibles);
    for (int i = 0; i < collectivites.size(); i++) {
      Collectivite col = collectivites.get(i);
      if (!engagees.contains(col.getId())) {
        continue;
      }
      col.getDepartement().ifPresent(departements::add);
      if (!departementsCibles.isEmpty() && col.getDepartement().isPresent()
          && !departementsCibles.contains(col.getDepartement().get())) {
        constats.add(new Constat("eligibilite.departement", prefixe + "collectivites[" + i + "].departement",
            List.of(col.getId())));
      }
      if (!famillesCibles.isEmpty() && !famillesCibles.contains(col.getType().getFamille())) {
        constats.add(new Constat("eligibilite.famille", prefixe + "collectivites[" + i + "].type", List.of(col.getId())));
      }
    }
    Set<Role> rolesCibles = cycle.getModele().getPublicCible().getRoles();
    List<Participant> participants = cycle.getParticipants();
    Map<String, Integer> participantParId = new HashMap<>();
    for (int p = 0; p < participants.size(); p++) {
      Participant pa = participants.get(p);
      String chemin = prefixe + "participants[" + p + "]";
      identifiant(pa.getId(), chemin + ".id", constats);
      identifiant(pa.getCollectiviteId(), chemin + ".collectiviteId", constats);
      if (participantParId.putIfAbsent(pa.getId(), p) != null) {
        constats.add(new Constat("reference.doublon", chemin + ".id", List.of(pa.getId())));
      }
      if (!collectiviteParId.containsKey(pa.getCollectiviteId())) {
        constats.add(new Constat("reference.inconnue", chemin + ".collectiviteId", List.of(pa.getId())));
      }
      if (!rolesCibles.isEmpty() && !rolesCibles.contains(pa.getRole())) {
        constats.add(new Constat("eligibilite.role", chemin + ".role", List.of(pa.getId(), pa.getCollectiviteId())));
      }
    }

    // Briques and séances: one slot per dated séance, checked as it comes.
    List<Brique> briques = cycle.getBriques();
    Map<String, Integer> seanceParId = new HashMap<>();
    List<Seance> seances = new ArrayList<>();
    List<Integer> briqueDeLaSeance = new ArrayList<>();
    List<String> cheminDeLaSeance = new ArrayList<>();
    Map<String, Integer> briqueParId = new HashMap<>();
    Set<RegimeDeJoursFeries> regimes = regimes(departements);
    List<Creneau> creneaux = new ArrayList<>();
    for (int b = 0; b < briques.size(); b++) {
      Brique brique = briques.get(b);
      String cheminDeBrique = prefixe + "briques[" + b + "]";
      identifiant(brique.getId(), cheminDeBrique + ".id", constats);
      if (briqueParId.putIfAbsent(brique.getId(), b) != null) {
        constats.add(new Constat("reference.doublon", cheminDeBrique + ".id", List.of(brique.getId())));
      }
      ModeleDeBrique modele = modeleParId.get(brique.getId());
      if (modele == null) {
        constats.add(new Constat("reference.inconnue", cheminDeBrique + ".id", List.of(brique.getId())));
      } else if (brique.getSeances().size() > modele.getNombreDeSeances()) {
        constats.add(new Constat("seance.nombre-depasse", cheminDeBrique + ".seances", List.of(brique.getId())));
      } else if (brique.getSeances().size() < modele.getNombreDeSeances()) {
        constats.add(new Constat("seance.nombre-incomplet", cheminDeBrique + ".seances", List.of(brique.getId())));
      }
      brique.getPeriodeAnnoncee().ifPresent(p -> {
        if (!dateDuCalendrier(p.getDebut().getYear())) {
          constats.add(new Constat("modele.contrainte", cheminDeBrique + ".periodeAnnoncee.debut", List.of()));
        }
        if (!dateDuCalendrier(p.getFin().getYear())) {
          constats.add(new Constat("modele.contrainte", cheminDeBrique + ".periodeAnnoncee.fin", List.of()));
        }
      });
      for (int s = 0; s < brique.getSeances().size(); s++) {
        Seance seance = brique.getSeances().get(s);
        String chemin = cheminDeBrique + ".seances[" + s + "]";
        identifiant(seance.getId(), chemin + ".id", constats);
        if (seance.getNumero().isPresent() && seance.getNumero().get() <= 0) {
          constats.add(new Constat("modele.contrainte", chemin + ".numero", List.of()));
        }
        if (seanceParId.putIfAbsent(seance.getId(), seances.size()) != null) {
          constats.add(new Constat("reference.doublon", chemin + ".id", List.of(seance.getId())));
        }
        seances.add(seance);
        briqueDeLaSeance.add(b);
        cheminDeLaSeance.add(chemin);
        if (seance.getDate().isEmpty()) {
          constats.add(new Constat("seance.non-datee", chemin + ".date", List.of(seance.getId())));
          continue;
        }
        LocalDate jour = seance.getDate().get();
        if (!dateDuCalendrier(jour.getYear())) {
          constats.add(new Constat("modele.contrainte", chemin + ".date", List.of()));
        }
        Optional<Duration> duree = seance.duree();
        if (modele != null && duree.isPresent()) {
          FormatDeSeance format = modele.getFormat();
          if (format.getDuree().isPresent() && dureeDeSeance(format.getDuree().get())) {
            if (duree.get().minus(format.getDuree().get()).abs().compareTo(TOLERANCE) > 0) {
              constats.add(new Constat("seance.duree", chemin, List.of(seance.getId())));
            }
          } else if (format.isJourneeEntiere() && duree.get().compareTo(JOURNEE_MINIMALE) < 0) {
            constats.add(new Constat("seance.duree", chemin, List.of(seance.getId())));
          }
        }
        if (brique.getPeriodeAnnoncee().isPresent() && !brique.getPeriodeAnnoncee().get().contains(jour)) {
          constats.add(new Constat("seance.hors-periode", chemin + ".date", List.of(seance.getId())));
        }
        creneaux.add(new Creneau(jour.atTime(seance.getDebut().orElse(LocalTime.MIN)),
            seance.getFin().isPresent() ? jour.atTime(seance.getFin().get()) : jour.plusDays(1).atStartOfDay(), seance, chemin));
      }
    }
    // Closed days, in the order of the slots as the library reports them: brique by brique.
    for (Creneau creneau : creneaux) {
      LocalDate jour = creneau.debut.toLocalDate();
      if (jour.getDayOfWeek() == DayOfWeek.SATURDAY || jour.getDayOfWeek() == DayOfWeek.SUNDAY) {
        constats.add(new Constat("seance.jour-ferme", creneau.chemin + ".date", List.of(creneau.seance.getId())));
      }
      Set<String> libelles = new HashSet<>();
      for (RegimeDeJoursFeries regime : regimes) {
        String libelle = feries.computeIfAbsent(regime, r -> new HashMap<>())
            .computeIfAbsent(jour.getYear(), annee -> joursFeries(annee, regime)).get(jour);
        if (libelle != null && libelles.add(libelle)) {
          constats.add(new Constat("seance.jour-ferme", creneau.chemin + ".date", List.of(creneau.seance.getId())));
        }
      }
    }
    // Overlaps: the slots in order of start, each against the longest-running one before it.
    creneaux.sort(Creneau.ORDRE);
    Creneau plusLong = null;
    for (Creneau c : creneaux) {
      if (plusLong != null && c.debut.isBefore(plusLong.fin) && plusLong.debut.isBefore(c.fin)) {
        constats.add(new Constat("seance.chevauchement", c.chemin, List.of(c.seance.getId(), plusLong.seance.getId())));
      }
      if (plusLong == null || c.fin.isAfter(plusLong.fin)) {
        plusLong = c;
      }
    }
    // The order of the briques: none starts before the previous one of the modèle started.
    for (int m = 1; m < modeles.size(); m++) {
      Integer precedente = briqueParId.get(modeles.get(m - 1).getId());
      Integer suivante = briqueParId.get(modeles.get(m).getId());
      if (precedente == null || suivante == null) {
        continue;
      }
      LocalDate debut = briques.get(precedente).getSeances().stream().map(Seance::getDate).flatMap(Optional::stream)
          .min(Comparator.naturalOrder()).orElse(null);
      List<Seance> ss = briques.get(suivante).getSeances();
      for (int s = 0; s < ss.size(); s++) {
        if (debut != null && ss.get(s).getDate().isPresent() && ss.get(s).getDate().get().isBefore(debut)) {
          constats.add(new Constat("brique.ordre", prefixe + "briques[" + suivante + "].seances[" + s + "].date",
              List.of(ss.get(s).getId())));
        }
      }
    }

    // Attendance: references, duplicates, length, and each subject's share of each séance.
    int n = seances.size();
    double[][] parts = new double[participants.size()][n];
    boolean[][] excuses = new boolean[participants.size()][n];
    Duration[] maximales = new Duration[n];
    Duration[] durees = new Duration[n];
    for (int s = 0; s < n; s++) {
      ModeleDeBrique modele = modeleParId.get(briques.get(briqueDeLaSeance.get(s)).getId());
      maximales[s] = maximale(seances.get(s), modele == null ? null : modele.getFormat());
      // In hours, a séance weighs its length: its hours, else its format's duration, else a day of 7 hours.
      Duration format = modele == null ? null : modele.getFormat().getDuree().filter(PasseALaMain::dureeDeSeance).orElse(null);
      durees[s] = seances.get(s).duree().orElse(format == null ? JOURNEE : format);
    }
    Set<Long> vues = new HashSet<>();
    List<Presence> presences = cycle.getPresences();
    for (int i = 0; i < presences.size(); i++) {
      Presence presence = presences.get(i);
      String chemin = prefixe + "presences[" + i + "]";
      identifiant(presence.getSeanceId(), chemin + ".seanceId", constats);
      identifiant(presence.getParticipantId(), chemin + ".participantId", constats);
      Integer s = seanceParId.get(presence.getSeanceId());
      Integer p = participantParId.get(presence.getParticipantId());
      if (s == null) {
        constats.add(new Constat("reference.inconnue", chemin + ".seanceId", List.of(presence.getSeanceId())));
      }
      if (p == null) {
        constats.add(new Constat("reference.inconnue", chemin + ".participantId", List.of(presence.getParticipantId())));
      }
      if (s == null || p == null) {
        continue;
      }
      if (!vues.add((long) p * n + s)) {
        constats.add(new Constat("presence.doublon", chemin, List.of(presence.getParticipantId(), presence.getSeanceId())));
        continue;
      }
      if (presence.getMinutesPresentes().isPresent() && presence.getMinutesPresentes().get() > maximales[s].toMinutes()) {
        constats.add(new Constat("presence.duree", chemin + ".minutesPresentes",
            List.of(presence.getParticipantId(), presence.getSeanceId())));
        continue;
      }
      StatutDePresence statut = presence.getStatut();
      if (statut == StatutDePresence.PRESENT) {
        parts[p][s] = 1;
      } else if (statut == StatutDePresence.EXCUSE) {
        excuses[p][s] = true;
      } else if (statut == StatutDePresence.PARTIELLEMENT_PRESENT) {
        parts[p][s] = presence.getMinutesPresentes()
            .map(m -> Math.min(1, m / (double) durees[s].toMinutes())).orElse(0.5);
      }
    }
    double[][] meilleures = new double[collectivites.size()][n];
    boolean[][] excuseesParCollectivite = new boolean[collectivites.size()][n];
    // Records name people and collectivités by id: a second one of the same id gets the first one's figures.
    for (int p = 0; p < participants.size(); p++) {
      int propre = participantParId.get(participants.get(p).getId());
      Integer c = collectiviteParId.get(participants.get(p).getCollectiviteId());
      if (c != null) {
        for (int s = 0; s < n; s++) {
          meilleures[c][s] = Math.max(meilleures[c][s], parts[propre][s]);
          excuseesParCollectivite[c][s] |= excuses[propre][s];
        }
      }
      bilans.add(bilan(participants.get(p).getId(), parts[propre], excuses[propre], seances, briques, briqueDeLaSeance,
          durees));
    }
    for (int c = 0; c < collectivites.size(); c++) {
      int propre = collectiviteParId.get(collectivites.get(c).getId());
      boolean[] excusees = new boolean[n];
      for (int s = 0; s < n; s++) {
        excusees[s] = meilleures[propre][s] == 0 && excuseesParCollectivite[propre][s];
      }
      bilans.add(bilan(collectivites.get(c).getId(), meilleures[propre], excusees, seances, briques, briqueDeLaSeance,
          durees));
    }
  }

  /** One subject's figures against the criterion: 75 % of the sensibilisation hours held, 2 ateliers. */
  private static Bilan bilan(String sujet, double[] parts, boolean[] excuses, List<Seance> seances, List<Brique> briques,
      List<Integer> briqueDeLaSeance, Duration[] durees) {
    double heuresSuivies = 0;
    double heuresTenues = 0;
    double ateliers = 0;
    long secondes = 0;
    List<LocalDate> jours = new ArrayList<>();
    for (int s = 0; s < seances.size(); s++) {
      String brique = briques.get(briqueDeLaSeance.get(s)).getId();
      double heures = durees[s].toMinutes() / 60.0;
      if (!excuses[s]) {
        if ("sensibilisation".equals(brique)) {
          heuresSuivies += parts[s] * heures;
          heuresTenues += heures;
        } else if ("experimentation".equals(brique)) {
          ateliers += parts[s];
        }
      }
      if (parts[s] > 0) {
        secondes += Math.round(parts[s] * durees[s].toSeconds());
        seances.get(s).getDate().ifPresent(jours::add);
      }
    }
    jours.sort(null);
    boolean termine = heuresSuivies >= PART_DES_HEURES * heuresTenues - 1e-9 && ateliers >= ATELIERS - 1e-9;
    return new Bilan(sujet, termine, Duration.ofSeconds(secondes), List.copyOf(jours));
  }

  private static Map<LocalDate, String> joursFeries(int annee, RegimeDeJoursFeries regime) {
    Map<LocalDate, String> jours = new HashMap<>();
    for (Fermeture f : JoursFeries.of(annee, regime)) {
      jours.put(f.getJour(), f.getLibelle());
    }
    return jours;
  }

  private static Duration maximale(Seance seance, FormatDeSeance format) {
    Optional<Duration> duree = seance.duree().filter(PasseALaMain::dureeDeSeance);
    if (duree.isPresent()) {
      return duree.get();
    }
    if (format != null && format.getDuree().isPresent() && dureeDeSeance(format.getDuree().get())) {
      return format.getDuree().get();
    }
    return FormatDeSeance.DUREE_MAXIMALE;
  }

  private static Set<RegimeDeJoursFeries> regimes(Set<String> departements) {
    Set<RegimeDeJoursFeries> regimes = java.util.EnumSet.noneOf(RegimeDeJoursFeries.class);
    for (String d : departements) {
      regimes.add(RegimeDeJoursFeries.ofDepartement(d));
    }
    if (regimes.isEmpty()) {
      regimes.add(RegimeDeJoursFeries.METROPOLE);
    }
    return regimes;
  }

  /** An identifier: 1 to 64 ASCII letters, digits, '.', '_' or '-', starting with a letter or a digit. */
  private static void identifiant(String id, String chemin, List<Constat> constats) {
    boolean valide = !id.isEmpty() && id.length() <= 64;
    for (int i = 0; valide && i < id.length(); i++) {
      char c = id.charAt(i);
      boolean alphanumerique = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      valide = alphanumerique || (i > 0 && (c == '.' || c == '_' || c == '-'));
    }
    if (!valide) {
      constats.add(new Constat("modele.contrainte", chemin, List.of()));
    }
  }

  private static void nonVide(String texte, String chemin, List<Constat> constats) {
    if (texte.isBlank()) {
      constats.add(new Constat("modele.contrainte", chemin, List.of()));
    }
  }

  /** A département code: 01 to 95 but 20, 2A, 2B, 971 to 974 and 976. */
  private static boolean departement(String code) {
    if (code.length() == 2) {
      char a = code.charAt(0);
      char b = code.charAt(1);
      if (a == '2' && (b == 'A' || b == 'B')) {
        return true;
      }
      if (a < '0' || a > '9' || b < '0' || b > '9') {
        return false;
      }
      int n = (a - '0') * 10 + (b - '0');
      return n >= 1 && n <= 95 && n != 20;
    }
    return code.length() == 3 && code.startsWith("97") && code.charAt(2) >= '1' && code.charAt(2) <= '6'
        && code.charAt(2) != '5';
  }

  private static boolean dateDuCalendrier(int annee) {
    return annee >= 1583 && annee <= 9999;
  }

  private static boolean dureeDeSeance(Duration duree) {
    return !duree.isNegative() && !duree.isZero() && duree.compareTo(FormatDeSeance.DUREE_MAXIMALE) <= 0;
  }

  /** A dated séance's slot, in the cycle's local time. */
  private record Creneau(java.time.LocalDateTime debut, java.time.LocalDateTime fin, Seance seance, String chemin) {
    static final Comparator<Creneau> ORDRE = Comparator.comparing(Creneau::debut)
        .thenComparing(Creneau::fin, Comparator.reverseOrder())
        .thenComparing(Creneau::chemin);
  }
}
