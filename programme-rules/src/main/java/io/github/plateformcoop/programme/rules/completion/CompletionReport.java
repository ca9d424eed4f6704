package io.github.plateformcoop.programme.rules.completion;

import io.github.plateformcoop.programme.model.completion.Portee;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The completion of a cycle as of a date: one result per participant and per engaged collectivité.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CompletionReport {

  private final String cycleId;
  private final LocalDate asOf;
  private final boolean cycleOver;
  private final List<CompletionResult> results;

  /**
   * Creates a report.
   *
   * @param cycleId the cycle's id, not null
   * @param asOf the date of the evaluation, not null
   * @param cycleOver whether the cycle is over at that date
   * @param results the results, participants first then collectivités, each in the cycle's order, not null
   */
  public CompletionReport(String cycleId, LocalDate asOf, boolean cycleOver, List<CompletionResult> results) {
    this.cycleId = Objects.requireNonNull(cycleId, "cycleId");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.cycleOver = cycleOver;
    this.results = List.copyOf(results);
  }

  /**
   * The id of the cycle evaluated.
   *
   * @return the id, not null
   */
  public String getCycleId() {
    return cycleId;
  }

  /**
   * The date of the evaluation.
   *
   * @return the date, not null
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Tells whether the cycle is over at the date of the evaluation.
   *
   * @return true once the cycle's last day is past
   */
  public boolean isCycleOver() {
    return cycleOver;
  }

  /**
   * Every result, participants first then collectivités.
   *
   * @return the results, never null
   */
  public List<CompletionResult> getResults() {
    return results;
  }

  /**
   * The results of the participants.
   *
   * @return the results, in the cycle's order, never null
   */
  public List<CompletionResult> getParticipants() {
    return results.stream().filter(b -> b.portee() == Portee.PARTICIPANT).toList();
  }

  /**
   * The results of the collectivités.
   *
   * @return the results, in the cycle's order, never null
   */
  public List<CompletionResult> getCollectivites() {
    return results.stream().filter(b -> b.portee() == Portee.COLLECTIVITE).toList();
  }

  /**
   * The result of a participant or collectivité.
   *
   * @param portee participant or collectivité, not null
   * @param id its id, not null
   * @return the result, or empty
   */
  public Optional<CompletionResult> find(Portee portee, String id) {
    return results.stream().filter(b -> b.portee() == portee && b.subjectId().equals(id)).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CompletionReport r && r.cycleOver == cycleOver && r.cycleId.equals(cycleId)
        && r.asOf.equals(asOf) && r.results.equals(results);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cycleId, asOf, cycleOver, results);
  }

  @Override
  public String toString() {
    return "CompletionReport[" + cycleId + " as of " + asOf + ", " + results.size() + " results]";
  }
}
