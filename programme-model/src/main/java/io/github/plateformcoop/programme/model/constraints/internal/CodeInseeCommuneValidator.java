package io.github.plateformcoop.programme.model.constraints.internal;

import io.github.plateformcoop.programme.model.codes.OfficialCodes;
import io.github.plateformcoop.programme.model.constraints.CodeInseeCommune;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CodeInseeCommune}; {@code null} is valid. */
public final class CodeInseeCommuneValidator implements ConstraintValidator<CodeInseeCommune, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || OfficialCodes.isValidCodeInseeCommune(value);
  }
}
