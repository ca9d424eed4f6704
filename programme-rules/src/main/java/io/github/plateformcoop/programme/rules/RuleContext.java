package io.github.plateformcoop.programme.rules;

import io.github.plateformcoop.programme.model.message.Language;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.model.message.MessageSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Rule} is given while it checks one cycle: its parameters as the rule set
 * configured them, and the means to report findings.
 *
 * <p>A context belongs to one rule and one validation; it is not thread-safe and must not be
 * kept after {@link Rule#check} returns.
 */
public final class RuleContext {

  private final Rule rule;
  private final Severity severity;
  private final Map<Parameter<?>, Object> parameters;
  private final List<Violation> sink;
  private final String prefix;

  RuleContext(Rule rule, Severity severity, Map<Parameter<?>, Object> parameters, List<Violation> sink,
      String prefix) {
    this.prefix = prefix;
    this.rule = rule;
    this.severity = severity;
    this.parameters = parameters;
    this.sink = sink;
  }

  /**
   * The value of a parameter: the one set on the rule set, else the parameter's default.
   *
   * @param parameter the parameter, not null
   * @param <T> the type of the value
   * @return the value, not null
   * @throws IllegalStateException if the parameter is neither set nor has a default
   */
  public <T> T parameter(Parameter<T> parameter) {
    return parameterIfSet(parameter)
        .or(parameter::getDefaultValue)
        .orElseThrow(() -> new IllegalStateException("Rule '" + rule.getCode() + "' needs parameter '"
            + parameter.getName() + "', which is not set and has no default"));
  }

  /**
   * The value of a parameter if the rule set sets one: for targets that otherwise come from the
   * cycle.
   *
   * @param parameter the parameter, not null
   * @param <T> the type of the value
   * @return the value set, or empty
   */
  public <T> Optional<T> parameterIfSet(Parameter<T> parameter) {
    Objects.requireNonNull(parameter, "parameter");
    Object value = parameters.get(parameter);
    return value == null ? Optional.empty() : Optional.of(parameter.cast(value));
  }


  /**
   * Starts a finding at a path of the cycle.
   *
   * @param path the path in Jakarta Validation's form ({@code briques[0].seances[3].date}),
   *     empty for the cycle itself, not null
   * @return the finding to complete and report, not null
   */
  public Finding at(String path) {
    Objects.requireNonNull(path, "path");
    if (prefix.isEmpty()) {
      return new Finding(path);
    }
    return new Finding(path.isEmpty() ? prefix : prefix + "." + path);
  }

  /** A finding being described; {@link #report()} adds it to the validation's report. */
  public final class Finding {
    private final String path;
    private final List<String> subjectIds = new ArrayList<>();
    private final Map<String, Object> arguments = new LinkedHashMap<>();
    private String variant = "";

    private Finding(String path) {
      this.path = path;
    }

    /**
     * Chooses a variant of the rule's message.
     *
     * @param name the variant's name, as the rule declares it, not null
     * @return this finding
     */
    public Finding variant(String name) {
      this.variant = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Names the objects the finding is about.
     *
     * @param ids their ids, not null
     * @return this finding
     */
    public Finding subject(String... ids) {
      for (String id : ids) {
        subjectIds.add(Objects.requireNonNull(id, "id"));
      }
      return this;
    }

    /**
     * Gives a value the message names as {@code {name}}.
     *
     * @param name the placeholder's name, not null
     * @param value the value, not null; collections are joined with ", "
     * @return this finding
     */
    public Finding argument(String name, Object value) {
      arguments.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
      return this;
    }

    /** Adds the finding to the report, with the rule's configured severity. */
    public void report() {
      Message message = Message.of(new Templates(rule, variant),
          variant.isEmpty() ? rule.getCode() : rule.getCode() + "." + variant, arguments);
      sink.add(new Violation(rule.getCode(), severity, path, subjectIds, message));
    }
  }

  /** The templates of one variant of a rule's messages. */
  private record Templates(Rule rule, String variant) implements MessageSource {
    @Override
    public Optional<String> template(String key, Language language) {
      return Optional.of(rule.messageTemplate(variant, language.getLocale()));
    }
  }
}
