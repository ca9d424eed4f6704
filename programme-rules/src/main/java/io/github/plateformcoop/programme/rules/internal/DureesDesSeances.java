package io.github.plateformcoop.programme.rules.internal;

import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Seance;
import java.time.Duration;
import java.util.Optional;

/**
 * The length of a séance as far as the cycle says it, the one the rules and the completion
 * evaluator both read attendance against: its own hours, else its brique's format if the model's
 * constraints accept it, else a day.
 */
public final class DureesDesSeances {

  private DureesDesSeances() {}

  /**
   * The length a séance cannot be attended beyond.
   *
   * @param seance the séance, not null
   * @param format its brique's format, if the modèle has the brique
   * @return its hours, else its format's duration, else a day, not null
   */
  public static Duration maximale(Seance seance, Optional<FormatDeSeance> format) {
    return seance.duree().filter(DureesDesSeances::isValid)
        .or(() -> format.flatMap(FormatDeSeance::getDuree).filter(DureesDesSeances::isValid))
        .orElse(FormatDeSeance.DUREE_MAXIMALE);
  }

  /**
   * Tells whether a duration is one a séance can have: above zero, at most a day.
   *
   * @param duree the duration, not null
   * @return true if it is
   */
  public static boolean isValid(Duration duree) {
    return !duree.isNegative() && !duree.isZero() && duree.compareTo(FormatDeSeance.DUREE_MAXIMALE) <= 0;
  }
}
