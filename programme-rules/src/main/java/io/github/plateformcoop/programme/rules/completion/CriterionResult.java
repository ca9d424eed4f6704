package io.github.plateformcoop.programme.rules.completion;

import io.github.plateformcoop.programme.model.message.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a criterion holds for a participant or a collectivité, whether it still can, its
 * numbers, and the same for each of its sub-criteria.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CriterionResult {

  private final Message label;
  private final boolean met;
  private final boolean reachable;
  private final Optional<Measure> measure;
  private final Optional<Message> note;
  private final List<CriterionResult> children;

  /**
   * Creates a result.
   *
   * @param label what the criterion asks, as a message, not null
   * @param met whether it holds as of the date
   * @param reachable whether it can still hold if everything still to come goes well
   * @param measure the numbers of an attendance criterion, empty for the others, not null
   * @param note what decided a criterion without numbers ("remis le 2023-06-30"), if any, not null
   * @param children the results of its sub-criteria, not null
   */
  public CriterionResult(Message label, boolean met, boolean reachable, Optional<Measure> measure,
      Optional<Message> note, List<CriterionResult> children) {
    this.label = Objects.requireNonNull(label, "label");
    this.met = met;
    this.reachable = reachable;
    this.measure = Objects.requireNonNull(measure, "measure");
    this.note = Objects.requireNonNull(note, "note");
    this.children = List.copyOf(children);
  }

  /**
   * What the criterion asks, as a message.
   *
   * @return the message, not null
   */
  public Message getLabel() {
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
   * @return the message, if any
   */
  public Optional<Message> getNote() {
    return note;
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
   * What decided the result: the numbers of an attendance criterion
   * ({@code 6 h sur 9 h tenues (66,7 %), ...}), else the note.
   *
   * @return the message, if there is one
   */
  public Optional<Message> getDetail() {
    return measure.map(Measure::message).or(() -> note);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CriterionResult r && r.met == met && r.reachable == reachable && r.label.equals(label)
        && r.measure.equals(measure) && r.note.equals(note) && r.children.equals(children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, met, reachable, measure, note, children);
  }

  @Override
  public String toString() {
    return label + (met ? " : met" : reachable ? " : not yet met" : " : out of reach") + getDetail().map(d -> " (" + d + ")").orElse("");
  }
}
