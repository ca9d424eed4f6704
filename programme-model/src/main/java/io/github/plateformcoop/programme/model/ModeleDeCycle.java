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
 * The reusable design of a cycle de qualification: its briques and their formats, its leviers
 * d'action, its strands and its public cible. Another region reuses it with its own dates,
 * territory, collectivités and intervenants in a {@link Cycle}.
 *
 * <p>The announced number of leviers is kept beside the list ("Quatre leviers d'action", three
 * listed).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModeleDeCycle.class)
@JsonDeserialize(as = ImmutableModeleDeCycle.class)
public abstract class ModeleDeCycle {

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * The wording ("cycle de qualification PlateformCoop").
   *
   * @return the wording, not blank
   */
  @NotBlank
  public abstract String getIntitule();

  /**
   * What the cycle is for.
   *
   * @return the aim, if stated
   */
  public abstract Optional<String> getObjectif();

  /**
   * The strands of the accompaniment.
   *
   * @return the strands, possibly empty, never null
   */
  public abstract List<@Valid Volet> getVolets();

  /**
   * Who the cycle is for.
   *
   * @return the public cible, not null
   */
  @Valid
  public abstract PublicCible getPublicCible();

  /**
   * The briques, in their order in the cycle.
   *
   * @return the designs of the briques, possibly empty, never null
   */
  public abstract List<@Valid ModeleDeBrique> getBriques();

  /**
   * The leviers d'action, as listed.
   *
   * @return the leviers, possibly empty, never null
   */
  public abstract List<@Valid Levier> getLeviers();

  /**
   * The announced numbers of leviers, one per source that announces one.
   *
   * @return the announced counts, possibly empty, never null
   */
  public abstract List<@Valid NombreAnnonce> getLeviersAnnonces();

  /**
   * Where the design of the cycle (its aim, its title) comes from: a source quoted, an inference with its reasoning, or an official
   * register.
   *
   * @return the provenance, if known
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  /**
   * Finds the design of a brique.
   *
   * @param id the brique's id, not null
   * @return the design, or empty if this modèle has no brique of that id
   */
  public final Optional<ModeleDeBrique> findBrique(String id) {
    return getBriques().stream().filter(b -> b.getId().equals(id)).findFirst();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModeleDeCycle}. */
  public static final class Builder extends ImmutableModeleDeCycle.Builder {

    /**
     * Adds one announced number of leviers.
     *
     * <p>The singular of the generated {@code addLeviersAnnonce}: a French compound puts its plural
     * first, which the generator cannot see.
     *
     * @param nombre the element to add, not null
     * @return this builder, not null
     */
    public Builder addLevierAnnonce(NombreAnnonce nombre) {
      addLeviersAnnonce(nombre);
      return this;
    }
  }
}
