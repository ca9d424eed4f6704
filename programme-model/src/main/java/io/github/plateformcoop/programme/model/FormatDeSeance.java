package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.DureePositive;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The format of the séances of a brique: a duration ("sessions de 3 heures"), a whole day
 * ("ateliers d'une journée"), or both when a region fixes the hours of its days; and how they
 * are held.
 *
 * <p>Attendance at a whole-day séance may be taken per half-day ({@link DemiJournee}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFormatDeSeance.class)
@JsonDeserialize(as = ImmutableFormatDeSeance.class)
public abstract class FormatDeSeance {

  /** The longest a séance may last: a day. */
  public static final Duration DUREE_MAXIMALE = Duration.ofDays(1);

  /**
   * The duration of one séance.
   *
   * @return the duration, strictly positive, if the format fixes one
   */
  public abstract Optional<@DureePositive Duration> getDuree();

  /**
   * Whether each séance takes a whole day.
   *
   * @return true for one-day ateliers
   */
  @Value.Default
  public boolean isJourneeEntiere() {
    return false;
  }

  /**
   * How the séances are held.
   *
   * @return the modality, if the format fixes one
   */
  public abstract Optional<Modalite> getModalite();

  @Value.Check
  protected void verifier() {
    if (getDuree().isEmpty() && !isJourneeEntiere()) {
      throw InconsistentValueException.of("valeur.format-vide");
    }
  }

  /**
   * Séances of a given duration.
   *
   * @param duree the duration of one séance, not null
   * @return the format, not null
   */
  public static FormatDeSeance of(Duration duree) {
    return builder().duree(duree).build();
  }

  /**
   * Séances of one whole day each, hours not fixed.
   *
   * @return the format, not null
   */
  public static FormatDeSeance ofJourneeEntiere() {
    return builder().journeeEntiere(true).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FormatDeSeance}. */
  public static final class Builder extends ImmutableFormatDeSeance.Builder {}
}
