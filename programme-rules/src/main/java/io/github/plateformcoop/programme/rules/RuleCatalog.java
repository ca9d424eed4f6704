package io.github.plateformcoop.programme.rules;

import io.github.plateformcoop.programme.rules.internal.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The catalogue of a rule set's rules, generated from the rules themselves: code, default
 * severity, parameters and what each catches. The project's {@code docs/rules.md} is this
 * catalogue of {@link RuleSet#defaults()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleCatalog {

  private RuleCatalog() {}

  /**
   * The catalogue as a Markdown document.
   *
   * @param ruleSet the rules, not null
   * @param locale the language of the descriptions: English for an English locale, French otherwise
   * @return the document, ending with a line feed, not null
   */
  public static String markdown(RuleSet ruleSet, Locale locale) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    boolean english = Messages.language(Objects.requireNonNull(locale, "locale")) == Locale.ENGLISH;
    StringBuilder out = new StringBuilder();
    out.append(english ? "# Rule catalogue\n\n" : "# Catalogue des règles\n\n");
    out.append(english
        ? "Generated from `RuleSet.defaults()` by `RuleCatalog.markdown`; a test keeps this file in step.\n\n"
        : "Produit depuis `RuleSet.defaults()` par `RuleCatalog.markdown` ; un test garde ce fichier à jour.\n\n");
    out.append(english
        ? "| code | default severity | parameters | what it catches |\n"
        : "| code | sévérité par défaut | paramètres | ce que la règle détecte |\n");
    out.append("|---|---|---|---|\n");
    for (Rule rule : ruleSet.getRules()) {
      String parameters = rule.getParameters().stream()
          .map(p -> "`" + p.getName() + "`: " + p.getDescription()
              + p.getDefaultValue().map(d -> " Default: `" + d + "`.").orElse(""))
          .collect(Collectors.joining("<br>"));
      out.append("| `").append(rule.getCode()).append("` | ")
          .append(rule.getDefaultSeverity()).append(" | ")
          .append(parameters.isEmpty() ? "–" : cell(parameters)).append(" | ")
          .append(cell(rule.description(locale))).append(" |\n");
    }
    return out.toString();
  }

  /**
   * The catalogue as plain text, one block per rule, for a terminal.
   *
   * @param ruleSet the rules, not null
   * @param locale the language of the descriptions, not null
   * @return the text, ending with a line feed, not null
   */
  public static String text(RuleSet ruleSet, Locale locale) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    StringBuilder out = new StringBuilder();
    for (Rule rule : ruleSet.getRules()) {
      out.append(rule.getCode()).append(" (").append(ruleSet.severityOf(rule.getCode()))
          .append(ruleSet.isEnabled(rule.getCode()) ? "" : ", disabled").append(")\n");
      out.append("  ").append(rule.description(locale)).append('\n');
      for (Parameter<?> p : rule.getParameters()) {
        out.append("  parameter ").append(p.getName()).append(": ").append(p.getDescription()).append('\n');
      }
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
