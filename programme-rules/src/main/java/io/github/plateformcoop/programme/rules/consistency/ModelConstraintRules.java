package io.github.plateformcoop.programme.rules.consistency;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.internal.ModelMessages;
import io.github.plateformcoop.programme.model.message.Language;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.Rule;
import io.github.plateformcoop.programme.rules.RuleContext;
import io.github.plateformcoop.programme.rules.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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


  private ModelConstraintRules() {}

  /**
   * The rules of this family.
   *
   * @return the rules, never null
   */
  public static List<Rule> all() {
    return List.of(CONTRAINTE);
  }

  /** The validator, built once when first needed; its messages are not used, the model's bundle renders them. */
  private static final class Validateur {
    static final Validator INSTANCE = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
  }

  private static void contraintes(Cycle cycle, RuleContext context) {
    Validateur.INSTANCE.validate(cycle).stream()
        .sorted(Comparator.comparing((ConstraintViolation<Cycle> v) -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessageTemplate))
        .forEach(v -> context.at(v.getPropertyPath().toString())
            .argument("contrainte", v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
            .argument("valeur", String.valueOf(v.getInvalidValue()))
            .argument("message", message(v))
            .report());
  }

  /** The constraint's message from the model's bundle, whose keys are the constraints' templates. */
  private static Message message(ConstraintViolation<Cycle> v) {
    String gabarit = v.getMessageTemplate();
    String cle = gabarit.startsWith("{") && gabarit.endsWith("}") ? gabarit.substring(1, gabarit.length() - 1) : gabarit;
    if (ModelMessages.BUNDLE.template(cle, Language.FRENCH).isEmpty()) {
      return ModelMessages.message("contrainte.autre", "message", v.getMessage());
    }
    Map<String, Object> attributs = new LinkedHashMap<>(v.getConstraintDescriptor().getAttributes());
    attributs.keySet().removeAll(List.of("message", "groups", "payload"));
    return Message.of(ModelMessages.BUNDLE, cle, attributs);
  }
}
