package io.github.plateformcoop.programme.rules.completion.internal;

import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.texte;
import static io.github.plateformcoop.programme.rules.completion.internal.Criteres.resultat;

import io.github.plateformcoop.programme.model.Experimentation;
import io.github.plateformcoop.programme.model.StadeDExperimentation;
import io.github.plateformcoop.programme.model.completion.ExperimentationAuStade;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.completion.CriterionResult;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The evaluation of a criterion of a pilot project at a stage ({@code experimentationAuStade}). */
final class Experimentations {

  private Experimentations() {}

  static CriterionResult evaluer(Index index, Sujet sujet, ExperimentationAuStade critere) {
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
}
