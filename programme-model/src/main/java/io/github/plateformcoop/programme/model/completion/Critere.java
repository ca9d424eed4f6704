package io.github.plateformcoop.programme.model.completion;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A completion criterion: one node of a small closed tree. In JSON each node names its kind in
 * its {@code type} property: {@code tousDe}, {@code auMoinsUnDe}, {@code auMoinsNDe},
 * {@code assiduite}, {@code seancesObligatoires}, {@code livrableRemis},
 * {@code experimentationAuStade}, {@code dispense}. No other kind exists: the discriminator is a
 * closed list of names, never a class name, and the Java types are sealed: no other kind can be
 * written, and a {@link Visitor} handles each.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TousDe.class, name = "tousDe"),
  @JsonSubTypes.Type(value = AuMoinsUnDe.class, name = "auMoinsUnDe"),
  @JsonSubTypes.Type(value = AuMoinsNDe.class, name = "auMoinsNDe"),
  @JsonSubTypes.Type(value = Assiduite.class, name = "assiduite"),
  @JsonSubTypes.Type(value = SeancesObligatoires.class, name = "seancesObligatoires"),
  @JsonSubTypes.Type(value = LivrableRemis.class, name = "livrableRemis"),
  @JsonSubTypes.Type(value = ExperimentationAuStade.class, name = "experimentationAuStade"),
  @JsonSubTypes.Type(value = Dispense.class, name = "dispense")
})
public sealed interface Critere
    permits TousDe, AuMoinsUnDe, AuMoinsNDe, Assiduite, SeancesObligatoires, LivrableRemis, ExperimentationAuStade,
        Dispense {

  /**
   * Hands this criterion to the visitor's method for its kind: a new kind fails to compile until
   * every visitor handles it.
   *
   * @param visitor the visitor, not null
   * @param <R> what the visitor makes of a criterion
   * @return what the visitor made of this one
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Something done to each kind of criterion, one method per kind.
   *
   * @param <R> what it makes of a criterion
   */
  interface Visitor<R> {
    /**
     * Visits a criterion {@code tousDe}.
     *
     * @param critere the criterion, not null
     * @return what the visitor makes of it
     */
    R visitTousDe(TousDe critere);

    /**
     * Visits a criterion {@code auMoinsUnDe}.
     *
     * @param critere the criterion, not null
     * @return what the visitor makes of it
     */
    R visitAuMoinsUnDe(AuMoinsUnDe critere);

    /**
     * Visits a criterion {@code auMoinsNDe}.
     *
     * @param critere the criterion, not null
     * @return what the visitor makes of it
     */
    R visitAuMoinsNDe(AuMoinsNDe critere);

    /**
     * Visits a criterion {@code assiduite}.
     *
     * @param critere the criterion, not null
     * @return what the visitor makes of it
     */
    R visitAssiduite(Assiduite critere);

    /**
     * Visits a criterion {@code seancesObligatoires}.
     *
     * @param critere the criterion, not null
     * @return what the visitor makes of it
     */
    R visitSeancesObligatoires(SeancesObligatoires critere);

    /**
     * Visits a criterion {@code livrableRemis}.
     *
     * @param critere the criterion, not null
     * @return what the visitor makes of it
     */
    R visitLivrableRemis(LivrableRemis critere);

    /**
     * Visits a criterion {@code experimentationAuStade}.
     *
     * @param critere the criterion, not null
     * @return what the visitor makes of it
     */
    R visitExperimentationAuStade(ExperimentationAuStade critere);

    /**
     * Visits a criterion {@code dispense}.
     *
     * @param critere the criterion, not null
     * @return what the visitor makes of it
     */
    R visitDispense(Dispense critere);
  }
}
