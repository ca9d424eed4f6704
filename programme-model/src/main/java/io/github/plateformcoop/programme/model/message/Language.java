package io.github.plateformcoop.programme.model.message;

import java.util.Locale;
import java.util.Objects;

/**
 * The languages the library speaks: French, the default, and English. This is the one place that
 * decides which of the two a locale gets: English for any English locale, French for every
 * other, whatever the machine's default locale.
 */
public enum Language {

  /** French, for every locale that is not English. */
  FRENCH(Locale.FRENCH),
  /** English, for any English locale ({@code en}, {@code en-GB}…). */
  ENGLISH(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The language a locale gets.
   *
   * @param locale the locale asked for, not null
   * @return {@link #ENGLISH} for an English locale, {@link #FRENCH} otherwise
   */
  public static Language of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
  }

  /**
   * The locale of this language, for formatting numbers and for libraries that take a locale.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}, not null
   */
  public Locale getLocale() {
    return locale;
  }
}
