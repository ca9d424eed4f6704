package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A collectivité's commitment to a cycle: engagée, en attente de réponse or retirée. Only
 * engagements say who takes part in a cycle.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEngagement.class)
@JsonDeserialize(as = ImmutableEngagement.class)
public abstract class Engagement {

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * The collectivité that commits.
   *
   * @return the collectivité's id, not null
   */
  @Identifier
  public abstract String getCollectiviteId();

  /**
   * The status of the commitment.
   *
   * @return the status, not null
   */
  public abstract StatutDEngagement getStatut();

  /**
   * When the status was reached, to the precision known.
   *
   * @return the date, if known
   */
  public abstract Optional<@DateDuCalendrier Datation> getDate();

  /**
   * Where the engagement is reported.
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

  /** Builds a {@link Engagement}. */
  public static final class Builder extends ImmutableEngagement.Builder {}
}
