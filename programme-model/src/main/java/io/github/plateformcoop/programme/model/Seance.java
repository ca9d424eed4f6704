package io.github.plateformcoop.programme.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A meeting of a brique: a séance of the sensibilisation track or a one-day atelier. A séance
 * may be planned but not yet dated; its hours may be unknown though its day is known.
 *
 * <p>Times are local to the cycle's zone ({@link Cycle#getFuseau()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSeance.class)
@JsonDeserialize(as = ImmutableSeance.class)
public abstract class Seance {

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * Its rank in the brique, from 1.
   *
   * @return the rank, if given
   */
  public abstract Optional<@Positive Integer> getNumero();

  /**
   * Its subject.
   *
   * @return the wording, if given
   */
  public abstract Optional<String> getIntitule();

  /**
   * The day it is held.
   *
   * @return the day, empty while not yet dated
   */
  public abstract Optional<@DateDuCalendrier LocalDate> getDate();

  /**
   * When it starts, local time.
   *
   * @return the start time, if known
   */
  public abstract Optional<LocalTime> getDebut();

  /**
   * When it ends, local time.
   *
   * @return the end time, after the start, if known
   */
  public abstract Optional<LocalTime> getFin();

  /**
   * How it is held, when it differs from or specifies the brique's format.
   *
   * @return the modality, if given
   */
  public abstract Optional<Modalite> getModalite();

  /**
   * Where it is held.
   *
   * @return the place, if known
   */
  public abstract Optional<String> getLieu();

  /**
   * The intervenants who lead it.
   *
   * @return ids of intervenants of the cycle, possibly empty, never null
   */
  public abstract List<@Identifier String> getIntervenantIds();

  /**
   * Where what is known of the séance (its existence, its date) comes from: a source quoted, an inference with its reasoning, or an official
   * register.
   *
   * @return the provenance, if known
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  /**
   * Tells whether the séance has a day.
   *
   * @return true once dated
   */
  @JsonIgnore
  public final boolean isDated() {
    return getDate().isPresent();
  }

  /**
   * The scheduled length, when both times are known.
   *
   * @return the time from start to end, if both are known
   */
  public final Optional<Duration> duree() {
    if (getDebut().isPresent() && getFin().isPresent()) {
      return Optional.of(Duration.between(getDebut().get(), getFin().get()));
    }
    return Optional.empty();
  }

  @Value.Check
  protected void verifier() {
    if (getDebut().isPresent() && getFin().isPresent() && !getFin().get().isAfter(getDebut().get())) {
      throw InconsistentValueException.of("valeur.seance-inverse", "seance", getId(), "debut", getDebut().get(), "fin", getFin().get());
    }
    if ((getDebut().isPresent() || getFin().isPresent()) && getDate().isEmpty()) {
      throw InconsistentValueException.of("valeur.seance-heures-sans-jour", "seance", getId());
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Seance}. */
  public static final class Builder extends ImmutableSeance.Builder {}
}
