package io.github.plateformcoop.programme.examples.embedding;

import io.github.plateformcoop.programme.examples.PlateformCoop;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.ValidationReport;
import java.util.Locale;

/** Embedding the rules: an application checks a cycle before it publishes it. */
public final class ValidateWithRules {

  private ValidateWithRules() {}

  /**
   * Checks a cycle with the default rules, the gaps between sources turned into infos: what an
   * application that only cares about errors and warnings of its own would do.
   *
   * @param cycle the cycle, not null
   * @return the report, not null
   */
  public static ValidationReport validate(Cycle cycle) {
    RuleSet regles = RuleSet.defaults().withSeverity("coherence.nombre-annonce", Severity.INFO);
    return regles.validate(cycle);
  }

  /**
   * Prints the report on the PlateformCoop cycle.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    ValidationReport report = validate(PlateformCoop.cycle());
    System.out.println(report.isValid() ? "publishable" : "not publishable");
    report.getViolations().stream().map(v -> v.getCode() + ": " + v.render(Locale.ENGLISH)).forEach(System.out::println);
  }
}
