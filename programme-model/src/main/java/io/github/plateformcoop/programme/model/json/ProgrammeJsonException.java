package io.github.plateformcoop.programme.model.json;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A document that cannot be read: malformed JSON, a wrong type, a missing or unknown property,
 * an inconsistent object, a value or a document over a limit, an unsupported format version.
 *
 * <p>It says where: the document ({@link #getDocument()}: a file's path, or {@code <string>}),
 * the JSON path ({@code $.cycle.briques[0].seances[3].date}), the line and column when the
 * parser knows them; and why ({@link #getReason()}). Its message puts these together:
 * {@code cycle.json:12:18: $.cycle.briques[0].seances[3].date: cannot read "2023-02-30" as a
 * LocalDate}.
 */
public final class ProgrammeJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String document;
  private final String jsonPath;
  private final int line;
  private final int column;
  private final String reason;

  ProgrammeJsonException(String document, String jsonPath, int line, int column, String reason, Throwable cause) {
    super(message(document, jsonPath, line, column, reason), cause);
    this.document = Objects.requireNonNull(document, "document");
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.line = line;
    this.column = column;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String message(String document, String jsonPath, int line, int column, String reason) {
    StringBuilder m = new StringBuilder(document);
    if (line > 0) {
      m.append(':').append(line);
      if (column > 0) {
        m.append(':').append(column);
      }
    }
    return m.append(": ").append(jsonPath).append(": ").append(reason).toString();
  }

  /**
   * The document: a file's path, {@code <string>}, {@code <reader>} or {@code <stream>}.
   *
   * @return the document's name, not null
   */
  public String getDocument() {
    return document;
  }

  /**
   * Where in the document, as a JSON path from the root: {@code $} for the document itself,
   * {@code $.cycle.briques[0].seances[3].date} for a value.
   *
   * @return the path, not null
   */
  public String getJsonPath() {
    return jsonPath;
  }

  /**
   * The line, from 1.
   *
   * @return the line, or empty when not known (a document upgraded from an older format)
   */
  public OptionalInt getLine() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * The column, from 1.
   *
   * @return the column, or empty when not known
   */
  public OptionalInt getColumn() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Why the document cannot be read.
   *
   * @return the reason, not null
   */
  public String getReason() {
    return reason;
  }
}
