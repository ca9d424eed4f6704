package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import io.github.plateformcoop.programme.model.internal.ModelMessages;
import io.github.plateformcoop.programme.model.message.Message;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The attendance of one participant at one séance (émargement): present, absent, excused, or
 * partly present with the minutes attended; for a one-day atelier, per half-day.
 *
 * <p>When half-days are given, the status agrees with them: present at both, {@link
 * StatutDePresence#PRESENT}; at one, {@link StatutDePresence#PARTIELLEMENT_PRESENT}; at none,
 * absent or excused.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePresence.class)
@JsonDeserialize(as = ImmutablePresence.class)
public abstract class Presence {

  /**
   * The séance.
   *
   * @return the séance's id, not null
   */
  @Identifier
  public abstract String getSeanceId();

  /**
   * The participant.
   *
   * @return the participant's id, not null
   */
  @Identifier
  public abstract String getParticipantId();

  /**
   * The attendance status.
   *
   * @return the status, not null
   */
  public abstract StatutDePresence getStatut();

  /**
   * For a partial attendance, the minutes attended.
   *
   * @return the minutes, zero or more, only with {@link StatutDePresence#PARTIELLEMENT_PRESENT}
   */
  public abstract Optional<Integer> getMinutesPresentes();

  /**
   * For a one-day atelier, the attendance per half-day.
   *
   * @return the status of each half-day recorded, possibly empty, never null
   */
  public abstract Map<DemiJournee, StatutDePresence> getDemiJournees();

  @Value.Check
  protected void verifier() {
    if (getMinutesPresentes().isPresent()) {
      if (getStatut() != StatutDePresence.PARTIELLEMENT_PRESENT) {
        throw InconsistentValueException.of("valeur.presence-minutes-statut", "presence", description(), "statut", getStatut());
      }
      if (getMinutesPresentes().get() < 0) {
        throw InconsistentValueException.of("valeur.presence-minutes-negatives", "presence", description(), "minutes", getMinutesPresentes().get());
      }
    }
    if (getDemiJournees().containsValue(StatutDePresence.PARTIELLEMENT_PRESENT)) {
      throw InconsistentValueException.of("valeur.presence-demi-journee", "presence", description());
    }
    if (!getDemiJournees().isEmpty() && getStatut() != statutDesDemiJournees()) {
      throw InconsistentValueException.of("valeur.presence-statut", "presence", description(), "statut", getStatut(),
          "demiJournees", getDemiJournees());
    }
  }

  private StatutDePresence statutDesDemiJournees() {
    long presentes = getDemiJournees().values().stream().filter(s -> s == StatutDePresence.PRESENT).count();
    if (presentes == DemiJournee.values().length) {
      return StatutDePresence.PRESENT;
    }
    if (presentes > 0) {
      return StatutDePresence.PARTIELLEMENT_PRESENT;
    }
    return getDemiJournees().containsValue(StatutDePresence.EXCUSE)
            && getStatut() == StatutDePresence.EXCUSE
        ? StatutDePresence.EXCUSE
        : StatutDePresence.ABSENT;
  }

  private Message description() {
    return ModelMessages.message("valeur.presence", "participant", getParticipantId(), "seance", getSeanceId());
  }

  /**
   * The attendance of a participant at a one-day atelier, per half-day; the status follows from
   * the half-days (excused when absent at both with at least one excused).
   *
   * @param seanceId the séance's id, not null
   * @param participantId the participant's id, not null
   * @param matin the morning's status, {@code PRESENT}, {@code ABSENT} or {@code EXCUSE}, not null
   * @param apresMidi the afternoon's status, likewise, not null
   * @return the attendance, not null
   * @throws IllegalStateException if a half-day is given as partly attended
   */
  public static Presence ofDemiJournees(
      String seanceId, String participantId, StatutDePresence matin, StatutDePresence apresMidi) {
    StatutDePresence statut;
    if (matin == StatutDePresence.PRESENT && apresMidi == StatutDePresence.PRESENT) {
      statut = StatutDePresence.PRESENT;
    } else if (matin == StatutDePresence.PRESENT || apresMidi == StatutDePresence.PRESENT) {
      statut = StatutDePresence.PARTIELLEMENT_PRESENT;
    } else if (matin == StatutDePresence.EXCUSE || apresMidi == StatutDePresence.EXCUSE) {
      statut = StatutDePresence.EXCUSE;
    } else {
      statut = StatutDePresence.ABSENT;
    }
    return builder()
        .seanceId(seanceId)
        .participantId(participantId)
        .statut(statut)
        .putDemiJournee(DemiJournee.MATIN, matin)
        .putDemiJournee(DemiJournee.APRES_MIDI, apresMidi)
        .build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Presence}. */
  public static final class Builder extends ImmutablePresence.Builder {}
}
