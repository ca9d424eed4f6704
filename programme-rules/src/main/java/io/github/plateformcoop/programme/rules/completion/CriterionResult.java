package io.github.plateformcoop.programme.rules.completion;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a criterion holds for a participant or a collectivité, whether it still can, its
 * numbers, and the same for each of its sub-criteria.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CriterionResult {

  private final String label;
  private final boolean met;
  private final boolean reachable;
  private final Optional<Measure> measure;
  private final String note;
  private final Locale locale;
  private final List<CriterionResult> children;

  /**
   * Creates a result.
   *
   * @param label what the criterion asks, in words, not null
   * @param met whether it holds as of the date
   * @param reachable whether it can still hold if everything still to come goes well
   * @param measure the numbers of an attendance criterion, empty for the others, not null
   * @param note what decided a criterion without numbers ("remis le 2023-06-30"), empty otherwise, not null
   * @param locale the language of the texts, not null
   * @param children the results of its sub-criteria, not null
   */
  public CriterionResult(String label, boolean met, boolean reachable, Optional<Measure> measure, String note,
      Locale locale, List<CriterionResult> children) {
    this.label = Objects.requireNonNull(label, "label");
    this.met = met;
    this.reachable = reachable;
    this.measure = Objects.requireNonNull(measure, "measure");
    this.note = Objects.requireNonNull(note, "note");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.children = List.copyOf(children);
  }

  /**
   * What the criterion asks, in words.
   *
   * @return the text, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Tells whether the criterion holds as of the date.
   *
   * @return true if met
   */
  public boolean isMet() {
    return met;
  }

  /**
   * Tells whether the criterion can still hold if everything still to come goes well.
   *
   * @return true if still reachable
   */
  public boolean isReachable() {
    return reachable;
  }

  /**
   * The numbers of an attendance criterion.
   *
   * @return the numbers, empty for the other criteria
   */
  public Optional<Measure> getMeasure() {
    return measure;
  }

  /**
   * What decided a criterion without numbers ("remis le 2023-06-30").
   *
   * @return the text, empty when there is none, not null
   */
  public String getNote() {
    return note;
  }

  /**
   * The language of the texts.
   *
   * @return the locale, not null
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * The results of the sub-criteria.
   *
   * @return the results, in the criterion's order, never null
   */
  public List<CriterionResult> getChildren() {
    return children;
  }

  /**
   * What decided the result, in words: the numbers of an attendance criterion
   * ({@code 6 h sur 9 h tenues (66,7 %), ...}), else the note.
   *
   * @return the text, not null
   */
  public String getDetail() {
    return measure.map(m -> m.text(locale)).orElse(note);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CriterionResult r && r.met == met && r.reachable == reachable && r.label.equals(label)
        && r.measure.equals(measure) && r.note.equals(note) && r.locale.equals(locale) && r.children.equals(children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, met, reachable, measure, note, locale, children);
  }

  @Override
  public String toString() {
    return label + (met ? " : met" : reachable ? " : not yet met" : " : out of reach") + (getDetail().isEmpty() ? "" : " (" + getDetail() + ")");
  }
}
