package io.github.plateformcoop.programme.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.plateformcoop.programme.model.constraints.internal.CodeInseeCommuneValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is an INSEE code of a commune (code officiel géographique): five
 * characters, the département part followed by the commune number. Metropolitan codes are
 * {@code 01001} to {@code 95999} (never {@code 20}: Corsica is {@code 2A}/{@code 2B});
 * overseas communes take three digits for the département or collectivité ({@code 971} to
 * {@code 978}, {@code 984} to {@code 988}) and two for the commune. The commune number is never
 * zero (Lille: {@code 59350}; Ajaccio: {@code 2A004}; Saint-Denis de La Réunion: {@code 97411}).
 *
 * <p>{@code null} is valid: combine with {@code @NotNull} where the value is required.
 * Applies to {@code CharSequence}.
 */
@Documented
@Constraint(validatedBy = CodeInseeCommuneValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(CodeInseeCommune.List.class)
public @interface CodeInseeCommune {

  /** @return the message template, by default this annotation's key in the message bundle */
  String message() default "{io.github.plateformcoop.programme.model.constraints.CodeInseeCommune.message}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link CodeInseeCommune} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** @return the constraints */
    CodeInseeCommune[] value();
  }
}
