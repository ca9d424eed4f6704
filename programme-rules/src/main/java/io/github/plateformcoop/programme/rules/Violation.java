package io.github.plateformcoop.programme.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding of a rule on a cycle: the rule's code, the severity it was given, where it is (a
 * path in Jakarta Validation's form, following the model's nesting:
 * {@code briques[0].seances[3].date}), the ids of the objects concerned, the message's arguments
 * and the message itself in the locale of the validation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Violation {

  private final String code;
  private final Severity severity;
  private final String path;
  private final List<String> subjectIds;
  private final Map<String, String> arguments;
  private final String message;

  Violation(String code, Severity severity, String path, List<String> subjectIds,
      Map<String, String> arguments, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.path = Objects.requireNonNull(path, "path");
    this.subjectIds = List.copyOf(subjectIds);
    this.arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
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
   * Its severity, as the rule set configured it.
   *
   * @return the severity, not null
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Where it is, from the cycle: {@code collectivites[2].siren}; empty for the cycle itself.
   *
   * @return the path, not null
   */
  public String getPath() {
    return path;
  }

  /**
   * The ids of the objects concerned (collectivités, séances, participants…).
   *
   * @return the ids, possibly empty, never null
   */
  public List<String> getSubjectIds() {
    return subjectIds;
  }

  /**
   * The values the message names, in the message's order.
   *
   * @return the arguments by name, never null
   */
  public Map<String, String> getArguments() {
    return arguments;
  }

  /**
   * The message, in the locale of the validation.
   *
   * @return the message, not null
   */
  public String getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Violation)) {
      return false;
    }
    Violation v = (Violation) other;
    return code.equals(v.code) && severity == v.severity && path.equals(v.path)
        && subjectIds.equals(v.subjectIds) && arguments.equals(v.arguments) && message.equals(v.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, path, subjectIds, arguments, message);
  }

  /**
   * The violation as one line: {@code WARNING coherence.nombre-annonce at engagementsAnnonces[0]: message}.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    return severity + " " + code + (path.isEmpty() ? "" : " at " + path) + ": " + message;
  }
}
