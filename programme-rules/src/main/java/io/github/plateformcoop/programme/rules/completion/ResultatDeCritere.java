package io.github.plateformcoop.programme.rules.completion;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a criterion holds for a participant or a collectivité, whether it still can, its
 * numbers, and the same for each of its sub-criteria.
 *
 * @param critere what the criterion asks, in words, not null
 * @param satisfait whether it holds as of the date
 * @param atteignable whether it can still hold if everything still to come goes well
 * @param mesure the numbers of an attendance criterion, empty for the others
 * @param note what decided a criterion without numbers ("remis le 2023-06-30"), empty otherwise, not null
 * @param langue the language of the texts, not null
 * @param enfants the results of its sub-criteria, never null
 */
public record ResultatDeCritere(String critere, boolean satisfait, boolean atteignable, Optional<Mesure> mesure,
    String note, Locale langue, List<ResultatDeCritere> enfants) {

  /**
   * Checks and copies the components.
   *
   * @param critere what the criterion asks, not null
   * @param satisfait whether it holds
   * @param atteignable whether it can still hold
   * @param mesure the numbers, not null
   * @param note what decided it, not null
   * @param langue the language of the texts, not null
   * @param enfants the sub-results, not null
   */
  public ResultatDeCritere {
    Objects.requireNonNull(critere, "critere");
    Objects.requireNonNull(mesure, "mesure");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(langue, "langue");
    enfants = List.copyOf(enfants);
  }

  /**
   * What decided the result, in words: the numbers of an attendance criterion
   * ({@code 6 h sur 9 h tenues (66,7 %), ...}), else the note.
   *
   * @return the text, not null
   */
  public String detail() {
    return mesure.map(m -> m.texte(langue)).orElse(note);
  }
}
