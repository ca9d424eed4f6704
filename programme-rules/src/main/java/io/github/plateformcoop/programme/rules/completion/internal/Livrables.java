package io.github.plateformcoop.programme.rules.completion.internal;

import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.texte;
import static io.github.plateformcoop.programme.rules.completion.internal.Criteres.resultat;

import io.github.plateformcoop.programme.model.Livrable;
import io.github.plateformcoop.programme.model.StatutDeLivrable;
import io.github.plateformcoop.programme.model.completion.LivrableRemis;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.completion.CriterionResult;
import java.util.List;
import java.util.Optional;

/** The evaluation of a criterion of a deliverable handed in ({@code livrableRemis}). */
final class Livrables {

  private Livrables() {}

  static CriterionResult evaluer(Index index, Sujet sujet, LivrableRemis critere) {
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
}
