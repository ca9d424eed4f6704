package io.github.plateformcoop.programme.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.plateformcoop.programme.model.constraints.internal.CodeDepartementValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is the code of a French département: {@code 01} to {@code 95}
 * except {@code 20}, {@code 2A} and {@code 2B} for Corsica, and {@code 971} to {@code 974} and
 * {@code 976} for the overseas départements (Guadeloupe, Martinique, Guyane, La Réunion,
 * Mayotte). Collectivités d’outre-mer such as Saint-Pierre-et-Miquelon ({@code 975}) are not
 * départements.
 *
 * <p>{@code null} is valid: combine with {@code @NotNull} where the value is required.
 * Applies to {@code CharSequence}.
 */
@Documented
@Constraint(validatedBy = CodeDepartementValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(CodeDepartement.List.class)
public @interface CodeDepartement {

  /** @return the message template, by default this annotation's key in the message bundle */
  String message() default "{io.github.plateformcoop.programme.model.constraints.CodeDepartement.message}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link CodeDepartement} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** @return the constraints */
    CodeDepartement[] value();
  }
}
