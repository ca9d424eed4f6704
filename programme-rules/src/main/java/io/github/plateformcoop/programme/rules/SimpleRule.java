package io.github.plateformcoop.programme.rules;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.message.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/** The rule {@link Rule.Builder} builds. */
final class SimpleRule implements Rule {

  private final String code;
  private final Severity defaultSeverity;
  private final List<Parameter<?>> parameters;
  private final Map<Language, String> descriptions;
  private final Map<String, Map<Language, String>> messages;
  private final BiConsumer<Cycle, RuleContext> check;
  private final BiConsumer<Programme, RuleContext> checkProgramme;

  SimpleRule(String code, Severity defaultSeverity, List<Parameter<?>> parameters,
      Map<Language, String> descriptions, Map<String, Map<Language, String>> messages, BiConsumer<Cycle, RuleContext> check,
      BiConsumer<Programme, RuleContext> checkProgramme) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.parameters = parameters;
    this.descriptions = descriptions;
    this.messages = messages;
    this.check = check;
    this.checkProgramme = checkProgramme;
  }

  @Override
  public String getCode() {
    return code;
  }

  @Override
  public Severity getDefaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public List<Parameter<?>> getParameters() {
    return parameters;
  }

  @Override
  public String description(Locale locale) {
    return descriptions.get(Language.of(locale));
  }

  @Override
  public String messageTemplate(String variant, Locale locale) {
    Map<Language, String> templates = messages.get(variant);
    if (templates == null) {
      throw new IllegalArgumentException("Rule '" + code + "' has no message variant '" + variant
          + "'; its variants are " + messages.keySet());
    }
    return templates.get(Language.of(locale));
  }

  @Override
  public void check(Cycle cycle, RuleContext context) {
    check.accept(cycle, context);
  }

  @Override
  public void checkProgramme(Programme programme, RuleContext context) {
    checkProgramme.accept(programme, context);
  }

  @Override
  public String toString() {
    return code + " (" + defaultSeverity + ")";
  }
}
