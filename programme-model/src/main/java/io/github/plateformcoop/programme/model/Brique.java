package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The run of one brique in a cycle: its announced period and its séances, dated or not yet. Its
 * id is that of its design, a {@link ModeleDeBrique} of the cycle's modèle.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBrique.class)
@JsonDeserialize(as = ImmutableBrique.class)
public abstract class Brique {

  /**
   * The id of the brique's design in the cycle's modèle.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * The period announced for the brique, in months.
   *
   * @return the period, if announced
   */
  public abstract Optional<@Valid PeriodeAnnoncee> getPeriodeAnnoncee();

  /**
   * The séances, in their order.
   *
   * @return the séances, possibly empty, never null
   */
  public abstract List<@Valid Seance> getSeances();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Brique}. */
  public static final class Builder extends ImmutableBrique.Builder {}
}
