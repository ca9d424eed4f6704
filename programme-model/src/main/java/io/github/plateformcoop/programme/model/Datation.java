package io.github.plateformcoop.programme.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date known to the precision the sources give: a year ({@code 2019}), a month
 * ({@code 2022-12}) or a day ({@code 2022-09-26}). The sources of a programme often date a fact
 * to the month only ("took up her post in April 2023"), and a datation keeps exactly that.
 *
 * <p>{@link #toString()} and {@link #parse(CharSequence)} use the same ISO-8601 text form, so a
 * datation prints and reads back. Two datations are equal when they have the same precision and
 * the same value; {@link #firstDay()} and {@link #lastDay()} give the days it spans.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Datation {

  private static final Pattern FORME = Pattern.compile("[+-]?[0-9]{4,9}(-[0-9]{2}(-[0-9]{2})?)?");

  /** The precision of a {@link Datation}. */
  public enum Precision {
    /** Known to the year. */
    ANNEE,
    /** Known to the month. */
    MOIS,
    /** Known to the day. */
    JOUR
  }

  private final LocalDate premierJour;
  private final Precision precision;

  private Datation(LocalDate premierJour, Precision precision) {
    this.premierJour = premierJour;
    this.precision = precision;
  }

  /**
   * Obtains a datation known to the day.
   *
   * @param jour the day, not null
   * @return the datation, not null
   */
  public static Datation of(LocalDate jour) {
    Objects.requireNonNull(jour, "jour");
    return new Datation(jour, Precision.JOUR);
  }

  /**
   * Obtains a datation known to the month.
   *
   * @param mois the month, not null
   * @return the datation, not null
   */
  public static Datation of(YearMonth mois) {
    Objects.requireNonNull(mois, "mois");
    return new Datation(mois.atDay(1), Precision.MOIS);
  }

  /**
   * Obtains a datation known to the year.
   *
   * @param annee the year, not null
   * @return the datation, not null
   */
  public static Datation of(Year annee) {
    Objects.requireNonNull(annee, "annee");
    return new Datation(annee.atDay(1), Precision.ANNEE);
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param texte the text to parse, not null
   * @return the datation, not null
   * @throws DateTimeParseException if the text is none of the three forms
   */
  @JsonCreator
  public static Datation parse(CharSequence texte) {
    Objects.requireNonNull(texte, "texte");
    String s = texte.toString();
    // The year has four digits at least, and a sign past 9999 or before 0, as ISO-8601 writes it.
    if (!FORME.matcher(s).matches()) {
      throw new DateTimeParseException(
          "Datation '" + s + "' could not be parsed: expected yyyy, yyyy-MM or yyyy-MM-dd", s, 0);
    }
    int tirets = (int) s.chars().skip(1).filter(c -> c == '-').count();
    try {
      switch (tirets) {
        case 0:
          return of(Year.parse(s));
        case 1:
          return of(YearMonth.parse(s));
        case 2:
          return of(LocalDate.parse(s));
        default:
          break;
      }
    } catch (DateTimeException e) {
      throw new DateTimeParseException(
          "Datation '" + s + "' could not be parsed: " + e.getMessage(), s, 0, e);
    }
    throw new DateTimeParseException(
        "Datation '" + s + "' could not be parsed: expected yyyy, yyyy-MM or yyyy-MM-dd", s, 0);
  }

  /**
   * Gives the precision of this datation.
   *
   * @return the precision, not null
   */
  public Precision getPrecision() {
    return precision;
  }

  /**
   * Gives the first day this datation spans: the day itself, the first of the month or the
   * first of January.
   *
   * @return the first day, not null
   */
  public LocalDate firstDay() {
    return premierJour;
  }

  /**
   * Gives the last day this datation spans: the day itself, the end of the month or the 31st
   * of December.
   *
   * @return the last day, not null
   */
  public LocalDate lastDay() {
    switch (precision) {
      case ANNEE:
        return premierJour.plus(1, ChronoUnit.YEARS).minusDays(1);
      case MOIS:
        return premierJour.plus(1, ChronoUnit.MONTHS).minusDays(1);
      default:
        return premierJour;
    }
  }

  /**
   * Tells whether this datation certainly falls before a day: its last day is before it.
   *
   * @param jour the day, not null
   * @return true if every day this datation spans is before {@code jour}
   */
  public boolean isBefore(LocalDate jour) {
    Objects.requireNonNull(jour, "jour");
    return lastDay().isBefore(jour);
  }

  /**
   * Tells whether this datation certainly falls after a day: its first day is after it.
   *
   * @param jour the day, not null
   * @return true if every day this datation spans is after {@code jour}
   */
  public boolean isAfter(LocalDate jour) {
    Objects.requireNonNull(jour, "jour");
    return premierJour.isAfter(jour);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Datation
        && ((Datation) other).precision == precision
        && ((Datation) other).premierJour.equals(premierJour);
  }

  @Override
  public int hashCode() {
    return premierJour.hashCode() * 31 + precision.hashCode();
  }

  /**
   * Outputs this datation in the form {@link #parse(CharSequence)} reads.
   *
   * @return {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, not null
   */
  @JsonValue
  @Override
  public String toString() {
    // As LocalDate writes a day, cut to the precision: a year of four digits at least, signed past
    // 9999 or before 0, which parse reads back (Year's and YearMonth's own forms differ there).
    String jour = premierJour.toString();
    switch (precision) {
      case ANNEE:
        return jour.substring(0, jour.length() - 6);
      case MOIS:
        return jour.substring(0, jour.length() - 3);
      default:
        return jour;
    }
  }

}
