package io.github.plateformcoop.programme.rules.consistency;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.internal.ModelMessages;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.Rule;
import io.github.plateformcoop.programme.rules.RuleContext;
import io.github.plateformcoop.programme.rules.Severity;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's own Jakarta constraints (SIREN, SIRET, INSEE and département codes, identifiers,
 * names, durations) as findings of the rule set, so that one report says everything. The
 * Jakarta bridge leaves this rule out: there, the validator checks the constraints itself.
 *
 * <p>The rule reads the constraints from the model's annotations, each class once, and checks
 * them with the model's constraint validators by a walk of the cycle, without a Jakarta
 * Validation provider: it finds what Hibernate Validator finds on the same value, at the same
 * paths (the order of the findings aside), for a fraction of its cost.
 */
public final class ModelConstraintRules {

  /** {@code modele.contrainte}: a value that breaks a Jakarta constraint of the model. */
  public static final Rule CONTRAINTE = Rule.builder("modele.contrainte", Severity.ERROR)
      .check(ModelConstraintRules::contraintes)
      .build();


  /** The walk of the constraints, which reads each class once for every check. */
  private static final ContraintesDuModele CONTRAINTES = new ContraintesDuModele();

  private ModelConstraintRules() {}

  /**
   * The rules of this family.
   *
   * @return the rules, never null
   */
  public static List<Rule> all() {
    return List.of(CONTRAINTE);
  }

  private static void contraintes(Cycle cycle, RuleContext context) {
    CONTRAINTES.verifier(cycle).stream()
        .sorted(Comparator.comparing(ContraintesDuModele.Ecart::chemin)
            .thenComparing(e -> gabarit(e.contrainte())))
        .forEach(e -> context.at(e.chemin())
            .argument("contrainte", e.contrainte().annotationType().getSimpleName())
            .argument("valeur", String.valueOf(e.valeur()))
            .argument("message", message(e.contrainte()))
            .report());
  }

  /**
   * The constraint's message from the model's bundle, whose keys are the constraints' templates,
   * with the constraint's attributes as arguments.
   */
  private static Message message(Annotation contrainte) {
    String gabarit = gabarit(contrainte);
    String cle = gabarit.startsWith("{") && gabarit.endsWith("}") ? gabarit.substring(1, gabarit.length() - 1) : gabarit;
    Map<String, Object> attributs = new LinkedHashMap<>();
    for (Method attribut : contrainte.annotationType().getDeclaredMethods()) {
      if (!List.of("message", "groups", "payload").contains(attribut.getName())) {
        attributs.put(attribut.getName(), lire(contrainte, attribut));
      }
    }
    return Message.of(ModelMessages.BUNDLE, cle, attributs);
  }

  private static String gabarit(Annotation contrainte) {
    try {
      return (String) lire(contrainte, contrainte.annotationType().getMethod("message"));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("@" + contrainte.annotationType().getName() + " has no message", e);
    }
  }

  private static Object lire(Annotation contrainte, Method attribut) {
    try {
      return attribut.invoke(contrainte);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + attribut.getName() + " of @" + contrainte.annotationType().getName(), e);
    }
  }
}
