package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.CodeDepartement;
import io.github.plateformcoop.programme.model.constraints.CodeInseeCommune;
import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.constraints.Siren;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A collectivité territoriale: commune, commune associée, EPCI (métropole, communauté
 * d'agglomération…), département or région.
 *
 * <p>Describing a collectivité does not engage it: Lille, parent of Hellemmes and Lomme, or the
 * CA de Lens-Liévin may be described for context; only an {@link Engagement} says who takes part.
 * A commune associée names its parent commune; a commune names the intercommunalité it belongs
 * to; an intercommunalité may carry the announced count of its communes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCollectivite.class)
@JsonDeserialize(as = ImmutableCollectivite.class)
public abstract class Collectivite {

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * The official name ("Métropole Européenne de Lille").
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String getNom();

  /**
   * The kind of collectivité, with its catégorie juridique.
   *
   * @return the kind, not null
   */
  public abstract TypeDeCollectivite getType();

  /**
   * Its SIREN in the répertoire SIRENE.
   *
   * @return the SIREN, if known
   */
  public abstract Optional<@Siren String> getSiren();

  /**
   * Its INSEE code, for a commune or commune associée.
   *
   * @return the INSEE commune code, if any
   */
  public abstract Optional<@CodeInseeCommune String> getCodeInsee();

  /**
   * The département it lies in (for an EPCI, the one of its seat).
   *
   * @return the département code, if known
   */
  public abstract Optional<@CodeDepartement String> getDepartement();

  /**
   * For a commune associée or déléguée, the id of the commune it is attached to.
   *
   * @return the parent commune's id, if any
   */
  public abstract Optional<@Identifier String> getCommuneDeRattachementId();

  /**
   * For a commune associée or déléguée, since when it is attached (Hellemmes: 1977).
   *
   * @return the date of attachment, if known
   */
  public abstract Optional<@DateDuCalendrier Datation> getRattacheeDepuis();

  /**
   * For a commune, the id of the intercommunalité it is a member of.
   *
   * @return the intercommunalité's id, if known
   */
  public abstract Optional<@Identifier String> getIntercommunaliteId();

  /**
   * For an intercommunalité, the announced number of its member communes ("95 communes").
   *
   * @return the announced count, if known
   */
  public abstract Optional<@Valid NombreAnnonce> getNombreDeCommunes();

  /**
   * Where what is known of the collectivité (its codes, type and memberships) comes from: a source quoted, an inference with its reasoning, or an official
   * register.
   *
   * @return the provenance, if known
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  /**
   * Tells whether this collectivité belongs to a family.
   *
   * @param famille the family, not null
   * @return true if its kind is of that family
   */
  public final boolean isIn(FamilleDeCollectivite famille) {
    return getType().getFamille() == famille;
  }

  @Value.Check
  protected void verifier() {
    if (getCommuneDeRattachementId().isPresent() && getType() != TypeDeCollectivite.COMMUNE_ASSOCIEE) {
      throw InconsistentValueException.of("valeur.collectivite-rattachement", "collectivite", getId(), "type", getType());
    }
    if (getRattacheeDepuis().isPresent() && getType() != TypeDeCollectivite.COMMUNE_ASSOCIEE) {
      throw InconsistentValueException.of("valeur.collectivite-rattachee-depuis", "collectivite", getId(), "type", getType());
    }
    if (getNombreDeCommunes().isPresent() && !getType().isIntercommunalite()) {
      throw InconsistentValueException.of("valeur.collectivite-communes", "collectivite", getId(), "type", getType());
    }
    if (getIntercommunaliteId().isPresent() && getType().getFamille() != FamilleDeCollectivite.COMMUNE) {
      throw InconsistentValueException.of("valeur.collectivite-membre", "collectivite", getId(), "type", getType());
    }
    if (getCodeInsee().isPresent() && getType().getFamille() != FamilleDeCollectivite.COMMUNE) {
      throw InconsistentValueException.of("valeur.collectivite-insee", "collectivite", getId(), "type", getType());
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

  /** Builds a {@link Collectivite}. */
  public static final class Builder extends ImmutableCollectivite.Builder {}
}
