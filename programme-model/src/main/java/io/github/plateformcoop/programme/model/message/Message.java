package io.github.plateformcoop.programme.model.message;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text of the library as data: a key, its arguments, and where its templates come from. It is
 * rendered on demand, in the language a locale gets, through a {@link MessageFormatter}; its
 * arguments are values, never texts to evaluate.
 *
 * <p>This class is immutable and thread-safe when its arguments are.
 */
public final class Message {

  private final MessageSource source;
  private final String key;
  private final Map<String, Object> arguments;

  private Message(MessageSource source, String key, Map<String, Object> arguments) {
    this.source = source;
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * A message of a source.
   *
   * @param source where its templates come from, not null
   * @param key its key, not null
   * @param arguments name, value, name, value… in order; values not null
   * @return the message, not null
   * @throws IllegalArgumentException if the arguments do not come in pairs of a name and a value
   */
  public static Message of(MessageSource source, String key, Object... arguments) {
    if (arguments.length % 2 != 0) {
      throw new IllegalArgumentException("Arguments of '" + key + "' come in pairs of a name and a value");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(key, "key");
    if (arguments.length == 0) {
      return new Message(source, key, Map.of());
    }
    Map<String, Object> parArNom = new LinkedHashMap<>();
    for (int i = 0; i < arguments.length; i += 2) {
      if (!(arguments[i] instanceof String name)) {
        throw new IllegalArgumentException("Argument " + (i / 2 + 1) + " of '" + key + "' has no name");
      }
      parArNom.put(name, Objects.requireNonNull(arguments[i + 1], name));
    }
    // The map is this method's own: wrapped, not copied again.
    return new Message(source, key, Collections.unmodifiableMap(parArNom));
  }

  /**
   * A message of a source, with its arguments by name.
   *
   * @param source where its templates come from, not null
   * @param key its key, not null
   * @param arguments the arguments by name, in order, not null
   * @return the message, not null
   */
  public static Message of(MessageSource source, String key, Map<String, ?> arguments) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(key, "key");
    return new Message(source, key, Collections.unmodifiableMap(new LinkedHashMap<>(arguments)));
  }

  /**
   * The key of the message.
   *
   * @return the key, not null
   */
  public String getKey() {
    return key;
  }

  /**
   * The arguments of the message, as values.
   *
   * @return the arguments by name, in order, never null
   */
  public Map<String, Object> getArguments() {
    return arguments;
  }

  /**
   * The text of the message with the library's formatter.
   *
   * @param locale the locale: English for an English locale, French for any other, not null
   * @return the text, not null
   * @throws IllegalStateException if the source has no template for the key
   */
  public String render(Locale locale) {
    return render(locale, MessageFormatter.defaults());
  }

  /**
   * The text of the message with a formatter.
   *
   * @param locale the locale: English for an English locale, French for any other, not null
   * @param formatter the formatter, not null
   * @return the text, not null
   * @throws IllegalStateException if the source has no template for the key
   */
  public String render(Locale locale, MessageFormatter formatter) {
    Language language = Language.of(locale);
    String template = source.template(key, language)
        .orElseThrow(() -> new IllegalStateException("No " + language + " template for message '" + key + "'"));
    return formatter.format(template, arguments, language);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Message m && m.source.equals(source) && m.key.equals(key) && m.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, arguments);
  }

  /**
   * The text of the message in French.
   *
   * @return the French text, not null
   */
  @Override
  public String toString() {
    return render(Locale.FRENCH);
  }
}
