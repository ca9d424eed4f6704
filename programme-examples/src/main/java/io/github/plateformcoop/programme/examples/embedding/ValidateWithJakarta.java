package io.github.plateformcoop.programme.examples.embedding;

import io.github.plateformcoop.programme.examples.PlateformCoop;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.jakarta.ProgrammeValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;

/** Embedding through plain Jakarta Validation, as a Spring or Quarkus application would. */
public final class ValidateWithJakarta {

  private ValidateWithJakarta() {}

  /**
   * The constraint violations of a cycle, warnings and errors only, in French.
   *
   * @param cycle the cycle, not null
   * @return the violations, not null
   */
  public static Set<ConstraintViolation<Cycle>> validate(Cycle cycle) {
    try (ValidatorFactory factory = ProgrammeValidation.validatorFactory(RuleSet.defaults(), Locale.FRENCH, Severity.WARNING)) {
      Validator validator = factory.getValidator();
      return validator.validate(cycle);
    }
  }

  /**
   * Prints the violations of the PlateformCoop cycle.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    validate(PlateformCoop.cycle()).forEach(v -> System.out.println(v.getPropertyPath() + ": " + v.getMessage()));
  }
}
