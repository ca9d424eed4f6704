package io.github.plateformcoop.programme.rules.completion.internal;

import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.internal.RuleMessages;
import java.math.BigDecimal;

/** The texts of completion, from the rules' bundle under {@code completion.}: arguments numbered {0}, {1}… */
public final class CompletionTexts {

  private CompletionTexts() {}

  /**
   * A text of completion.
   *
   * @param cle its key under {@code completion.}, not null
   * @param arguments its arguments, in the order of their numbers
   * @return the message, not null
   */
  public static Message texte(String cle, Object... arguments) {
    Object[] nommes = new Object[2 * arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      nommes[2 * i] = String.valueOf(i);
      nommes[2 * i + 1] = arguments[i];
    }
    return RuleMessages.message("completion." + cle, nommes);
  }

  /**
   * A number to a tenth, written without a useless decimal: 13.5, 18.
   *
   * @param valeur the number
   * @return the number as the formatter writes it, not null
   */
  public static BigDecimal nombre(double valeur) {
    BigDecimal dixiemes = BigDecimal.valueOf(Math.round(valeur * 10), 1).stripTrailingZeros();
    return dixiemes.scale() < 0 ? dixiemes.setScale(0) : dixiemes;
  }

  /**
   * A ratio as a percentage to a tenth: 66.7 %.
   *
   * @param ratio the ratio, 1 for all
   * @return the message, not null
   */
  public static Message pourcentage(double ratio) {
    return texte("pourcent", nombre(ratio * 100));
  }
}
