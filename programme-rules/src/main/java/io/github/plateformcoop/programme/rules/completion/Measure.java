package io.github.plateformcoop.programme.rules.completion;

import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.nombre;
import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.pourcentage;
import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.texte;

import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.model.message.Message;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The numbers behind an attendance criterion: what was attended, out of what was held so far and
 * of all that is planned, and what the criterion requires, in séances or in hours.
 *
 * @param unite séances or hours, not null
 * @param attended séances (a partial attendance for its share) or hours attended
 * @param held séances or hours held so far, excluded ones left out
 * @param planned séances or hours planned in all, excluded ones left out
 * @param required séances or hours the criterion requires
 */
public record Measure(Unite unite, double attended, double held, double planned, double required) {

  /**
   * Checks the components.
   *
   * @param unite séances or hours, not null
   * @param attended attended
   * @param held held so far
   * @param planned planned in all
   * @param required required
   */
  public Measure {
    Objects.requireNonNull(unite, "unite");
  }

  /**
   * The share attended of what was held so far.
   *
   * @return the ratio from 0 to 1, or empty when nothing was held yet
   */
  public OptionalDouble ratioOfHeld() {
    return held > 0 ? OptionalDouble.of(attended / held) : OptionalDouble.empty();
  }

  /**
   * The share attended of all that is planned.
   *
   * @return the ratio from 0 to 1, or empty when nothing is planned
   */
  public OptionalDouble ratioOfPlanned() {
    return planned > 0 ? OptionalDouble.of(attended / planned) : OptionalDouble.empty();
  }

  /**
   * Tells whether the requirement can still be met if every séance still to hold is attended.
   *
   * @return true if attended plus still to hold reaches the requirement
   */
  public boolean isReachable() {
    return attended + (planned - held) >= required - 1e-9;
  }

  /**
   * The numbers in words, as data: {@code 5/8 séances tenues (62,5 %), 5/8 planifiées, 6 requises}
   * or, in hours, {@code 15 h sur 24 h tenues (62,5 %), sur 24 h planifiées, 18 h requises}.
   *
   * @return the message, not null
   */
  public Message message() {
    Object part = ratioOfHeld().isPresent()
        ? texte("mesure.part", pourcentage(ratioOfHeld().getAsDouble())) : "";
    return texte(unite == Unite.HEURES ? "mesure.heures" : "mesure.seances",
        nombre(attended), nombre(held), part, nombre(planned), nombre(required));
  }

  /**
   * The numbers in words in a language.
   *
   * @param locale English for an English locale, French otherwise, not null
   * @return the text, not null
   */
  public String text(Locale locale) {
    return message().render(locale);
  }
}
