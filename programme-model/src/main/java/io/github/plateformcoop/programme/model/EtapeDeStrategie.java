package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A dated step in the life of a stratégie territoriale: voted in 2019, being rewritten in 2024,
 * labelled.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEtapeDeStrategie.class)
@JsonDeserialize(as = ImmutableEtapeDeStrategie.class)
public abstract class EtapeDeStrategie {

  /**
   * What happened.
   *
   * @return the kind of step, not null
   */
  public abstract NatureDEtape getNature();

  /**
   * When, to the precision known.
   *
   * @return the date, if known
   */
  public abstract Optional<@DateDuCalendrier Datation> getDate();

  /**
   * What the step is about ("réécriture pour un numérique responsable").
   *
   * @return the description, if given
   */
  public abstract Optional<String> getDescription();

  /**
   * Where the step is reported, and whether its date is inferred.
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

  /** Builds a {@link EtapeDeStrategie}. */
  public static final class Builder extends ImmutableEtapeDeStrategie.Builder {}
}
