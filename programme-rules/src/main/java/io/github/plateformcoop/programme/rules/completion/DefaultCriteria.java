package io.github.plateformcoop.programme.rules.completion;

import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.completion.Unite;

/**
 * Completion criteria the library proposes where a cycle gives none. They are choices of this
 * library, not facts of the programme's sources, and say so in their provenance.
 */
public final class DefaultCriteria {

  /**
   * For a cycle built on the PlateformCoop modèle (briques {@code sensibilisation} and
   * {@code experimentation}): at least 75 % of the sensibilisation hours and 2 of the 3
   * ateliers, excused absences left out; for participants and, through any one representative,
   * for collectivités.
   */
  public static final CritereDeCompletion PLATEFORMCOOP = CritereDeCompletion.builder()
      .id("completion-par-defaut")
      .intitule("75 % des heures de sensibilisation et 2 ateliers sur 3")
      .addPortees(Portee.PARTICIPANT, Portee.COLLECTIVITE)
      .critere(TousDe.of(
          Assiduite.ofRatio("sensibilisation", Unite.HEURES, 0.75),
          Assiduite.ofMinimum("experimentation", Unite.SEANCES, 2)))
      .provenance(Provenance.builder()
          .document("plateformcoop-programme, critère par défaut")
          .inference("Choix de la bibliothèque : les sources ne fixent aucun critère de complétion.")
          .build())
      .build();

  private DefaultCriteria() {}
}
