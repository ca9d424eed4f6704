package io.github.plateformcoop.programme.model.constraints.internal;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link Identifier}; {@code null} is valid. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, CharSequence> {

  private static final Pattern IDENTIFIANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || IDENTIFIANT.matcher(value).matches();
  }
}
