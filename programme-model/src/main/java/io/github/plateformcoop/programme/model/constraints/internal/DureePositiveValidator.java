package io.github.plateformcoop.programme.model.constraints.internal;

import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.constraints.DureePositive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;

/** Checks {@link DureePositive}; {@code null} is valid. */
public final class DureePositiveValidator implements ConstraintValidator<DureePositive, Duration> {

  @Override
  public boolean isValid(Duration value, ConstraintValidatorContext context) {
    return value == null || (!value.isZero() && !value.isNegative() && value.compareTo(FormatDeSeance.DUREE_MAXIMALE) <= 0);
  }
}
