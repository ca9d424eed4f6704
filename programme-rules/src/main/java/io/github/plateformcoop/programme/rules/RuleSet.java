package io.github.plateformcoop.programme.rules;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.rules.consistency.ConsistencyRules;
import io.github.plateformcoop.programme.rules.consistency.EligibilityRules;
import io.github.plateformcoop.programme.rules.consistency.ModelConstraintRules;
import io.github.plateformcoop.programme.rules.consistency.ReferenceRules;
import io.github.plateformcoop.programme.rules.schedule.ScheduleRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules a region applies to its cycles, each enabled or not, with its severity, and the
 * values of their parameters.
 *
 * <p>Start from {@link #defaults()}, which holds every built-in rule, and configure in code:
 *
 * <pre>{@code
 * RuleSet hautsDeFrance = RuleSet.defaults()
 *     .disable("eligibilite.role")
 *     .withSeverity("coherence.nombre-annonce", Severity.INFO)
 *     .with(EligibilityRules.DEPARTEMENTS_CIBLES, Set.of("02", "59", "60", "62", "80"))
 *     .withRule(maRegle);
 * ValidationReport report = hautsDeFrance.validate(cycle);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: each method returns a new rule set.
 */
public final class RuleSet {

  private final Map<String, Rule> rules;
  private final Map<String, Boolean> enabled;
  private final Map<String, Severity> severities;
  private final Map<Parameter<?>, Object> parameters;

  private RuleSet(Map<String, Rule> rules, Map<String, Boolean> enabled, Map<String, Severity> severities,
      Map<Parameter<?>, Object> parameters) {
    this.rules = Collections.unmodifiableMap(rules);
    this.enabled = Collections.unmodifiableMap(enabled);
    this.severities = Collections.unmodifiableMap(severities);
    this.parameters = Collections.unmodifiableMap(parameters);
  }

  /**
   * Every built-in rule, enabled, with its default severity and no parameter set.
   *
   * @return the default rule set, not null
   */
  public static RuleSet defaults() {
    return of(Stream.of(ModelConstraintRules.all(), ReferenceRules.all(), EligibilityRules.all(), ConsistencyRules.all(),
            ScheduleRules.all())
        .flatMap(List::stream)
        .toList());
  }

  /**
   * A rule set of the given rules only, enabled, with their default severities.
   *
   * @param rules the rules, with distinct codes, not null
   * @return the rule set, not null
   * @throws IllegalArgumentException if two rules share a code
   */
  public static RuleSet of(List<Rule> rules) {
    RuleSet set = new RuleSet(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    for (Rule rule : rules) {
      set = set.withRule(rule);
    }
    return set;
  }

  /**
   * Adds a rule, enabled, with its default severity.
   *
   * @param rule the rule, not null
   * @return the new rule set, not null
   * @throws IllegalArgumentException if the set already has a rule of that code
   */
  public RuleSet withRule(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    if (rules.containsKey(rule.getCode())) {
      throw new IllegalArgumentException("The rule set already has a rule '" + rule.getCode() + "'");
    }
    Map<String, Rule> newRules = new LinkedHashMap<>(rules);
    newRules.put(rule.getCode(), rule);
    Map<String, Boolean> newEnabled = new LinkedHashMap<>(enabled);
    newEnabled.put(rule.getCode(), true);
    Map<String, Severity> newSeverities = new LinkedHashMap<>(severities);
    newSeverities.put(rule.getCode(), rule.getDefaultSeverity());
    return new RuleSet(newRules, newEnabled, newSeverities, new LinkedHashMap<>(parameters));
  }

  /**
   * Turns a rule off.
   *
   * @param code the rule's code, not null
   * @return the new rule set, not null
   * @throws IllegalArgumentException if no rule has that code
   */
  public RuleSet disable(String code) {
    return withEnabled(code, false);
  }

  /**
   * Turns a rule back on.
   *
   * @param code the rule's code, not null
   * @return the new rule set, not null
   * @throws IllegalArgumentException if no rule has that code
   */
  public RuleSet enable(String code) {
    return withEnabled(code, true);
  }

  /**
   * Changes the severity a rule's findings get.
   *
   * @param code the rule's code, not null
   * @param severity the severity, not null
   * @return the new rule set, not null
   * @throws IllegalArgumentException if no rule has that code
   */
  public RuleSet withSeverity(String code, Severity severity) {
    requireRule(code);
    Objects.requireNonNull(severity, "severity");
    Map<String, Severity> newSeverities = new LinkedHashMap<>(severities);
    newSeverities.put(code, severity);
    return new RuleSet(new LinkedHashMap<>(rules), new LinkedHashMap<>(enabled), newSeverities, new LinkedHashMap<>(parameters));
  }

  /**
   * Sets a parameter, for every rule that reads it.
   *
   * @param parameter the parameter, not null
   * @param value its value, not null
   * @param <T> the type of the value
   * @return the new rule set, not null
   * @throws IllegalArgumentException if no rule of the set reads that parameter, or the value is
   *     not of the parameter's type
   */
  public <T> RuleSet with(Parameter<T> parameter, T value) {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(value, "value");
    parameter.cast(value);
    boolean read = rules.values().stream().anyMatch(r -> r.getParameters().contains(parameter));
    if (!read) {
      throw new IllegalArgumentException("No rule of the set reads parameter '" + parameter.getName() + "'");
    }
    Map<Parameter<?>, Object> newParameters = new LinkedHashMap<>(parameters);
    newParameters.put(parameter, value);
    return new RuleSet(new LinkedHashMap<>(rules), new LinkedHashMap<>(enabled), new LinkedHashMap<>(severities), newParameters);
  }

  /**
   * The rules of the set, enabled or not, in their order.
   *
   * @return the rules, never null
   */
  public List<Rule> getRules() {
    return List.copyOf(rules.values());
  }

  /**
   * Finds a rule.
   *
   * @param code the code, not null
   * @return the rule, or empty if the set has none of that code
   */
  public Optional<Rule> rule(String code) {
    return Optional.ofNullable(rules.get(code));
  }

  /**
   * Tells whether a rule runs.
   *
   * @param code the code, not null
   * @return true if enabled
   * @throws IllegalArgumentException if no rule has that code
   */
  public boolean isEnabled(String code) {
    requireRule(code);
    return enabled.get(code);
  }

  /**
   * The severity a rule's findings get.
   *
   * @param code the code, not null
   * @return the severity, not null
   * @throws IllegalArgumentException if no rule has that code
   */
  public Severity severityOf(String code) {
    requireRule(code);
    return severities.get(code);
  }

  /**
   * The value set for a parameter.
   *
   * @param parameter the parameter, not null
   * @param <T> the type of the value
   * @return the value, or empty if not set on this rule set
   */
  public <T> Optional<T> parameter(Parameter<T> parameter) {
    return Optional.ofNullable(parameters.get(parameter)).map(parameter::cast);
  }

  /**
   * Checks a cycle with every enabled rule. The report holds data; its messages are rendered in
   * French or English when asked for ({@link Violation#render(java.util.Locale)},
   * {@link ValidationReport#toJson(java.util.Locale)}).
   *
   * @param cycle the cycle, not null
   * @return the report, not null
   * @throws IllegalStateException if a rule fails, naming the rule
   */
  public ValidationReport validate(Cycle cycle) {
    Objects.requireNonNull(cycle, "cycle");
    List<Violation> violations = new ArrayList<>();
    verifier(cycle, "", violations);
    return new ValidationReport(violations);
  }

  /**
   * Checks each cycle of a programme, then what spans its cycles. Paths start at the programme:
   * {@code cycles[0].briques[1].seances[2].date}.
   *
   * @param programme the programme, not null
   * @return the report, not null
   * @throws IllegalStateException if a rule fails, naming the rule
   */
  public ValidationReport validate(Programme programme) {
    Objects.requireNonNull(programme, "programme");
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < programme.getCycles().size(); i++) {
      verifier(programme.getCycles().get(i), "cycles[" + i + "]", violations);
    }
    for (Rule rule : enabledRules()) {
      executer(rule, "", violations, "programme '" + programme.getId() + "'",
          context -> rule.checkProgramme(programme, context));
    }
    return new ValidationReport(violations);
  }

  private void verifier(Cycle cycle, String prefix, List<Violation> violations) {
    for (Rule rule : enabledRules()) {
      executer(rule, prefix, violations, "cycle '" + cycle.getId() + "'", context -> rule.check(cycle, context));
    }
  }

  /** Runs one rule's check with its context, naming the rule and what it checked when it fails. */
  private void executer(Rule rule, String prefix, List<Violation> violations, String sujet,
      java.util.function.Consumer<RuleContext> check) {
    RuleContext context = new RuleContext(rule, severities.get(rule.getCode()), parameters, violations, prefix);
    try {
      check.accept(context);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Rule '" + rule.getCode() + "' failed on " + sujet + ": " + e.getMessage(), e);
    }
  }

  private List<Rule> enabledRules() {
    return rules.values().stream().filter(r -> enabled.get(r.getCode())).toList();
  }

  private RuleSet withEnabled(String code, boolean on) {
    requireRule(code);
    Map<String, Boolean> newEnabled = new LinkedHashMap<>(enabled);
    newEnabled.put(code, on);
    return new RuleSet(new LinkedHashMap<>(rules), newEnabled, new LinkedHashMap<>(severities), new LinkedHashMap<>(parameters));
  }

  private void requireRule(String code) {
    Objects.requireNonNull(code, "code");
    if (!rules.containsKey(code)) {
      throw new IllegalArgumentException("No rule '" + code + "' in the rule set; its rules are: "
          + rules.keySet().stream().collect(Collectors.joining(", ")));
    }
  }

  @Override
  public String toString() {
    return rules.keySet().stream()
        .map(c -> c + (enabled.get(c) ? "" : " (disabled)") + " " + severities.get(c))
        .collect(Collectors.joining(", ", "RuleSet[", "]"));
  }
}
