package io.github.plateformcoop.programme.rules;

import io.github.plateformcoop.programme.model.message.Language;
import io.github.plateformcoop.programme.rules.internal.RuleMessages;
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
    Objects.requireNonNull(locale, "locale");
    StringBuilder out = new StringBuilder();
    out.append("# ").append(texte("catalogue.titre", locale)).append("\n\n");
    out.append(texte("catalogue.genere", locale)).append("\n\n");
    out.append(texte("catalogue.entete", locale)).append("\n");
    out.append("|---|---|---|---|\n");
    for (Rule rule : ruleSet.getRules()) {
      String parameters = rule.getParameters().stream()
          .map(p -> "`" + p.getName() + "`: " + description(p, locale)
              + p.getDefaultValue().map(d -> " " + RuleMessages.message("catalogue.defaut", "valeur", "`" + d + "`")
                  .render(locale)).orElse(""))
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
          .append(ruleSet.isEnabled(rule.getCode()) ? "" : texte("catalogue.desactivee", locale)).append(")\n");
      out.append("  ").append(rule.description(locale)).append('\n');
      for (Parameter<?> p : rule.getParameters()) {
        out.append("  ").append(RuleMessages.message("catalogue.parametre", "nom", p.getName(),
            "description", description(p, locale)).render(locale)).append('\n');
      }
    }
    return out.toString();
  }

  /** A built-in parameter's description from the bundle; a region's own, as it was given. */
  private static String description(Parameter<?> p, Locale locale) {
    String cle = "parametre." + p.getName();
    return RuleMessages.BUNDLE.template(cle, Language.of(locale)).isPresent()
        ? RuleMessages.message(cle).render(locale) : p.getDescription();
  }

  private static String texte(String cle, Locale locale) {
    return RuleMessages.message(cle).render(locale);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
