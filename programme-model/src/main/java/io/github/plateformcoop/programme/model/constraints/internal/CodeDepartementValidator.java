package io.github.plateformcoop.programme.model.constraints.internal;

import io.github.plateformcoop.programme.model.codes.OfficialCodes;
import io.github.plateformcoop.programme.model.constraints.CodeDepartement;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CodeDepartement}; {@code null} is valid. */
public final class CodeDepartementValidator implements ConstraintValidator<CodeDepartement, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || OfficialCodes.isValidCodeDepartement(value);
  }
}
