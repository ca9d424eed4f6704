package io.github.plateformcoop.programme.model.constraints.internal;

import io.github.plateformcoop.programme.model.codes.OfficialCodes;
import io.github.plateformcoop.programme.model.constraints.Siret;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Siret}; {@code null} is valid. */
public final class SiretValidator implements ConstraintValidator<Siret, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || OfficialCodes.isValidSiret(value);
  }
}
