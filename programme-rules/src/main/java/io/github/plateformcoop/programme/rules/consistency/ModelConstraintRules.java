package io.github.plateformcoop.programme.rules.consistency;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.rules.Rule;
import io.github.plateformcoop.programme.rules.RuleContext;
import io.github.plateformcoop.programme.rules.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The model's own Jakarta constraints (SIREN, SIRET, INSEE and département codes, identifiers,
 * names, durations) as findings of the rule set, so that one report says everything. The
 * Jakarta bridge leaves this rule out: there, the validator checks the constraints itself.
 */
public final class ModelConstraintRules {

  /** {@code modele.contrainte}: a value that breaks a Jakarta constraint of the model. */
  public static final Rule CONTRAINTE = Rule.builder("modele.contrainte", Severity.ERROR)
      .check(ModelConstraintRules::contraintes)
      .build();

  private static final Validator FRANCAIS = validateur(Locale.FRENCH);
  private static final Validator ANGLAIS = validateur(Locale.ENGLISH);

  private ModelConstraintRules() {}

  /**
   * The rules of this family.
   *
   * @return the rules, never null
   */
  public static List<Rule> all() {
    return List.of(CONTRAINTE);
  }

  private static Validator validateur(Locale locale) {
    return Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.FRENCH, Locale.ENGLISH), locale, false))
        .buildValidatorFactory().getValidator();
  }

  private static void contraintes(Cycle cycle, RuleContext context) {
    Validator validateur = "en".equals(context.getLocale().getLanguage()) ? ANGLAIS : FRANCAIS;
    validateur.validate(cycle).stream()
        .sorted(Comparator.comparing((ConstraintViolation<Cycle> v) -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessage))
        .forEach(v -> context.at(v.getPropertyPath().toString())
            .argument("contrainte", v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
            .argument("valeur", String.valueOf(v.getInvalidValue()))
            .argument("message", v.getMessage())
            .report());
  }
}
