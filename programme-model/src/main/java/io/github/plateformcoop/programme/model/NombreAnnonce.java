package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A count a source announces ("5 collectivités engagées à ce jour", "quatre leviers d'action"),
 * kept beside the list it may or may not match.
 *
 * <p>The model keeps both the announced figure and the list; the rules report a gap. Only a list
 * presented as complete ({@link #isListeComplete()}) is compared with its count: one of MEL's
 * 95 communes described for context says nothing against "95".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNombreAnnonce.class)
@JsonDeserialize(as = ImmutableNombreAnnonce.class)
public abstract class NombreAnnonce {

  /**
   * The announced figure.
   *
   * @return the count, zero or more
   */
  public abstract int getNombre();

  /**
   * Whether the source presents the list beside the figure as complete ("le groupe pilote se
   * compose de …"), so that the two can be compared.
   *
   * @return true if the accompanying list is presented as complete
   */
  public abstract boolean isListeComplete();

  /**
   * Where the figure comes from.
   *
   * @return the provenance, not null
   */
  @Valid
  public abstract Provenance getProvenance();

  /**
   * Whether the source says that more is awaited, so that the figure may still grow (« D'autres
   * réponses sont attendues »).
   *
   * @return true if more is awaited, false if the source says the figure is final, empty when it
   *     says neither
   */
  public abstract Optional<Boolean> getReponsesAttendues();

  @Value.Check
  protected void verifier() {
    if (getNombre() < 0) {
      throw InconsistentValueException.of("valeur.nombre-negatif", "nombre", getNombre());
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

  /** Builds a {@link NombreAnnonce}. */
  public static final class Builder extends ImmutableNombreAnnonce.Builder {}
}
