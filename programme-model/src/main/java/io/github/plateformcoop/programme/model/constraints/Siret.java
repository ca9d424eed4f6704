package io.github.plateformcoop.programme.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.plateformcoop.programme.model.constraints.internal.SiretValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a SIRET, the 14-digit identifier of an establishment: its SIREN
 * followed by a 5-digit establishment number. The whole number carries a Luhn key, except for
 * La Poste (SIREN {@code 356000000}), whose establishments are valid when the sum of their
 * digits is a multiple of 5.
 *
 * <p>{@code null} is valid: combine with {@code @NotNull} where the value is required.
 * Applies to {@code CharSequence}.
 */
@Documented
@Constraint(validatedBy = SiretValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Siret.List.class)
public @interface Siret {

  /** @return the message template, by default this annotation's key in the message bundle */
  String message() default "{io.github.plateformcoop.programme.model.constraints.Siret.message}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link Siret} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** @return the constraints */
    Siret[] value();
  }
}
