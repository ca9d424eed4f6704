package io.github.plateformcoop.programme.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The messages of the built-in rules, in French (the default) and English, read from UTF-8
 * properties files of this module: {@code messages.properties} and {@code messages_en.properties}.
 *
 * <p>The choice of file depends on the locale asked for only, never on the machine's default
 * locale: English for any English locale, French otherwise.
 *
 * <p>Formatting replaces {@code {name}} with the argument of that name, once, left to right;
 * nothing in a template or an argument is ever evaluated, and an argument's text is never read
 * as a template.
 */
public final class Messages {

  private static final String BASE = "/io/github/plateformcoop/programme/rules/messages";
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private Messages() {}

  /**
   * The template of a key in a locale.
   *
   * @param key the key, not null
   * @param locale the locale, not null
   * @return the template, or empty if the bundle has no such key
   */
  public static Optional<String> template(String key, Locale locale) {
    Objects.requireNonNull(key, "key");
    return Optional.ofNullable(bundle(locale).getProperty(key));
  }

  /**
   * Replaces each {@code {name}} of a template with the argument of that name; a placeholder
   * with no argument is left as it is.
   *
   * @param template the template, not null
   * @param arguments the arguments by name, not null
   * @return the message, not null
   */
  public static String format(String template, Map<String, String> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int end = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (end > i) {
        String name = template.substring(i + 1, end);
        String value = arguments.get(name);
        if (value != null) {
          out.append(value);
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * The text of an argument: collections joined with ", ", anything else by its string form.
   *
   * @param value the value, not null
   * @return its text, not null
   */
  public static String text(Object value) {
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(Messages::text).collect(Collectors.joining(", "));
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(Messages::text).orElse("");
    }
    return String.valueOf(value);
  }

  /**
   * The language of the messages a locale gets.
   *
   * @param locale the locale, not null
   * @return {@link Locale#ENGLISH} or {@link Locale#FRENCH}
   */
  public static Locale language(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
  }

  private static Properties bundle(Locale locale) {
    String suffix = language(locale) == Locale.ENGLISH ? "_en" : "";
    return BUNDLES.computeIfAbsent(suffix, Messages::load);
  }

  private static Properties load(String suffix) {
    String name = BASE + suffix + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing message bundle " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read message bundle " + name, e);
    }
    return properties;
  }
}
