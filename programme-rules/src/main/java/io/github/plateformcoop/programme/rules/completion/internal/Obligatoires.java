package io.github.plateformcoop.programme.rules.completion.internal;

import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.texte;
import static io.github.plateformcoop.programme.rules.completion.internal.Criteres.resultat;

import io.github.plateformcoop.programme.model.completion.SeancesObligatoires;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.completion.CriterionResult;
import java.util.ArrayList;
import java.util.List;

/** The evaluation of a criterion of séances that must be attended ({@code seancesObligatoires}). */
final class Obligatoires {

  private Obligatoires() {}

  static CriterionResult evaluer(Index index, Sujet sujet, SeancesObligatoires critere) {
    Valeurs valeurs = sujet.valeurs(index, critere.getRepresentation());
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
      if (!index.seances[i].tenue()) {
        continue;
      }
      if (valeurs.parts()[i] > 0) {
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
}
