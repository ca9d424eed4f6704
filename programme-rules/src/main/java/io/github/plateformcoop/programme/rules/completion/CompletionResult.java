package io.github.plateformcoop.programme.rules.completion;

import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.message.Message;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a participant or a collectivité stands with a cycle, as of a date: its status, the result
 * of each completion criterion, the hours and dates attended (what a certificat de réalisation
 * needs), and the warnings to act on.
 *
 * @param portee participant or collectivité, not null
 * @param subjectId the participant's or collectivité's id, not null
 * @param name its name or function, for display, not null
 * @param status its status, not null
 * @param criteria the result of each completion criterion that applies to it, by criterion id, in order
 * @param hoursAttended the time attended at the séances held, all briques together, not null
 * @param datesAttended the days of the séances attended, in order, never null
 * @param alerts the warnings: attendance below the threshold, a criterion out of reach, never null
 */
public record CompletionResult(Portee portee, String subjectId, String name, CompletionStatus status,
    List<CriterionOutcome> criteria, Duration hoursAttended, List<LocalDate> datesAttended, List<Message> alerts) {

  /**
   * One completion criterion's result for the subject.
   *
   * @param id the criterion's id, not null
   * @param label the criterion's name, not null
   * @param result its result, not null
   */
  public record CriterionOutcome(String id, String label, CriterionResult result) {

    /**
     * Checks the components.
     *
     * @param id the criterion's id, not null
     * @param label the criterion's name, not null
     * @param result its result, not null
     */
    public CriterionOutcome {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(result, "result");
    }
  }

  /**
   * Checks and copies the components.
   *
   * @param portee participant or collectivité
   * @param subjectId the subject's id
   * @param name its name
   * @param status its status
   * @param criteria the results
   * @param hoursAttended the time attended
   * @param datesAttended the days attended
   * @param alerts the warnings
   */
  public CompletionResult {
    Objects.requireNonNull(portee, "portee");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(hoursAttended, "hoursAttended");
    criteria = List.copyOf(criteria);
    datesAttended = List.copyOf(datesAttended);
    alerts = List.copyOf(alerts);
  }

  /**
   * The first day attended.
   *
   * @return the day, or empty if none
   */
  public Optional<LocalDate> firstDate() {
    return datesAttended.isEmpty() ? Optional.empty() : Optional.of(datesAttended.get(0));
  }

  /**
   * The last day attended.
   *
   * @return the day, or empty if none
   */
  public Optional<LocalDate> lastDate() {
    return datesAttended.isEmpty() ? Optional.empty() : Optional.of(datesAttended.get(datesAttended.size() - 1));
  }
}
