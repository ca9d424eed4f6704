package io.github.plateformcoop.programme.rules.completion;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.DemiJournee;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.Experimentation;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Livrable;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.StadeDExperimentation;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StatutDeLivrable;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.AuMoinsNDe;
import io.github.plateformcoop.programme.model.completion.AuMoinsUnDe;
import io.github.plateformcoop.programme.model.completion.Critere;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Dispense;
import io.github.plateformcoop.programme.model.completion.ExperimentationAuStade;
import io.github.plateformcoop.programme.model.completion.LivrableRemis;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.Representation;
import io.github.plateformcoop.programme.model.completion.SeancesObligatoires;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.completion.TraitementDesExcuses;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.consistency.EligibilityRules;
import io.github.plateformcoop.programme.rules.internal.DureesDesSeances;
import io.github.plateformcoop.programme.rules.internal.RuleMessages;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Evaluates the completion criteria of a cycle as of a date, for each participant and each
 * engaged collectivité.
 *
 * <p>How attendance counts:
 * <ul>
 *   <li>A séance is held once its date is reached (the day itself included). A brique's planned
 *       séances are its listed séances and, when its format announces more, the ones not yet
 *       listed, at the format's length.</li>
 *   <li>A participant's first record at a séance counts (the rule {@code presence.doublon}
 *       reports a second one). The records of someone who is not a participant of the cycle count
 *       for nobody (the rule {@code reference.inconnue} reports them).</li>
 *   <li>Present counts 1; absent or no record, 0; partly present, its share: minutes attended
 *       over the séance's length, half-days attended over two, one half when neither is given.
 *       In hours, each séance weighs its length: its hours, else its format's duration, else
 *       {@link Builder#dayLength(Duration) a day's length} (7 hours by default).</li>
 *   <li>For a collectivité, a séance counts as its best representative's attendance, or, for an
 *       élu-technicien pair, as the lower of its best élu's and best technicien's.</li>
 *   <li>A participant's own result (status, hours, days: what a certificat de réalisation
 *       needs) counts only that participant's attendance; a successor's predecessor counts for
 *       the collectivité, through its people. A criterion that measures from the arrival only
 *       leaves the séances before the seat out of the participant's count.</li>
 *   <li>A record at a séance outside the participant's seat ({@code presence.hors-siege}), or of
 *       more minutes than the séance can last ({@code presence.duree}: its hours, else its format's
 *       duration, else a day), counts for nobody. A whole-day séance without hours counts
 *       {@link Builder#dayLength(Duration) a day's length}: minutes beyond it, up to a day, count
 *       as the whole séance.</li>
 *   <li>A participant or collectivité to which no criterion applies is
 *       {@link CompletionStatus#SANS_CRITERE}.</li>
 * </ul>
 *
 * <p>Results carry messages, rendered on demand in French or English: the evaluator has no
 * language.
 *
 * <p>A criterion holds as soon as the attended part reaches its requirement; it is out of reach
 * when even attending everything still to hold would not reach it. A participant whose
 * attendance of the séances held so far is below {@link Builder#alertThreshold(double) the alert
 * threshold} (75 % by default) gets a warning while the cycle runs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CompletionEvaluator {

  private final double seuilDAlerte;
  private final Duration dureeDUneJournee;
  private final List<CritereDeCompletion> criteres;

  private CompletionEvaluator(Builder builder) {
    this.seuilDAlerte = builder.seuilDAlerte;
    this.dureeDUneJournee = builder.dureeDUneJournee;
    this.criteres = builder.criteres;
  }

  /**
   * An evaluator with the defaults: the cycle's own criteria, alert under 75 %, days of 7 hours,
   * texts in French.
   *
   * @return the evaluator, not null
   */
  public static CompletionEvaluator defaults() {
    return builder().build();
  }

  /**
   * Starts configuring an evaluator.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates a cycle's completion criteria as of a date.
   *
   * @param cycle the cycle, not null
   * @param auJour the date, not null
   * @return the evaluation, not null
   */
  public CompletionReport evaluate(Cycle cycle, LocalDate auJour) {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(auJour, "auJour");
    List<CritereDeCompletion> appliques = criteres != null ? criteres : cycle.getCriteresDeCompletion();
    Index index = new Index(cycle, auJour, dureeDUneJournee);
    Memoire memoire = new Memoire();
    List<CompletionResult> bilans = new ArrayList<>(cycle.getParticipants().size() + cycle.getCollectivites().size());
    for (Participant participant : cycle.getParticipants()) {
      bilans.add(bilan(index, memoire, new Sujet(Portee.PARTICIPANT, participant.getId(),
          participant.getNom().or(participant::getFonction).orElse(participant.getId()),
          List.of(participant), participant.getCollectiviteId()), appliques));
    }
    Set<String> engagees = new HashSet<>();
    for (Engagement e : cycle.getEngagements()) {
      if (e.getStatut() == StatutDEngagement.ENGAGEE) {
        engagees.add(e.getCollectiviteId());
      }
    }
    for (Collectivite collectivite : cycle.getCollectivites()) {
      if (engagees.contains(collectivite.getId())) {
        bilans.add(bilan(index, memoire, new Sujet(Portee.COLLECTIVITE, collectivite.getId(), collectivite.getNom(),
            index.parCollectivite.getOrDefault(collectivite.getId(), List.of()), collectivite.getId()), appliques));
      }
    }
    return new CompletionReport(cycle.getId(), auJour, index.termine, bilans);
  }

  /** What one evaluation works out once and uses for every subject. */
  private static final class Memoire {
    /** Each attendance criterion read once. */
    final Map<Assiduite, Plan> plans = new IdentityHashMap<>();
    /** The words of the alert of a criterion out of reach. */
    final Map<CritereDeCompletion, Message> horsDAtteinte = new IdentityHashMap<>();
  }

  /** A participant or a collectivité, with the people whose attendance counts for it. */
  private static final class Sujet {
    final Portee portee;
    final String id;
    final String nom;
    final List<Participant> personnes;
    final String collectiviteId;
    /**
     * Attendance per séance index: for a collectivité by representation, for a participant along
     * the seat (last); made when first needed.
     */
    private Valeurs[] valeurs;

    Sujet(Portee portee, String id, String nom, List<Participant> personnes, String collectiviteId) {
      this.portee = portee;
      this.id = id;
      this.nom = nom;
      this.personnes = personnes;
      this.collectiviteId = collectiviteId;
    }

    Valeurs valeurs(int cle) {
      return valeurs == null ? null : valeurs[cle];
    }

    void retenir(int cle, Valeurs v) {
      if (valeurs == null) {
        valeurs = new Valeurs[Representation.values().length];
      }
      valeurs[cle] = v;
    }
  }

  /** The share attended of each séance of the cycle, and whether its absence is excused. */
  private record Valeurs(double[] parts, boolean[] excuses) {}

  private CompletionResult bilan(Index index, Memoire memoire, Sujet sujet,
      List<CritereDeCompletion> appliques) {
    CompletionResult.CriterionOutcome[] resultats = new CompletionResult.CriterionOutcome[appliques.size()];
    int evalues = 0;
    List<Message> alertes = List.of();
    for (CritereDeCompletion c : appliques) {
      if (!c.getPortees().contains(sujet.portee)) {
        continue;
      }
      CriterionResult r = evaluer(index, memoire, sujet, c.getCritere());
      resultats[evalues++] = new CompletionResult.CriterionOutcome(c.getId(), c.getIntitule(), r);
      if (!r.isMet() && !r.isReachable()) {
        // The same words for every subject: written once per criterion and evaluation.
        Message alerte = memoire.horsDAtteinte.computeIfAbsent(c, k -> texte("hors-d-atteinte", k.getIntitule()));
        alertes = ajouter(alertes, alerte);
      }
      if (!index.termine) {
        alertes = alertesDAssiduite(r, alertes);
      }
    }
    Valeurs propres = valeurs(index, sujet, Representation.UN_REPRESENTANT);
    long secondes = 0;
    int suivies = 0;
    for (int i : index.tenuesParDate) {
      if (propres.parts[i] > 0) {
        suivies++;
      }
    }
    LocalDate[] jours = new LocalDate[suivies];
    suivies = 0;
    for (int i : index.tenuesParDate) {
      if (propres.parts[i] > 0) {
        SeanceInfo s = index.seances[i];
        secondes += Math.round(s.duree.getSeconds() * propres.parts[i]);
        jours[suivies++] = s.date;
      }
    }
    List<LocalDate> dates = List.of(jours);
    boolean toutSatisfait = evalues > 0;
    boolean unSatisfait = false;
    for (int i = 0; i < evalues; i++) {
      toutSatisfait &= resultats[i].result().isMet();
      unSatisfait |= resultats[i].result().isMet();
    }
    CompletionStatus statut;
    if (evalues == 0) {
      statut = CompletionStatus.SANS_CRITERE;
    } else if (toutSatisfait) {
      statut = CompletionStatus.TERMINE;
    } else if (index.termine) {
      statut = CompletionStatus.NON_TERMINE;
    } else if (dates.isEmpty() && !unSatisfait) {
      statut = CompletionStatus.NON_COMMENCE;
    } else {
      statut = CompletionStatus.EN_COURS;
    }
    return new CompletionResult(sujet.portee, sujet.id, sujet.nom, statut,
        List.of(evalues == resultats.length ? resultats : Arrays.copyOf(resultats, evalues)),
        Duration.ofSeconds(secondes), dates, alertes);
  }

  /**
   * A list with one more element. Most bilans have no alert or one: no list is made for none, an
   * immutable one for one, a growing one from the second on.
   */
  private static List<Message> ajouter(List<Message> alertes, Message alerte) {
    if (alertes.isEmpty()) {
      return List.of(alerte);
    }
    if (alertes instanceof ArrayList<Message> liste) {
      liste.add(alerte);
      return liste;
    }
    List<Message> plus = new ArrayList<>(4);
    plus.addAll(alertes);
    plus.add(alerte);
    return plus;
  }

  private List<Message> alertesDAssiduite(CriterionResult r, List<Message> alertes) {
    if (r.getMeasure().isPresent()) {
      Measure m = r.getMeasure().get();
      if (m.held() > 0 && m.attended() / m.held() < seuilDAlerte) {
        alertes = ajouter(alertes, texte("assiduite-faible", Measure.pourcentage(m.attended() / m.held()),
            Measure.pourcentage(seuilDAlerte), r.getLabel()));
      }
    }
    for (CriterionResult enfant : r.getChildren()) {
      alertes = alertesDAssiduite(enfant, alertes);
    }
    return alertes;
  }

  // ------------------------------------------------------------------ criteria

  private CriterionResult evaluer(Index index, Memoire memoire, Sujet sujet, Critere critere) {
    return critere.accept(new Evaluation(index, memoire, sujet));
  }

  /** One criterion evaluated for one subject: a method per kind, which the sealed tree makes complete. */
  private final class Evaluation implements Critere.Visitor<CriterionResult> {
    private final Index index;
    private final Memoire memoire;
    private final Sujet sujet;

    Evaluation(Index index, Memoire memoire, Sujet sujet) {
      this.index = index;
      this.memoire = memoire;
      this.sujet = sujet;
    }

    @Override
    public CriterionResult visitTousDe(TousDe tous) {
      List<CriterionResult> enfants = enfants(index, memoire, sujet, tous.getCriteres());
      boolean satisfait = true;
      boolean atteignable = true;
      for (CriterionResult e : enfants) {
        satisfait &= e.isMet();
        atteignable &= e.isReachable();
      }
      return resultat(texte("tous-de"), satisfait, atteignable, null, enfants);
    }

    @Override
    public CriterionResult visitAuMoinsUnDe(AuMoinsUnDe un) {
      List<CriterionResult> enfants = enfants(index, memoire, sujet, un.getCriteres());
      return resultat(texte("au-moins-un-de"), enfants.stream().anyMatch(CriterionResult::isMet),
          enfants.stream().anyMatch(CriterionResult::isReachable), null, enfants);
    }

    @Override
    public CriterionResult visitAuMoinsNDe(AuMoinsNDe n) {
      List<CriterionResult> enfants = enfants(index, memoire, sujet, n.getCriteres());
      long satisfaits = enfants.stream().filter(CriterionResult::isMet).count();
      long atteignables = enfants.stream().filter(CriterionResult::isReachable).count();
      return resultat(texte("au-moins-n-de", n.getN(), enfants.size()), satisfaits >= n.getN(),
          atteignables >= n.getN(), texte("n-satisfaits", satisfaits), enfants);
    }

    @Override
    public CriterionResult visitAssiduite(Assiduite assiduite) {
      return assiduite(index, memoire, sujet, assiduite);
    }

    @Override
    public CriterionResult visitSeancesObligatoires(SeancesObligatoires obligatoires) {
      return seancesObligatoires(index, sujet, obligatoires);
    }

    @Override
    public CriterionResult visitLivrableRemis(LivrableRemis livrable) {
      return livrableRemis(index, sujet, livrable);
    }

    @Override
    public CriterionResult visitExperimentationAuStade(ExperimentationAuStade stade) {
      return experimentation(index, sujet, stade);
    }

    @Override
    public CriterionResult visitDispense(Dispense dispense) {
      boolean accordee = dispense.getBeneficiaireIds().contains(sujet.id);
      return resultat(texte("dispense", dispense.getMotif().getLibelle()), accordee, accordee,
          accordee ? dispense.getJustification().map(j -> texte("donnee", j)).orElse(null) : texte("non-beneficiaire"),
          List.of());
    }
  }


  private List<CriterionResult> enfants(Index index, Memoire memoire, Sujet sujet, List<Critere> criteres) {
    CriterionResult[] enfants = new CriterionResult[criteres.size()];
    for (int i = 0; i < enfants.length; i++) {
      enfants[i] = evaluer(index, memoire, sujet, criteres.get(i));
    }
    return List.of(enfants);
  }

  private static CriterionResult resultat(Message critere, boolean satisfait, boolean atteignable, Message note,
      List<CriterionResult> enfants) {
    return new CriterionResult(critere, satisfait, atteignable, Optional.empty(), Optional.ofNullable(note), enfants);
  }

  /** What an attendance criterion needs, read from it once per evaluation. */
  private record Plan(Message libelle, int[] seances, boolean heures, double ratio, double minimum, int tolerees,
      TraitementDesExcuses excuses, boolean depuisLArrivee, Representation representation, Unite unite) {}

  private Plan plan(Index index, Memoire memoire, Assiduite critere) {
    Plan plan = memoire.plans.get(critere);
    if (plan == null) {
      Message unite = texte(critere.getUnite() == Unite.HEURES ? "heures" : "seances");
      plan = new Plan(
          critere.getRatioMinimal().isPresent()
              ? texte("assiduite-ratio", Measure.pourcentage(critere.getRatioMinimal().get()), unite,
                  critere.getBriqueId())
              : texte("assiduite-minimum", Measure.nombre(critere.getMinimum().get()), unite,
                  critere.getBriqueId()),
          index.parBrique.get(critere.getBriqueId()),
          critere.getUnite() == Unite.HEURES,
          critere.getRatioMinimal().orElse(Double.NaN),
          critere.getMinimum().orElse(Double.NaN),
          critere.getAbsencesTolerees(),
          critere.getExcuses(),
          critere.isDepuisLArrivee(),
          critere.getRepresentation(),
          critere.getUnite());
      memoire.plans.put(critere, plan);
    }
    return plan;
  }

  private CriterionResult assiduite(Index index, Memoire memoire, Sujet sujet, Assiduite critere) {
    Plan plan = plan(index, memoire, critere);
    int[] seances = plan.seances();
    if (seances == null) {
      return resultat(plan.libelle(), false, false, texte("brique-inconnue", critere.getBriqueId()), List.of());
    }
    Valeurs valeurs = valeurs(index, sujet, plan.representation());
    boolean parArrivee = plan.depuisLArrivee() && sujet.portee == Portee.PARTICIPANT;
    double suivies = 0;
    double tenues = 0;
    double planifiees = 0;
    double[] absences = plan.tolerees() > 0 ? new double[seances.length] : null;
    int nombreDAbsences = 0;
    for (int i : seances) {
      SeanceInfo s = i >= 0 ? index.seances[i] : index.fictives[-i - 1];
      if (parArrivee && i >= 0 && horsDuSiege(sujet, s)) {
        continue;
      }
      double poids = plan.heures() ? s.heures : 1;
      if (!s.tenue) {
        planifiees += poids;
        continue;
      }
      double part;
      if (valeurs.excuses[i]) {
        if (plan.excuses() == TraitementDesExcuses.EXCLUES) {
          continue;
        }
        part = plan.excuses() == TraitementDesExcuses.PRESENTES ? 1 : 0;
      } else {
        part = valeurs.parts[i];
      }
      tenues += poids;
      planifiees += poids;
      suivies += part * poids;
      if (part == 0 && absences != null) {
        absences[nombreDAbsences++] = poids;
      }
    }
    for (int i = 0; i < Math.min(plan.tolerees(), nombreDAbsences); i++) {
      suivies += absences[i];
    }
    double requises = Double.isNaN(plan.ratio()) ? plan.minimum() : plan.ratio() * planifiees;
    Measure mesure = new Measure(plan.unite(), suivies, tenues, planifiees, requises);
    boolean satisfait = suivies >= requises - 1e-9;
    return new CriterionResult(plan.libelle(), satisfait, satisfait || mesure.isReachable(), Optional.of(mesure),
        Optional.empty(), List.of());
  }

  private static boolean horsDuSiege(Sujet sujet, SeanceInfo s) {
    if (s.date == null) {
      return false;
    }
    Participant p = sujet.personnes.get(0);
    return p.getSiege().map(siege ->
        siege.getDepuis().map(d -> s.date.isBefore(d.firstDay())).orElse(false)
            || siege.getJusquA().map(j -> s.date.isAfter(j.lastDay())).orElse(false)).orElse(false);
  }

  private CriterionResult seancesObligatoires(Index index, Sujet sujet, SeancesObligatoires critere) {
    Valeurs valeurs = valeurs(index, sujet, critere.getRepresentation());
    int suivies = 0;
    boolean atteignable = true;
    List<String> manquees = new ArrayList<>();
    for (String id : critere.getSeanceIds()) {
      Integer i = index.indexDesSeances.get(id);
      if (i == null) {
        atteignable = false;
        manquees.add(id);
        continue;
      }
      if (!index.seances[i].tenue) {
        continue;
      }
      if (valeurs.parts[i] > 0) {
        suivies++;
      } else {
        atteignable = false;
        manquees.add(id);
      }
    }
    boolean satisfait = suivies == critere.getSeanceIds().size();
    Message note = manquees.isEmpty() ? texte("seances-suivies", suivies, critere.getSeanceIds().size())
        : texte("seances-suivies-manquees", suivies, critere.getSeanceIds().size(), manquees);
    return resultat(texte("seances-obligatoires", String.join(", ", critere.getSeanceIds())), satisfait,
        satisfait || atteignable, note, List.of());
  }

  private CriterionResult livrableRemis(Index index, Sujet sujet, LivrableRemis critere) {
    Optional<Livrable> livrable = index.cycle.getLivrables().stream()
        .filter(l -> l.getId().equals(critere.getLivrableId())).findFirst();
    Message libelle = texte("livrable-remis", critere.getLivrableId());
    if (livrable.isEmpty()) {
      return resultat(libelle, false, false, texte("livrable-inconnu"), List.of());
    }
    Livrable l = livrable.get();
    boolean auteur = l.getCollectiviteIds().contains(sujet.collectiviteId)
        || sujet.personnes.stream().anyMatch(p -> l.getParticipantIds().contains(p.getId()));
    boolean remis = l.getStatut().equals(Optional.of(StatutDeLivrable.REMIS))
        && l.getRemisLe().map(d -> !d.isAfter(index.auJour)).orElse(true);
    boolean satisfait = auteur && remis;
    Message note = !auteur ? texte("pas-auteur")
        : remis ? l.getRemisLe().map(d -> texte("remis-le", d)).orElse(texte("remis")) : texte("pas-remis");
    return resultat(libelle, satisfait, satisfait || (auteur && !index.termine), note, List.of());
  }

  private CriterionResult experimentation(Index index, Sujet sujet, ExperimentationAuStade critere) {
    Optional<Experimentation> meilleure = index.cycle.getExperimentations().stream()
        .filter(x -> x.getCollectiviteIds().contains(sujet.collectiviteId))
        .filter(x -> x.getStade() != StadeDExperimentation.ABANDONNEE)
        .max(Comparator.comparing(Experimentation::getStade));
    boolean satisfait = meilleure.map(x -> x.getStade().compareTo(critere.getStade()) >= 0).orElse(false);
    Message note = meilleure.map(x -> texte("stade-atteint", x.getIntitule(), x.getStade().getLibelle()))
        .orElse(texte("aucune-experimentation"));
    return resultat(texte("experimentation-au-stade", critere.getStade().getLibelle()), satisfait,
        satisfait || !index.termine, note, List.of());
  }

  // ------------------------------------------------------------------ attendance

  /** The subject's attendance of every séance, computed once per way of counting. */
  private static Valeurs valeurs(Index index, Sujet sujet, Representation representation) {
    if (sujet.portee == Portee.PARTICIPANT) {
      // A person's own bilan counts that person's attendance only: a seat's predecessor counts for the collectivité.
      return index.propres(sujet.personnes.get(0));
    }
    int cle = representation.ordinal();
    Valeurs deja = sujet.valeurs(cle);
    if (deja != null) {
      return deja;
    }
    int n = index.seances.length;
    double[] parts = new double[n];
    boolean[] excuses = new boolean[n];
    if (representation == Representation.BINOME_ELU_TECHNICIEN) {
      double[] elus = new double[n];
      boolean[] elusExcuses = new boolean[n];
      double[] techniciens = new double[n];
      boolean[] techniciensExcuses = new boolean[n];
      meilleure(index, sujet.personnes, Role.ELU, elus, elusExcuses);
      meilleure(index, sujet.personnes, Role.TECHNICIEN, techniciens, techniciensExcuses);
      for (int i = 0; i < n; i++) {
        parts[i] = Math.min(elus[i], techniciens[i]);
        excuses[i] = parts[i] == 0 && (elusExcuses[i] || techniciensExcuses[i]);
      }
    } else {
      meilleure(index, sujet.personnes, null, parts, excuses);
    }
    Valeurs valeurs = new Valeurs(parts, excuses);
    sujet.retenir(cle, valeurs);
    return valeurs;
  }

  /** The best attendance of a collectivité's people (of one role, if given) at each séance. */
  private static void meilleure(Index index, List<Participant> personnes, Role role, double[] parts, boolean[] excuses) {
    for (Participant p : personnes) {
      if (role != null && p.getRole() != role) {
        continue;
      }
      Valeurs siennes = index.propres(p);
      for (int i = 0; i < parts.length; i++) {
        parts[i] = Math.max(parts[i], siennes.parts[i]);
        excuses[i] |= siennes.excuses[i];
      }
    }
    for (int i = 0; i < parts.length; i++) {
      excuses[i] &= parts[i] == 0;
    }
  }

  private static double partielle(Presence presence, SeanceInfo s) {
    if (presence.getMinutesPresentes().isPresent() && !s.duree.isZero()) {
      return Math.min(1, presence.getMinutesPresentes().get() / (double) s.duree.toMinutes());
    }
    if (!presence.getDemiJournees().isEmpty()) {
      long presentes = presence.getDemiJournees().values().stream().filter(v -> v == StatutDePresence.PRESENT).count();
      return presentes / (double) DemiJournee.values().length;
    }
    return 0.5;
  }

  // ------------------------------------------------------------------ index

  /** A séance as the evaluation sees it: its day (null while undated), its length, whether held. */
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

  /** A séance as evaluated: its length, the most that can be attended of it, whether it is held by the date. */
  private record SeanceInfo(String id, LocalDate date, Duration duree, Duration maximale, double heures, boolean tenue) {}

  /** Everything looked up more than once, built once per evaluation. */
  private static final class Index {
    final Cycle cycle;
    final LocalDate auJour;
    final boolean termine;
    final SeanceInfo[] seances;
    /** The séances held, by date: a subject's days attended come out in order. */
    final int[] tenuesParDate;
    /** Planned séances a brique announces but does not list yet, referred to as -1, -2… */
    final SeanceInfo[] fictives;
    final Map<String, Integer> indexDesSeances = new HashMap<>();
    /** The participants by id, built when a seat's predecessor is first looked up. */
    private Map<String, Participant> participants;
    final Map<String, List<Participant>> parCollectivite = new HashMap<>();
    final Map<String, int[]> parBrique = new HashMap<>();
    /**
     * Each participant's own attendance, computed once and shared by its collectivité; keyed by
     * the participants' own id strings, so that looking a participant up finds its key by identity.
     */
    final Map<String, Valeurs> propres;

    Participant participant(String id) {
      if (participants == null) {
        participants = new HashMap<>(2 * cycle.getParticipants().size());
        for (Participant p : cycle.getParticipants()) {
          participants.putIfAbsent(p.getId(), p);
        }
      }
      return participants.get(id);
    }

    /** A participant's own attendance: every participant of the cycle has one, absent where no record speaks. */
    Valeurs propres(Participant p) {
      return propres.get(p.getId());
    }

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
      this.tenuesParDate = IntStream.range(0, seances.length).filter(i -> seances[i].tenue)
          .boxed().sorted(Comparator.comparing(i -> seances[i].date)).mapToInt(Integer::intValue).toArray();
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
  }

  // ------------------------------------------------------------------ texts

  /** A text of completion, from the rules' bundle: its arguments are numbered {0}, {1}… */
  static Message texte(String cle, Object... arguments) {
    Object[] nommes = new Object[2 * arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      nommes[2 * i] = String.valueOf(i);
      nommes[2 * i + 1] = arguments[i];
    }
    return RuleMessages.message("completion." + cle, nommes);
  }

  /** Configures an {@link CompletionEvaluator}. */
  public static final class Builder {
    private double seuilDAlerte = 0.75;
    private Duration dureeDUneJournee = Duration.ofHours(7);
    private List<CritereDeCompletion> criteres;

    private Builder() {}

    /**
     * Sets the attendance of the séances held so far under which a warning is given.
     *
     * @param ratio from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder alertThreshold(double ratio) {
      if (!(ratio >= 0 && ratio <= 1)) {
        throw new IllegalArgumentException("alertThreshold is from 0 to 1, not " + ratio);
      }
      this.seuilDAlerte = ratio;
      return this;
    }

    /**
     * Sets the length of a one-day séance whose hours are not given.
     *
     * @param duree a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder dayLength(Duration duree) {
      if (duree.isZero() || duree.isNegative()) {
        throw new IllegalArgumentException("dayLength must be positive, not " + duree);
      }
      this.dureeDUneJournee = duree;
      return this;
    }

    /**
     * Evaluates these criteria instead of the cycle's own.
     *
     * @param criteres the criteria, not null
     * @return this builder
     */
    public Builder criteria(List<CritereDeCompletion> criteres) {
      this.criteres = List.copyOf(criteres);
      return this;
    }

    /**
     * Builds the evaluator.
     *
     * @return the evaluator, not null
     */
    public CompletionEvaluator build() {
      return new CompletionEvaluator(this);
    }
  }
}
