package io.github.plateformcoop.programme.model.constraints.internal;

import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.YearMonth;

/** Checks {@link DateDuCalendrier} on each type it applies to; {@code null} is valid. */
public final class DateDuCalendrierValidator {

  private DateDuCalendrierValidator() {}

  static boolean isInRange(int annee) {
    return annee >= DateDuCalendrier.PREMIERE_ANNEE && annee <= DateDuCalendrier.DERNIERE_ANNEE;
  }

  /** For a day. */
  public static final class DuJour implements ConstraintValidator<DateDuCalendrier, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || isInRange(value.getYear());
    }
  }

  /** For a month. */
  public static final class DuMois implements ConstraintValidator<DateDuCalendrier, YearMonth> {
    @Override
    public boolean isValid(YearMonth value, ConstraintValidatorContext context) {
      return value == null || isInRange(value.getYear());
    }
  }

  /** For a date known to the year, month or day. */
  public static final class DeLaDatation implements ConstraintValidator<DateDuCalendrier, Datation> {
    @Override
    public boolean isValid(Datation value, ConstraintValidatorContext context) {
      return value == null || isInRange(value.firstDay().getYear());
    }
  }
}
