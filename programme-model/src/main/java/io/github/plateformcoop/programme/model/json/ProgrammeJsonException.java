package io.github.plateformcoop.programme.model.json;

import io.github.plateformcoop.programme.model.message.Message;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A document that cannot be read: malformed JSON, a wrong type, a missing or unknown property,
 * an inconsistent object, a value or a document over a limit, an unsupported format version.
 *
 * <p>It says where: the document ({@link #getDocument()}: a file's path, or {@code <texte>}),
 * the JSON path ({@code $.cycle.briques[0].seances[3].date}), the line and column when the
 * parser knows them; and why ({@link #getReason()}, as data in {@link #getProblem()}). Its
 * message puts these together, in the language of the reader that failed (French unless it was
 * built for another): {@code cycle.json:12:18: $.cycle.briques[0].seances[3].date: ...};
 * {@link #render(Locale)} gives it in another.
 */
public final class ProgrammeJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Message document;
  private final String jsonPath;
  private final int line;
  private final int column;
  private final transient Message problem;
  private final Locale locale;

  ProgrammeJsonException(Message document, String jsonPath, int line, int column, Message problem, Locale locale,
      Throwable cause) {
    super(null, cause);
    this.document = Objects.requireNonNull(document, "document");
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /**
   * The whole message in a language: document, line and column, JSON path, reason.
   *
   * @param locale English for an English locale, French for any other, not null
   * @return the message, not null
   */
  public String render(Locale locale) {
    StringBuilder m = new StringBuilder(document.render(locale));
    if (line > 0) {
      m.append(':').append(line);
      if (column > 0) {
        m.append(':').append(column);
      }
    }
    return m.append(": ").append(jsonPath).append(": ").append(problem.render(locale)).toString();
  }

  /**
   * The whole message, in the reader's language.
   *
   * @return the message, not null
   */
  @Override
  public String getMessage() {
    return render(locale);
  }

  /**
   * The document that could not be read, in the reader's language.
   *
   * @return a file's path, or a word for a text, reader or stream, not null
   */
  public String getDocument() {
    return document.render(locale);
  }

  /**
   * Where in the document, as a JSON path.
   *
   * @return the path, {@code $} for the whole document, not null
   */
  public String getJsonPath() {
    return jsonPath;
  }

  /**
   * The line, when the parser knows it.
   *
   * @return the line from 1, or empty
   */
  public OptionalInt getLine() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * The column, when the parser knows it.
   *
   * @return the column from 1, or empty
   */
  public OptionalInt getColumn() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Why the document could not be read, in the reader's language.
   *
   * @return the reason, not null
   */
  public String getReason() {
    return problem.render(locale);
  }

  /**
   * Why the document could not be read, as data: a key and its arguments.
   *
   * @return the reason, not null
   */
  public Message getProblem() {
    return problem;
  }
}
