package io.github.plateformcoop.programme.model.constraints.internal;

import io.github.plateformcoop.programme.model.codes.OfficialCodes;
import io.github.plateformcoop.programme.model.constraints.Siren;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Siren}; {@code null} is valid. */
public final class SirenValidator implements ConstraintValidator<Siren, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || OfficialCodes.isValidSiren(value);
  }
}
