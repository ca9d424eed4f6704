package io.github.plateformcoop.programme.rules;

import io.github.plateformcoop.programme.model.message.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One finding of a rule on a cycle, as data: the rule's code, the severity it was given, where it
 * is (a path in Jakarta Validation's form, following the model's nesting:
 * {@code briques[0].seances[3].date}), the ids of the objects concerned, and the message (a key
 * and its arguments), rendered on demand in French or English by {@link #render(Locale)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Violation {

  private final String code;
  private final Severity severity;
  private final String path;
  private final List<String> subjectIds;
  private final Message message;

  Violation(String code, Severity severity, String path, List<String> subjectIds, Message message) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.path = Objects.requireNonNull(path, "path");
    this.subjectIds = List.copyOf(subjectIds);
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * The code of the rule that found it, such as {@code coherence.nombre-annonce}.
   *
   * @return the code, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * The severity the rule set gave the rule.
   *
   * @return the severity, not null
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Where the finding is, in Jakarta Validation's form: {@code briques[0].seances[3].date}, or
   * empty for the cycle itself.
   *
   * @return the path, not null
   */
  public String getPath() {
    return path;
  }

  /**
   * The ids of the objects the finding is about.
   *
   * @return the ids, possibly empty, never null
   */
  public List<String> getSubjectIds() {
    return subjectIds;
  }

  /**
   * The message's arguments, as values: ids, numbers, dates, lists, or messages of their own.
   *
   * @return the arguments by name, in order, never null
   */
  public Map<String, Object> getArguments() {
    return message.getArguments();
  }

  /**
   * The message, as data: its key ({@code <code>} or {@code <code>.<variant>}) and arguments.
   *
   * @return the message, not null
   */
  public Message getMessage() {
    return message;
  }

  /**
   * The message's text in a language.
   *
   * @param locale English for an English locale, French for any other, not null
   * @return the text, not null
   */
  public String render(Locale locale) {
    return message.render(locale);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation v && code.equals(v.code) && severity == v.severity && path.equals(v.path)
        && subjectIds.equals(v.subjectIds) && message.equals(v.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, path, subjectIds, message);
  }

  /**
   * The finding in French: severity, code, path and message.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return severity + " " + code + (path.isEmpty() ? "" : " at " + path) + ": " + render(Locale.FRENCH);
  }
}
