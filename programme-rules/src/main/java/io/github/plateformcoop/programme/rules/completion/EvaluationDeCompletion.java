package io.github.plateformcoop.programme.rules.completion;

import io.github.plateformcoop.programme.model.completion.Portee;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The completion of a cycle as of a date: one bilan per participant and per engaged collectivité.
 *
 * @param cycleId the cycle's id, not null
 * @param auJour the date of the evaluation, not null
 * @param termine whether the cycle is over at that date
 * @param bilans the bilans, participants first then collectivités, each in the cycle's order
 */
public record EvaluationDeCompletion(String cycleId, LocalDate auJour, boolean termine, List<BilanDeCompletion> bilans) {

  /**
   * Checks and copies the components.
   *
   * @param cycleId the cycle's id
   * @param auJour the date
   * @param termine whether the cycle is over
   * @param bilans the bilans
   */
  public EvaluationDeCompletion {
    Objects.requireNonNull(cycleId, "cycleId");
    Objects.requireNonNull(auJour, "auJour");
    bilans = List.copyOf(bilans);
  }

  /**
   * The bilans of the participants.
   *
   * @return the bilans, in the cycle's order, never null
   */
  public List<BilanDeCompletion> participants() {
    return bilans.stream().filter(b -> b.portee() == Portee.PARTICIPANT).toList();
  }

  /**
   * The bilans of the collectivités.
   *
   * @return the bilans, in the cycle's order, never null
   */
  public List<BilanDeCompletion> collectivites() {
    return bilans.stream().filter(b -> b.portee() == Portee.COLLECTIVITE).toList();
  }

  /**
   * The bilan of a participant or collectivité.
   *
   * @param portee participant or collectivité, not null
   * @param id its id, not null
   * @return the bilan, or empty
   */
  public Optional<BilanDeCompletion> bilan(Portee portee, String id) {
    return bilans.stream().filter(b -> b.portee() == portee && b.sujetId().equals(id)).findFirst();
  }
}
