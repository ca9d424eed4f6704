package io.github.plateformcoop.programme.rules;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.message.Language;
import io.github.plateformcoop.programme.rules.internal.RuleMessages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A check of a cycle with a stable code, a default severity and documented parameters.
 *
 * <p>A rule is a plain value: it holds no state, needs no container and may run on many cycles
 * at once. It reports what it finds through the {@link RuleContext} it is given; the
 * {@link RuleSet} decides whether it runs, with which severity and which parameters.
 *
 * <p>Build one with {@link #builder(String, Severity)}:
 *
 * <pre>{@code
 * Rule auMoinsDeuxCollectivites = Rule.builder("region.deux-collectivites", Severity.WARNING)
 *     .description(Locale.FRENCH, "Le cycle engage moins de deux collectivités.")
 *     .message(Locale.FRENCH, "{nombre} collectivité(s) engagée(s), deux attendues")
 *     .message(Locale.ENGLISH, "{nombre} collectivité(s) engaged, two expected")
 *     .check((cycle, context) -> {
 *       int n = cycle.engagements(StatutDEngagement.ENGAGEE).size();
 *       if (n < 2) {
 *         context.at("engagements").argument("nombre", n).report();
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public interface Rule {

  /**
   * The stable code, such as {@code coherence.nombre-annonce}: what reports, filters and rule
   * sets refer to.
   *
   * @return the code, not null
   */
  String getCode();

  /**
   * The severity of its findings unless the rule set changes it.
   *
   * @return the default severity, not null
   */
  Severity getDefaultSeverity();

  /**
   * The parameters it reads.
   *
   * @return the parameters, possibly empty, never null
   */
  List<Parameter<?>> getParameters();

  /**
   * What the rule catches, in a locale.
   *
   * @param locale the locale, not null
   * @return the description, not null
   */
  String description(Locale locale);

  /**
   * The template of one of its messages in a locale, with {@code {name}} placeholders for
   * arguments. A rule has a main message (variant {@code ""}) and may have variants for the
   * kinds of finding it reports ({@code "intervenant"}, {@code "seance"}…).
   *
   * @param variant the variant, {@code ""} for the main message, not null
   * @param locale the locale, not null
   * @return the template, not null
   * @throws IllegalArgumentException if the rule has no such variant
   */
  String messageTemplate(String variant, Locale locale);

  /**
   * Checks a cycle and reports each finding through the context.
   *
   * @param cycle the cycle, not null
   * @param context where to report and read parameters, not null
   */
  void check(Cycle cycle, RuleContext context);

  /**
   * Checks what spans the cycles of a programme (an intervenant expected in two cycles at once).
   * Each cycle is also checked on its own with {@link #check}; this reports only what no single
   * cycle shows. Paths start at the programme ({@code cycles[1].briques[0].seances[2]}).
   *
   * @param programme the programme, not null
   * @param context where to report and read parameters, not null
   */
  default void checkProgramme(Programme programme, RuleContext context) {}

  /**
   * Starts building a rule.
   *
   * @param code the stable code, not blank
   * @param defaultSeverity the default severity, not null
   * @return a builder, not null
   */
  static Builder builder(String code, Severity defaultSeverity) {
    return new Builder(code, defaultSeverity);
  }

  /**
   * Builds a {@link Rule}. Descriptions and messages not given in a locale come from the
   * built-in bundles (keys {@code <code>.description} and {@code <code>}); a custom rule gives
   * at least the French ones, which serve for any locale not given.
   */
  final class Builder {
    private final String code;
    private final Severity defaultSeverity;
    private final List<Parameter<?>> parameters = new ArrayList<>();
    private final Map<Language, String> descriptions = new HashMap<>();
    private final Map<String, Map<Language, String>> messages = new HashMap<>();
    private final List<String> variants = new ArrayList<>(List.of(""));
    private BiConsumer<Cycle, RuleContext> check;
    private BiConsumer<Programme, RuleContext> checkProgramme = (programme, context) -> { };

    private Builder(String code, Severity defaultSeverity) {
      Objects.requireNonNull(code, "code");
      if (code.isBlank()) {
        throw new IllegalArgumentException("A rule code cannot be blank");
      }
      this.code = code;
      this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    }

    /**
     * Declares the parameters the rule reads.
     *
     * @param declared the parameters, not null
     * @return this builder
     */
    public Builder parameters(Parameter<?>... declared) {
      parameters.addAll(List.of(declared));
      return this;
    }

    /**
     * Sets what the rule catches in a language.
     *
     * @param locale the language, {@link Locale#FRENCH} or {@link Locale#ENGLISH}, not null
     * @param description the description, not null
     * @return this builder
     */
    public Builder description(Locale locale, String description) {
      descriptions.put(Language.of(locale), Objects.requireNonNull(description, "description"));
      return this;
    }

    /**
     * Sets the template of the rule's messages in a language.
     *
     * @param locale the language, {@link Locale#FRENCH} or {@link Locale#ENGLISH}, not null
     * @param template the template, with {@code {name}} placeholders, not null
     * @return this builder
     */
    public Builder message(Locale locale, String template) {
      return message("", locale, template);
    }

    /**
     * Sets the template of one variant of the rule's messages in a language.
     *
     * @param variant the variant's name, not null
     * @param locale the language, {@link Locale#FRENCH} or {@link Locale#ENGLISH}, not null
     * @param template the template, with {@code {name}} placeholders, not null
     * @return this builder
     */
    public Builder message(String variant, Locale locale, String template) {
      Objects.requireNonNull(variant, "variant");
      if (!variants.contains(variant)) {
        variants.add(variant);
      }
      messages.computeIfAbsent(variant, v -> new HashMap<>())
          .put(Language.of(locale), Objects.requireNonNull(template, "template"));
      return this;
    }

    /**
     * Declares variants of the messages whose templates the built-in bundles hold, under the
     * keys {@code <code>.<variant>}.
     *
     * @param names the variants' names, not null
     * @return this builder
     */
    public Builder variants(String... names) {
      for (String name : names) {
        if (!variants.contains(name)) {
          variants.add(Objects.requireNonNull(name, "name"));
        }
      }
      return this;
    }

    /**
     * Sets the check.
     *
     * @param check the check, not null
     * @return this builder
     */
    public Builder check(BiConsumer<Cycle, RuleContext> check) {
      this.check = Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * Sets the check of what spans the cycles of a programme.
     *
     * @param check the check, not null
     * @return this builder
     */
    public Builder checkProgramme(BiConsumer<Programme, RuleContext> check) {
      this.checkProgramme = Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule, not null
     * @throws IllegalStateException if no check was given, or no message or description is
     *     found for the rule in French
     */
    public Rule build() {
      if (check == null) {
        throw new IllegalStateException("Rule '" + code + "' has no check");
      }
      Map<Language, String> allDescriptions = complete(descriptions, code + ".description", "description");
      Map<String, Map<Language, String>> allMessages = new HashMap<>();
      for (String variant : variants) {
        String key = variant.isEmpty() ? code : code + "." + variant;
        String what = variant.isEmpty() ? "message" : "message '" + variant + "'";
        allMessages.put(variant, complete(messages.getOrDefault(variant, Map.of()), key, what));
      }
      return new SimpleRule(code, defaultSeverity, List.copyOf(parameters), allDescriptions, Map.copyOf(allMessages), check,
          checkProgramme);
    }

    private Map<Language, String> complete(Map<Language, String> given, String key, String what) {
      Map<Language, String> all = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        String text = given.containsKey(language)
            ? given.get(language)
            : RuleMessages.BUNDLE.template(key, language).orElse(null);
        if (text != null) {
          all.put(language, text);
        }
      }
      if (!all.containsKey(Language.FRENCH)) {
        throw new IllegalStateException("Rule '" + code + "' has no " + what + " in French");
      }
      all.putIfAbsent(Language.ENGLISH, all.get(Language.FRENCH));
      return Map.copyOf(all);
    }
  }
}
