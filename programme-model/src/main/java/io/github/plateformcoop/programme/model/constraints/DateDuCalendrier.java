package io.github.plateformcoop.programme.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.plateformcoop.programme.model.constraints.internal.DateDuCalendrierValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated date lies in the years this library reckons with: from 1583, the first full year
 * of the Gregorian calendar, whose holidays it computes, to 9999, the last year ISO-8601 writes
 * with four digits. A date outside them is a typing error, not a fact of a cycle.
 *
 * <p>{@code null} is valid: combine with {@code @NotNull} where the value is required.
 * Applies to {@code java.time.LocalDate}, {@code java.time.YearMonth} and {@code Datation}.
 */
@Documented
@Constraint(validatedBy = {DateDuCalendrierValidator.DuJour.class, DateDuCalendrierValidator.DuMois.class,
    DateDuCalendrierValidator.DeLaDatation.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(DateDuCalendrier.List.class)
public @interface DateDuCalendrier {

  /** The first year of the range. */
  int PREMIERE_ANNEE = 1583;

  /** The last year of the range. */
  int DERNIERE_ANNEE = 9999;

  /** @return the message template, by default this annotation's key in the message bundle */
  String message() default "{io.github.plateformcoop.programme.model.constraints.DateDuCalendrier.message}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link DateDuCalendrier} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** @return the constraints */
    DateDuCalendrier[] value();
  }
}
