package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An output of a cycle (livrable): the manifeste written by the collectivités, the jeu de
 * sensibilisation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLivrable.class)
@JsonDeserialize(as = ImmutableLivrable.class)
public abstract class Livrable {

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * Its kind.
   *
   * @return the kind, not null
   */
  public abstract NatureDeLivrable getNature();

  /**
   * Its name.
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String getIntitule();

  /**
   * How it was made ("rédigé par des binômes élu et technicien").
   *
   * @return the description, if given
   */
  public abstract Optional<String> getDescription();

  /**
   * Its progress.
   *
   * @return the status, if known
   */
  public abstract Optional<StatutDeLivrable> getStatut();

  /**
   * When it was handed in.
   *
   * @return the day, only for a deliverable handed in, if known
   */
  public abstract Optional<@DateDuCalendrier LocalDate> getRemisLe();

  /**
   * The collectivités that wrote it.
   *
   * @return ids of collectivités, possibly empty, never null
   */
  public abstract List<@Identifier String> getCollectiviteIds();

  /**
   * The participants who wrote it.
   *
   * @return ids of participants, possibly empty, never null
   */
  public abstract List<@Identifier String> getParticipantIds();

  /**
   * Where it is reported.
   *
   * @return the provenance, if known
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  @Value.Check
  protected void verifier() {
    if (getRemisLe().isPresent() && !getStatut().equals(Optional.of(StatutDeLivrable.REMIS))) {
      throw InconsistentValueException.of("valeur.livrable-remis", "livrable", getId(), "statut", getStatut().map(Enum::name).orElse("-"));
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

  /** Builds a {@link Livrable}. */
  public static final class Builder extends ImmutableLivrable.Builder {}
}
