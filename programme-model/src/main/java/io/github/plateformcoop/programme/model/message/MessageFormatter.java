package io.github.plateformcoop.programme.model.message;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a template and its arguments into text. The library renders every message through
 * {@link #defaults()}; an application may render the same messages through its own formatter.
 */
@FunctionalInterface
public interface MessageFormatter {

  /**
   * Formats a template.
   *
   * @param template the template, not null
   * @param arguments the arguments by name, not null
   * @param language the language of the text, not null
   * @return the text, not null
   */
  String format(String template, Map<String, Object> arguments, Language language);

  /**
   * The text of one argument, as {@link #defaults()} writes it in a message: a {@link Message}'s
   * rendering in the same language; the elements of a collection joined with ", "; an optional's
   * value, or nothing; a decimal number ({@code Double}, {@code Float}, {@code BigDecimal}, which
   * keeps its scale) with the language's decimal separator; anything else by its string form.
   *
   * @param argument the argument, not null
   * @param language the language, not null
   * @return the text, not null
   */
  static String text(Object argument, Language language) {
    if (argument instanceof Message message) {
      return message.render(language.getLocale());
    }
    if (argument instanceof Collection<?> elements) {
      return elements.stream().map(e -> text(e, language)).collect(Collectors.joining(", "));
    }
    if (argument instanceof Optional<?> optional) {
      return optional.map(e -> text(e, language)).orElse("");
    }
    if (argument instanceof java.math.BigDecimal || argument instanceof Double || argument instanceof Float) {
      String texte = argument instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(argument);
      return language == Language.FRENCH ? texte.replace('.', ',') : texte;
    }
    return String.valueOf(argument);
  }

  /**
   * The library's formatter. It replaces each {@code {name}} of a template with the {@link
   * #text(Object, Language) text} of the argument of that name, once, left to right; a
   * placeholder with no argument stays as it is. Nothing in a template or an argument is ever
   * evaluated, and an argument's text is never read as a template.
   *
   * @return the formatter, not null
   */
  static MessageFormatter defaults() {
    return MessageFormatter::formatDefault;
  }

  private static String formatDefault(String template, Map<String, Object> arguments, Language language) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int end = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (end > i) {
        String name = template.substring(i + 1, end);
        if (arguments.containsKey(name)) {
          out.append(text(arguments.get(name), language));
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
