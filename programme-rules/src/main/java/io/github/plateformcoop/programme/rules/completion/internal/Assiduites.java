package io.github.plateformcoop.programme.rules.completion.internal;

import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.nombre;
import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.pourcentage;
import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.texte;

import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.Representation;
import io.github.plateformcoop.programme.model.completion.TraitementDesExcuses;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.completion.CriterionResult;
import io.github.plateformcoop.programme.rules.completion.Measure;
import java.util.List;
import java.util.Optional;

/** The evaluation of an attendance criterion ({@code assiduite}), in séances or in hours. */
final class Assiduites {

  private Assiduites() {}

  /** What an attendance criterion needs, read from it once per evaluation. */
  record Plan(Message libelle, int[] seances, boolean heures, double ratio, double minimum, int tolerees,
      TraitementDesExcuses excuses, boolean depuisLArrivee, Representation representation, Unite unite) {}

  static CriterionResult evaluer(Index index, Memoire memoire, Sujet sujet, Assiduite critere) {
    Plan plan = plan(index, memoire, critere);
    int[] seances = plan.seances();
    if (seances == null) {
      return Criteres.resultat(plan.libelle(), false, false, texte("brique-inconnue", critere.getBriqueId()), List.of());
    }
    Valeurs valeurs = sujet.valeurs(index, plan.representation());
    boolean parArrivee = plan.depuisLArrivee() && sujet.portee == Portee.PARTICIPANT;
    double suivies = 0;
    double tenues = 0;
    double planifiees = 0;
    double[] absences = plan.tolerees() > 0 ? new double[seances.length] : null;
    int nombreDAbsences = 0;
    for (int i : seances) {
      SeanceInfo s = i >= 0 ? index.seances[i] : index.fictives[-i - 1];
      if (parArrivee && i >= 0 && sujet.isHorsDuSiege(s)) {
        continue;
      }
      double poids = plan.heures() ? s.heures() : 1;
      if (!s.tenue()) {
        planifiees += poids;
        continue;
      }
      double part;
      if (valeurs.excuses()[i]) {
        if (plan.excuses() == TraitementDesExcuses.EXCLUES) {
          continue;
        }
        part = plan.excuses() == TraitementDesExcuses.PRESENTES ? 1 : 0;
      } else {
        part = valeurs.parts()[i];
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

  private static Plan plan(Index index, Memoire memoire, Assiduite critere) {
    Plan plan = memoire.plans.get(critere);
    if (plan == null) {
      Message unite = texte(critere.getUnite() == Unite.HEURES ? "heures" : "seances");
      plan = new Plan(
          critere.getRatioMinimal().isPresent()
              ? texte("assiduite-ratio", pourcentage(critere.getRatioMinimal().get()), unite, critere.getBriqueId())
              : texte("assiduite-minimum", nombre(critere.getMinimum().get()), unite, critere.getBriqueId()),
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
}
