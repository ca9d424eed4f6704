package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The seat a participant holds for a collectivité in a cycle: when it was taken, when it was
 * left, and whose seat it continues. An officer who took up her post mid-cycle continues her
 * predecessor's seat, so that the collectivité's attendance runs on.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSiege.class)
@JsonDeserialize(as = ImmutableSiege.class)
public abstract class Siege {

  /**
   * When the participant took the seat ("avril 2023").
   *
   * @return the start, if known
   */
  public abstract Optional<@DateDuCalendrier Datation> getDepuis();

  /**
   * When the participant left the seat.
   *
   * @return the end, if the seat was left
   */
  public abstract Optional<@DateDuCalendrier Datation> getJusquA();

  /**
   * The participant whose seat this one continues.
   *
   * @return the predecessor's participant id, if any
   */
  public abstract Optional<@Identifier String> getPredecesseurId();

  /**
   * Tells whether a day falls within the seat: not before the first day it was taken, not after
   * the last day it was left. A bound not given leaves that side open.
   *
   * @param jour the day, not null
   * @return true if the participant held the seat that day
   */
  public final boolean contains(LocalDate jour) {
    Objects.requireNonNull(jour, "jour");
    return getDepuis().map(d -> !jour.isBefore(d.firstDay())).orElse(true)
        && getJusquA().map(j -> !jour.isAfter(j.lastDay())).orElse(true);
  }

  @Value.Check
  protected void verifier() {
    if (getDepuis().isPresent() && getJusquA().isPresent()
        && getJusquA().get().isBefore(getDepuis().get().firstDay())) {
      throw InconsistentValueException.of("valeur.siege-inverse", "depuis", getDepuis().get(), "jusqua", getJusquA().get());
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

  /** Builds a {@link Siege}. */
  public static final class Builder extends ImmutableSiege.Builder {}
}
