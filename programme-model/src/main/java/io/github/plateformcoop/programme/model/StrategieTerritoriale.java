package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A local policy a cooperative platform can be written into (stratégie territoriale): a PAT, a
 * PTCE with its themes, a feuille de route numérique with its axes.
 *
 * <p>The announced number of axes is kept beside the list ("autour de 5 axes", four listed).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStrategieTerritoriale.class)
@JsonDeserialize(as = ImmutableStrategieTerritoriale.class)
public abstract class StrategieTerritoriale {

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * The kind of strategy.
   *
   * @return the kind, not null
   */
  public abstract TypeDeStrategie getType();

  /**
   * Its name.
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String getIntitule();

  /**
   * The collectivités that carry it.
   *
   * @return ids of collectivités, possibly empty, never null
   */
  public abstract List<@Identifier String> getCollectiviteIds();

  /**
   * Its axes (feuille de route) or themes (PTCE), as listed.
   *
   * @return the axes, possibly empty, never null
   */
  public abstract List<@NotBlank String> getAxes();

  /**
   * The announced numbers of axes or themes, one per source that announces one.
   *
   * @return the announced counts, possibly empty, never null
   */
  public abstract List<@Valid NombreAnnonce> getAxesAnnonces();

  /**
   * A label it holds ("un des 15 PTCE labellisés au niveau national").
   *
   * @return the label, if any
   */
  public abstract Optional<String> getLabel();

  /**
   * Its dated steps: adoption, revision, labelling.
   *
   * @return the steps, possibly empty, never null
   */
  public abstract List<@Valid EtapeDeStrategie> getEtapes();

  /**
   * Where the description comes from.
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

  /** Builds a {@link StrategieTerritoriale}. */
  public static final class Builder extends ImmutableStrategieTerritoriale.Builder {

    /**
     * Adds one announced number of axes.
     *
     * <p>The singular of the generated {@code addAxesAnnonce}: a French compound puts its plural
     * first, which the generator cannot see.
     *
     * @param nombre the element to add, not null
     * @return this builder, not null
     */
    public Builder addAxeAnnonce(NombreAnnonce nombre) {
      addAxesAnnonce(nombre);
      return this;
    }
  }
}
