package io.github.plateformcoop.programme.rules.schedule;

import io.github.plateformcoop.programme.model.message.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Why a cycle cannot be planned, as data: a stable code ({@code plan.jours-insuffisants}), the ids
 * of the briques or séances concerned, and a message (a key and its arguments) rendered on demand
 * in French or English: "la brique « sensibilisation » a besoin de 8 séances, mais seulement 6
 * jours libres (mardi) entre 2022-09-01 et 2023-04-30".
 *
 * <p>The codes are published identifiers, listed in {@code docs/planning.md}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Obstacle {

  private final String code;
  private final List<String> subjectIds;
  private final Message message;

  Obstacle(String code, List<String> subjectIds, Message message) {
    this.code = Objects.requireNonNull(code, "code");
    this.subjectIds = List.copyOf(subjectIds);
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * The code of the obstacle, such as {@code plan.jours-insuffisants}.
   *
   * @return the code, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * The ids of the briques or séances the obstacle is about.
   *
   * @return the ids, possibly empty, never null
   */
  public List<String> getSubjectIds() {
    return subjectIds;
  }

  /**
   * The message's arguments, as values: ids, counts, dates, or messages of their own.
   *
   * @return the arguments by name, in order, never null
   */
  public Map<String, Object> getArguments() {
    return message.getArguments();
  }

  /**
   * The message, as data: its key (the code) and arguments.
   *
   * @return the message, not null
   */
  public Message getMessage() {
    return message;
  }

  /**
   * The message in a language: French for {@code Locale.FRENCH}, English for {@code Locale.ENGLISH}.
   *
   * @param locale the locale, not null
   * @return the text, not null
   */
  public String render(Locale locale) {
    return message.render(locale);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Obstacle o && o.code.equals(code) && o.subjectIds.equals(subjectIds) && o.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, subjectIds, message);
  }

  @Override
  public String toString() {
    return code + " " + subjectIds + " " + message.getArguments();
  }
}
