package io.github.plateformcoop.programme.model.constraints.internal;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Identifier}: 1 to 64 characters, ASCII letters, digits, '.', '_' or '-', the
 * first a letter or a digit; {@code null} is valid. A loop over the characters rather than a
 * regular expression: ids are the most checked values of a cycle, one per attendance record.
 */
public final class IdentifierValidator implements ConstraintValidator<Identifier, CharSequence> {

  /** The longest identifier. */
  static final int LONGUEUR_MAXIMALE = 64;

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isIdentifier(value);
  }

  /**
   * Tells whether a text is an identifier.
   *
   * @param texte the text, not null
   * @return true if it is
   */
  static boolean isIdentifier(CharSequence texte) {
    int longueur = texte.length();
    if (longueur == 0 || longueur > LONGUEUR_MAXIMALE || !alphanumerique(texte.charAt(0))) {
      return false;
    }
    for (int i = 1; i < longueur; i++) {
      char c = texte.charAt(i);
      if (!alphanumerique(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean alphanumerique(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
