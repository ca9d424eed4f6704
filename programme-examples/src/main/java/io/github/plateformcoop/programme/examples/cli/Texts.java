package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.model.message.Language;
import io.github.plateformcoop.programme.model.message.MessageBundle;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The texts of the command line, in {@code textes.properties} (French) and
 * {@code textes_en.properties}, rendered through the library's message mechanism: {@code {0}},
 * {@code {1}}… are the arguments, nothing else is interpreted. The one class of this module that
 * reads message files. The same texts give picocli its help, as a resource bundle.
 */
final class Texts {

  static final MessageBundle BUNDLE = MessageBundle.of(nom -> Texts.class.getResourceAsStream(nom),
      "/io/github/plateformcoop/programme/examples/cli/textes");

  private final Language language;

  private Texts(Language language) {
    this.language = language;
  }

  static Texts of(Locale locale) {
    return new Texts(Language.of(locale));
  }

  Locale locale() {
    return language.getLocale();
  }

  /** The text of a key with its {0}, {1}… replaced by the arguments. */
  String get(String cle, Object... arguments) {
    Map<String, Object> parRang = new LinkedHashMap<>();
    for (int i = 0; i < arguments.length; i++) {
      parRang.put(String.valueOf(i), arguments[i]);
    }
    return io.github.plateformcoop.programme.model.message.Message.of(BUNDLE, cle, parRang).render(locale());
  }

  /** The help texts (keys {@code usage.…}, {@code help}, {@code version} and the commands' own) as picocli reads them. */
  ResourceBundle help() {
    return new ResourceBundle() {
      @Override
      protected Object handleGetObject(String key) {
        return BUNDLE.template(key, language).orElse(null);
      }

      @Override
      public Enumeration<String> getKeys() {
        return Collections.enumeration(BUNDLE.keys(language));
      }

      @Override
      public Locale getLocale() {
        return language.getLocale();
      }
    };
  }
}
