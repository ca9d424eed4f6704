package io.github.plateformcoop.programme.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.plateformcoop.programme.model.constraints.internal.IdentifierValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a stable identifier, as used for cross-references inside a cycle:
 * 1 to 64 characters, ASCII letters, digits, {@code .}, {@code _} or {@code -}, starting with a
 * letter or a digit ({@code mel}, {@code seance-1}, {@code brique.sensibilisation}).
 *
 * <p>{@code null} is valid: combine with {@code @NotNull} where the value is required.
 * Applies to {@code CharSequence}.
 */
@Documented
@Constraint(validatedBy = IdentifierValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Identifier.List.class)
public @interface Identifier {

  /** @return the message template, by default this annotation's key in the message bundle */
  String message() default "{io.github.plateformcoop.programme.model.constraints.Identifier.message}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link Identifier} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** @return the constraints */
    Identifier[] value();
  }
}
