package io.github.plateformcoop.programme.rules.jakarta;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.plateformcoop.programme.rules.internal.ValidCycleValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link io.github.plateformcoop.programme.model.Cycle} passes the programme's
 * rules: each finding of the rule set becomes a constraint violation at the finding's own path
 * ({@code briques[0].seances[3].date}), with the finding's message, and the finding itself as
 * dynamic payload ({@code violation.unwrap(HibernateConstraintViolation.class)
 * .getDynamicPayload(io.github.plateformcoop.programme.rules.Violation.class)}) for its code and
 * severity.
 *
 * <p>Put it on a field, parameter or return value of type {@code Cycle} in an application's own
 * classes, or let {@link ProgrammeValidation#configure} declare it on {@code Cycle} itself. The
 * rule set, the locale and the lowest severity reported come from {@link ProgrammeValidation};
 * without it, the default rule set in French with every severity.
 *
 * <p>{@code null} is valid.
 */
@Documented
@Constraint(validatedBy = ValidCycleValidator.class)
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidCycle {

  /** @return unused: each violation carries its finding's message */
  String message() default "{io.github.plateformcoop.programme.rules.jakarta.ValidCycle.message}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};
}
