package io.github.plateformcoop.programme.rules.completion;

import io.github.plateformcoop.programme.model.completion.Unite;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The numbers behind an attendance criterion: what was attended, out of what was held so far and
 * of all that is planned, and what the criterion requires, in séances or in hours.
 *
 * @param unite séances or hours, not null
 * @param suivies séances (a partial attendance for its share) or hours attended
 * @param tenues séances or hours held so far, excluded ones left out
 * @param planifiees séances or hours planned in all, excluded ones left out
 * @param requises séances or hours the criterion requires
 */
public record Mesure(Unite unite, double suivies, double tenues, double planifiees, double requises) {

  /**
   * Checks the components.
   *
   * @param unite séances or hours, not null
   * @param suivies attended
   * @param tenues held so far
   * @param planifiees planned in all
   * @param requises required
   */
  public Mesure {
    Objects.requireNonNull(unite, "unite");
  }

  /**
   * The share attended of what was held so far.
   *
   * @return the ratio from 0 to 1, or empty when nothing was held yet
   */
  public OptionalDouble ratioDesTenues() {
    return tenues > 0 ? OptionalDouble.of(suivies / tenues) : OptionalDouble.empty();
  }

  /**
   * The share attended of all that is planned.
   *
   * @return the ratio from 0 to 1, or empty when nothing is planned
   */
  public OptionalDouble ratioDesPlanifiees() {
    return planifiees > 0 ? OptionalDouble.of(suivies / planifiees) : OptionalDouble.empty();
  }

  /**
   * Tells whether the requirement can still be met if every séance still to hold is attended.
   *
   * @return true if attended plus still to hold reaches the requirement
   */
  public boolean atteignable() {
    return suivies + (planifiees - tenues) >= requises - 1e-9;
  }

  /**
   * The numbers in words: {@code 5/8 séances tenues (62,5 %), 5/8 planifiées, 6 requises} or, in
   * hours, {@code 15 h sur 24 h tenues (62,5 %), sur 24 h planifiées, 18 h requises}.
   *
   * @param locale English for an English locale, French otherwise, not null
   * @return the text, not null
   */
  public String texte(Locale locale) {
    boolean anglais = "en".equals(locale.getLanguage());
    String pourcent = ratioDesTenues().isPresent() ? " (" + pourcentage(ratioDesTenues().getAsDouble(), anglais) + ")" : "";
    if (unite == Unite.HEURES) {
      return anglais
          ? nombre(suivies, true) + " h of " + nombre(tenues, true) + " h held" + pourcent + ", of "
              + nombre(planifiees, true) + " h planned, " + nombre(requises, true) + " h required"
          : nombre(suivies, false) + " h sur " + nombre(tenues, false) + " h tenues" + pourcent + ", sur "
              + nombre(planifiees, false) + " h planifiées, " + nombre(requises, false) + " h requises";
    }
    return anglais
        ? nombre(suivies, true) + "/" + nombre(tenues, true) + " séances held" + pourcent + ", "
            + nombre(suivies, true) + "/" + nombre(planifiees, true) + " planned, " + nombre(requises, true) + " required"
        : nombre(suivies, false) + "/" + nombre(tenues, false) + " séances tenues" + pourcent + ", "
            + nombre(suivies, false) + "/" + nombre(planifiees, false) + " planifiées, " + nombre(requises, false)
            + " requises";
  }

  static String nombre(double valeur, boolean anglais) {
    long dixiemes = Math.round(valeur * 10);
    String entier = (dixiemes < 0 ? "-" : "") + Math.abs(dixiemes) / 10;
    long decimale = Math.abs(dixiemes) % 10;
    return decimale == 0 ? entier : entier + (anglais ? "." : ",") + decimale;
  }

  static String pourcentage(double ratio, boolean anglais) {
    return nombre(ratio * 100, anglais) + (anglais ? "%" : " %");
  }
}
