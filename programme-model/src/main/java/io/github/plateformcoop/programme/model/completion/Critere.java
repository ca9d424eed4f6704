package io.github.plateformcoop.programme.model.completion;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A completion criterion: one node of a small closed tree. In JSON each node names its kind in
 * its {@code type} property: {@code tousDe}, {@code auMoinsUnDe}, {@code auMoinsNDe},
 * {@code assiduite}, {@code seancesObligatoires}, {@code livrableRemis},
 * {@code experimentationAuStade}, {@code dispense}. No other kind exists: the discriminator is a
 * closed list of names, never a class name.
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
public interface Critere {}
