package io.github.plateformcoop.programme.rules;

import io.github.plateformcoop.programme.model.message.Language;
import io.github.plateformcoop.programme.model.message.MessageFormatter;
import io.github.plateformcoop.programme.rules.internal.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a {@link RuleSet} found in a cycle: the violations, in a stable order (by severity, then
 * rule code, then path with indexes compared as numbers, then subject ids and message), with
 * filters and a JSON form.
 *
 * <p>A cycle is valid when the report has no error; warnings and infos do not make it invalid.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {

  private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::getSeverity)
      .thenComparing(Violation::getCode)
      .thenComparing(Violation::getPath, Paths.NATURAL_ORDER)
      .thenComparing(v -> String.join(",", v.getSubjectIds()))
      .thenComparing(v -> v.getMessage().getKey())
      .thenComparing(v -> v.getArguments().toString());

  /** The mapper of the JSON form, built when a JSON form is first asked for: a report read as text never needs it. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  private final List<Violation> violations;

  ValidationReport(List<Violation> violations) {
    this.violations = violations.stream().sorted(ORDER).toList();
  }

  /**
   * A report of the given violations, put in the report's order.
   *
   * @param violations the violations, not null
   * @return the report, not null
   */
  public static ValidationReport of(List<Violation> violations) {
    return new ValidationReport(Objects.requireNonNull(violations, "violations"));
  }

  /**
   * Every violation, in the report's order.
   *
   * @return the violations, never null
   */
  public List<Violation> getViolations() {
    return violations;
  }

  /**
   * Tells whether the cycle has no error.
   *
   * @return true if no violation has severity {@link Severity#ERROR}
   */
  public boolean isValid() {
    return getErrors().isEmpty();
  }

  /**
   * The violations of severity {@link Severity#ERROR}.
   *
   * @return the errors, never null
   */
  public List<Violation> getErrors() {
    return withSeverity(Severity.ERROR).violations;
  }

  /**
   * The violations of severity {@link Severity#WARNING}.
   *
   * @return the warnings, never null
   */
  public List<Violation> getWarnings() {
    return withSeverity(Severity.WARNING).violations;
  }

  /**
   * The violations of severity {@link Severity#INFO}.
   *
   * @return the infos, never null
   */
  public List<Violation> getInfos() {
    return withSeverity(Severity.INFO).violations;
  }

  /**
   * The violations of one severity.
   *
   * @param severity the severity, not null
   * @return a report of those violations, not null
   */
  public ValidationReport withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return filter(v -> v.getSeverity() == severity);
  }

  /**
   * The violations of one rule.
   *
   * @param code the rule's code, not null
   * @return a report of those violations, not null
   */
  public ValidationReport withCode(String code) {
    Objects.requireNonNull(code, "code");
    return filter(v -> v.getCode().equals(code));
  }

  /**
   * The violations at a path or below it: {@code briques[0]} selects
   * {@code briques[0].seances[3].date} but not {@code briques[01]} or {@code briques[0]x}.
   *
   * @param path the path, not null; empty selects everything
   * @return a report of those violations, not null
   */
  public ValidationReport atPath(String path) {
    Objects.requireNonNull(path, "path");
    return filter(v -> path.isEmpty() || v.getPath().equals(path)
        || v.getPath().startsWith(path + ".") || v.getPath().startsWith(path + "["));
  }

  /**
   * The violations about an object.
   *
   * @param id the object's id, not null
   * @return a report of those violations, not null
   */
  public ValidationReport about(String id) {
    Objects.requireNonNull(id, "id");
    return filter(v -> v.getSubjectIds().contains(id));
  }

  /**
   * The violations that satisfy a condition.
   *
   * @param condition the condition, not null
   * @return a report of those violations, not null
   */
  public ValidationReport filter(Predicate<? super Violation> condition) {
    return new ValidationReport(violations.stream().filter(condition).toList());
  }

  /**
   * The report as JSON, messages in French.
   *
   * @return the JSON text, indented, not null
   * @see #toJson(Locale)
   */
  public String toJson() {
    return toJson(Locale.FRENCH);
  }

  /**
   * The report as JSON: {@code valid}, the counts of {@code errors}, {@code warnings} and
   * {@code infos}, and the {@code violations}, each with {@code code}, {@code severity},
   * {@code path}, {@code subjectIds}, {@code arguments} (as text) and {@code message}, in this
   * order, texts in one language.
   *
   * @param locale English for an English locale, French for any other, not null
   * @return the JSON text, indented, not null
   */
  public String toJson(Locale locale) {
    Language language = Language.of(locale);
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("valid", isValid());
    root.put("errors", getErrors().size());
    root.put("warnings", getWarnings().size());
    root.put("infos", getInfos().size());
    ArrayNode list = root.putArray("violations");
    for (Violation v : violations) {
      ObjectNode node = list.addObject();
      node.put("code", v.getCode());
      node.put("severity", v.getSeverity().name());
      node.put("path", v.getPath());
      ArrayNode subjects = node.putArray("subjectIds");
      v.getSubjectIds().forEach(subjects::add);
      ObjectNode arguments = node.putObject("arguments");
      v.getArguments().forEach((name, value) -> arguments.put(name, MessageFormatter.text(value, language)));
      node.put("message", v.render(locale));
    }
    return Json.MAPPER.writeValueAsString(root);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport && ((ValidationReport) other).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /**
   * The report as text: one line per violation.
   *
   * @return the lines, not null
   */
  @Override
  public String toString() {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
