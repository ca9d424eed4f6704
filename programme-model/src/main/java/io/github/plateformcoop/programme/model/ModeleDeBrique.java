package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The design of one brique of a cycle: its kind, its wording, how many séances it has and their
 * format ("un parcours de sensibilisation : 8 sessions de 3 heures"). Its run in a cycle, with
 * dates, is a {@link Brique} of the same id.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModeleDeBrique.class)
@JsonDeserialize(as = ImmutableModeleDeBrique.class)
public abstract class ModeleDeBrique {

  /** The most séances a brique may announce: a bound of the model, far above any cycle's. */
  public static final int NOMBRE_MAXIMAL_DE_SEANCES = 1000;

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * The kind of brique.
   *
   * @return the kind, not null
   */
  public abstract TypeDeBrique getType();

  /**
   * The wording ("parcours de sensibilisation").
   *
   * @return the wording, not blank
   */
  @NotBlank
  public abstract String getIntitule();

  /**
   * The number of séances the brique has.
   *
   * @return the count, strictly positive, at most {@value #NOMBRE_MAXIMAL_DE_SEANCES}
   */
  @Max(NOMBRE_MAXIMAL_DE_SEANCES)
  public abstract int getNombreDeSeances();

  /**
   * The format of its séances.
   *
   * @return the format, not null
   */
  @Valid
  public abstract FormatDeSeance getFormat();

  /**
   * The strands of the accompaniment this brique serves.
   *
   * @return ids of {@link Volet}s of the modèle, possibly empty, never null
   */
  public abstract List<@Identifier String> getVoletIds();

  /**
   * Where the design comes from.
   *
   * @return the provenance, if known
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  @Value.Check
  protected void verifier() {
    if (getNombreDeSeances() <= 0) {
      throw InconsistentValueException.of("valeur.brique-sans-seance", "brique", getId(), "nombre", getNombreDeSeances());
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

  /** Builds a {@link ModeleDeBrique}. */
  public static final class Builder extends ImmutableModeleDeBrique.Builder {}
}
