package io.github.plateformcoop.programme.rules.completion.internal;

import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.pourcentage;
import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.texte;

import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.Representation;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.completion.CompletionReport;
import io.github.plateformcoop.programme.rules.completion.CompletionResult;
import io.github.plateformcoop.programme.rules.completion.CompletionStatus;
import io.github.plateformcoop.programme.rules.completion.CriterionResult;
import io.github.plateformcoop.programme.rules.completion.Measure;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One evaluation: the bilan of each participant and each engaged collectivité, from an
 * {@link Index} of the cycle and one evaluator per kind of criterion.
 */
public final class Bilans {

  private final double seuilDAlerte;
  private final Index index;
  private final Memoire memoire = new Memoire();

  private Bilans(Index index, double seuilDAlerte) {
    this.index = index;
    this.seuilDAlerte = seuilDAlerte;
  }

  /**
   * Evaluates criteria for every participant and engaged collectivité of a cycle.
   *
   * @param cycle the cycle, not null
   * @param auJour the date of the evaluation, not null
   * @param criteres the criteria, not null
   * @param seuilDAlerte the attendance of the séances held under which a warning is given
   * @param dureeDUneJournee the length of a whole-day séance without hours, not null
   * @return the report, not null
   */
  public static CompletionReport evaluate(Cycle cycle, LocalDate auJour, List<CritereDeCompletion> criteres,
      double seuilDAlerte, Duration dureeDUneJournee) {
    Bilans bilans = new Bilans(new Index(cycle, auJour, dureeDUneJournee), seuilDAlerte);
    List<CompletionResult> resultats = new ArrayList<>(cycle.getParticipants().size() + cycle.getCollectivites().size());
    for (Participant participant : cycle.getParticipants()) {
      resultats.add(bilans.bilan(new Sujet(Portee.PARTICIPANT, participant.getId(),
          participant.getNom().or(participant::getFonction).orElse(participant.getId()),
          List.of(participant), participant.getCollectiviteId()), criteres));
    }
    Set<String> engagees = new HashSet<>();
    for (Engagement e : cycle.getEngagements()) {
      if (e.getStatut() == StatutDEngagement.ENGAGEE) {
        engagees.add(e.getCollectiviteId());
      }
    }
    for (Collectivite collectivite : cycle.getCollectivites()) {
      if (engagees.contains(collectivite.getId())) {
        resultats.add(bilans.bilan(new Sujet(Portee.COLLECTIVITE, collectivite.getId(), collectivite.getNom(),
            bilans.index.parCollectivite.getOrDefault(collectivite.getId(), List.of()), collectivite.getId()), criteres));
      }
    }
    return new CompletionReport(cycle.getId(), auJour, bilans.index.termine, resultats);
  }

  private CompletionResult bilan(Sujet sujet, List<CritereDeCompletion> criteres) {
    CompletionResult.CriterionOutcome[] resultats = new CompletionResult.CriterionOutcome[criteres.size()];
    int evalues = 0;
    List<Message> alertes = List.of();
    for (CritereDeCompletion c : criteres) {
      if (!c.getPortees().contains(sujet.portee)) {
        continue;
      }
      CriterionResult r = Criteres.evaluer(index, memoire, sujet, c.getCritere());
      resultats[evalues++] = new CompletionResult.CriterionOutcome(c.getId(), c.getIntitule(), r);
      if (!r.isMet() && !r.isReachable()) {
        // The same words for every subject: written once per criterion and evaluation.
        alertes = ajouter(alertes, memoire.horsDAtteinte.computeIfAbsent(c, k -> texte("hors-d-atteinte", k.getIntitule())));
      }
      if (!index.termine) {
        alertes = alertesDAssiduite(r, alertes);
      }
    }
    // The hours and days of a bilan are the subject's own: for a participant, that person's records.
    Valeurs propres = sujet.valeurs(index, Representation.UN_REPRESENTANT);
    long secondes = 0;
    int suivies = 0;
    for (int i : index.tenuesParDate) {
      if (propres.parts()[i] > 0) {
        suivies++;
      }
    }
    LocalDate[] jours = new LocalDate[suivies];
    suivies = 0;
    for (int i : index.tenuesParDate) {
      if (propres.parts()[i] > 0) {
        SeanceInfo s = index.seances[i];
        secondes += Math.round(s.duree().getSeconds() * propres.parts()[i]);
        jours[suivies++] = s.date();
      }
    }
    return new CompletionResult(sujet.portee, sujet.id, sujet.nom, statut(resultats, evalues, jours.length > 0),
        List.of(evalues == resultats.length ? resultats : Arrays.copyOf(resultats, evalues)),
        Duration.ofSeconds(secondes), List.of(jours), alertes);
  }

  private CompletionStatus statut(CompletionResult.CriterionOutcome[] resultats, int evalues, boolean aSuivi) {
    if (evalues == 0) {
      return CompletionStatus.SANS_CRITERE;
    }
    boolean toutSatisfait = true;
    boolean unSatisfait = false;
    for (int i = 0; i < evalues; i++) {
      toutSatisfait &= resultats[i].result().isMet();
      unSatisfait |= resultats[i].result().isMet();
    }
    if (toutSatisfait) {
      return CompletionStatus.TERMINE;
    }
    if (index.termine) {
      return CompletionStatus.NON_TERMINE;
    }
    return aSuivi || unSatisfait ? CompletionStatus.EN_COURS : CompletionStatus.NON_COMMENCE;
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

  /** A warning for each attendance measure, at any depth, under the alert threshold while the cycle runs. */
  private List<Message> alertesDAssiduite(CriterionResult r, List<Message> alertes) {
    if (r.getMeasure().isPresent()) {
      Measure m = r.getMeasure().get();
      if (m.held() > 0 && m.attended() / m.held() < seuilDAlerte) {
        alertes = ajouter(alertes, texte("assiduite-faible", pourcentage(m.attended() / m.held()),
            pourcentage(seuilDAlerte), r.getLabel()));
      }
    }
    for (CriterionResult enfant : r.getChildren()) {
      alertes = alertesDAssiduite(enfant, alertes);
    }
    return alertes;
  }
}
