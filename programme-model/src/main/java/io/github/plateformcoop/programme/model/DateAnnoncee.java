package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A day a source announces ("La première journée du parcours se déroulera le 26 septembre
 * 2022"), with its provenance.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDateAnnoncee.class)
@JsonDeserialize(as = ImmutableDateAnnoncee.class)
public abstract class DateAnnoncee {

  /**
   * The announced day.
   *
   * @return the day, not null
   */
  @DateDuCalendrier
  public abstract LocalDate getDate();

  /**
   * Where the day comes from.
   *
   * @return the provenance, if known
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DateAnnoncee}. */
  public static final class Builder extends ImmutableDateAnnoncee.Builder {}
}
