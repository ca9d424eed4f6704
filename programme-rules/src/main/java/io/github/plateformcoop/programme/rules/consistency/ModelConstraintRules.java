package io.github.plateformcoop.programme.rules.consistency;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.internal.ModelMessages;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.Rule;
import io.github.plateformcoop.programme.rules.RuleContext;
import io.github.plateformcoop.programme.rules.Severity;
import java.util.Comparator;
import java.util.List;

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
        .sorted(Comparator.comparing(ContraintesDuModele.Ecart::chemin).thenComparing(e -> e.contrainte().cle()))
        .forEach(e -> context.at(e.chemin())
            .argument("contrainte", e.contrainte().annotation().annotationType().getSimpleName())
            .argument("valeur", String.valueOf(e.valeur()))
            .argument("message", Message.of(ModelMessages.BUNDLE, e.contrainte().cle(), e.contrainte().attributs()))
            .report());
  }
}
