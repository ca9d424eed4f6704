package io.github.plateformcoop.programme.rules.completion;

/** Where a participant or a collectivité stands with the completion of a cycle, as of a date. */
public enum CompletionStatus {
  /** Nothing attended or met yet. */
  NON_COMMENCE,
  /** Under way: not every criterion met, the cycle not over. */
  EN_COURS,
  /** Every criterion met. */
  TERMINE,
  /** The cycle is over and a criterion is not met. */
  NON_TERMINE,
  /** No completion criterion applies to the participant or collectivité: there is nothing to complete. */
  SANS_CRITERE
}
