package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.constraints.Siren;
import io.github.plateformcoop.programme.model.constraints.Siret;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;

/**
 * What the model knows of an organisation that is not a collectivité: the porteur of a
 * programme ({@link Structure}) or a partner delivering a cycle ({@link Intervenant}).
 */
public interface Organisation {

  /**
   * The stable identifier other objects refer to.
   *
   * @return the identifier, not null
   */
  @Identifier
  String getId();

  /**
   * The organisation's name.
   *
   * @return the name, not blank
   */
  @NotBlank
  String getNom();

  /**
   * Its short name or acronym ("Apes", "RTES").
   *
   * @return the acronym, if any
   */
  Optional<String> getSigle();

  /**
   * What the organisation is and does, in the words of the sources.
   *
   * @return the description, if given
   */
  Optional<String> getDescription();

  /**
   * Its legal forms and statuses ("association", "SCIC", "CAE").
   *
   * @return the statuses, possibly empty, never null
   */
  List<@NotBlank String> getStatuts();

  /**
   * Its SIREN.
   *
   * @return the SIREN, if known
   */
  Optional<@Siren String> getSiren();

  /**
   * The SIRET of the establishment that acts in the cycle, when it is not the head office.
   *
   * @return the SIRET, if known
   */
  Optional<@Siret String> getSiret();

  /**
   * The commune of its head office.
   *
   * @return the head office's commune, if known
   */
  Optional<String> getSiege();

  /**
   * Where what is known of the organisation comes from: a source quoted, an inference with its
   * reasoning, or an official register.
   *
   * @return the provenance, if known
   */
  Optional<@Valid Provenance> getProvenance();
}
