package io.github.plateformcoop.programme.model.internal;

import io.github.plateformcoop.programme.model.message.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * A value of the model built with parts that contradict each other (a séance that ends before it
 * starts): an {@link IllegalStateException} whose reason is a message of the model's bundle, so
 * that a reader reports it in its own language. Its plain message is French.
 */
public final class InconsistentValueException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient Message problem;

  private InconsistentValueException(Message problem) {
    super(problem.render(Locale.FRENCH));
    this.problem = problem;
  }

  /**
   * The exception of a message of the model.
   *
   * @param key the key, not null
   * @param arguments name, value, name, value…
   * @return the exception, to throw, not null
   */
  public static InconsistentValueException of(String key, Object... arguments) {
    return new InconsistentValueException(ModelMessages.message(Objects.requireNonNull(key, "key"), arguments));
  }

  /**
   * Why the value is inconsistent, as data.
   *
   * @return the message, not null
   */
  public Message getProblem() {
    return problem;
  }
}
