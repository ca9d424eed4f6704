package io.github.plateformcoop.programme.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.plateformcoop.programme.model.constraints.internal.DureePositiveValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link java.time.Duration} is strictly positive, neither zero nor negative, and
 * at most 24 hours: the length of a séance, which a day holds.
 *
 * <p>{@code null} is valid: combine with {@code @NotNull} where the value is required.
 * Applies to {@code java.time.Duration}.
 */
@Documented
@Constraint(validatedBy = DureePositiveValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(DureePositive.List.class)
public @interface DureePositive {

  /** @return the message template, by default this annotation's key in the message bundle */
  String message() default "{io.github.plateformcoop.programme.model.constraints.DureePositive.message}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link DureePositive} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** @return the constraints */
    DureePositive[] value();
  }
}
