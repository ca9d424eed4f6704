package io.github.plateformcoop.programme.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Plain Hibernate Validator bootstraps with an explicit locale and no expression language, as an
 * application embedding the model would set them up.
 */
public final class Validateurs {

  private static final Validator FRANCAIS = validateur(Locale.FRENCH);
  private static final Validator ANGLAIS = validateur(Locale.ENGLISH);

  private Validateurs() {}

  public static Validator francais() {
    return FRANCAIS;
  }

  public static Validator anglais() {
    return ANGLAIS;
  }

  private static Validator validateur(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.FRENCH, Locale.ENGLISH), locale, false))
        .buildValidatorFactory()
        .getValidator();
  }

  /** The violations of an object as "path: message" lines, sorted. */
  public static Set<String> violations(Validator validateur, Object objet) {
    return validateur.validate(objet).stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The paths of the violations of an object, sorted. */
  public static Set<String> chemins(Object objet) {
    return FRANCAIS.validate(objet).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
