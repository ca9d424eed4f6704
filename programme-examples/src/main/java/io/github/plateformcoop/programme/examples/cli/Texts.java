package io.github.plateformcoop.programme.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The texts of the command line in one language, from {@code textes.properties} (French) or
 * {@code textes_en.properties}, chosen by the requested language only.
 */
final class Texts {

  private final Properties textes = new Properties();
  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = locale;
    String nom = "textes" + (locale == Locale.ENGLISH ? "_en" : "") + ".properties";
    try (InputStream in = Texts.class.getResourceAsStream(nom)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + nom);
      }
      textes.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Texts of(Locale locale) {
    return new Texts("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
  }

  Locale locale() {
    return locale;
  }

  /** The text of a key with its {0}, {1}… replaced by the arguments' string forms, nothing else interpreted. */
  String get(String cle, Object... arguments) {
    String texte = textes.getProperty(cle);
    if (texte == null) {
      throw new IllegalStateException("Missing text '" + cle + "' for " + locale);
    }
    StringBuilder out = new StringBuilder(texte.length() + 32);
    int i = 0;
    while (i < texte.length()) {
      int fin = texte.charAt(i) == '{' ? texte.indexOf('}', i) : -1;
      if (fin > i + 1 && texte.substring(i + 1, fin).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(texte.substring(i + 1, fin));
        if (n < arguments.length) {
          out.append(arguments[n]);
          i = fin + 1;
          continue;
        }
      }
      out.append(texte.charAt(i));
      i++;
    }
    return out.toString();
  }
}
