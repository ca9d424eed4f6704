package io.github.plateformcoop.programme.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a fact comes from, in one of three kinds:
 * <ul>
 *   <li>a fact of a source: the document and its own words, quoted verbatim
 *       ({@link #getCitation()});</li>
 *   <li>an inference: the document and the reasoning that leads from its words to the fact
 *       ({@link #getInference()});</li>
 *   <li>reference data: an official register ({@link #getReferentiel()}) and the date whose state
 *       it reflects ({@link #getValableAu()}).</li>
 * </ul>
 *
 * <p>An announced figure ("5 collectivités engagées à ce jour") carries its provenance so that a
 * reader can weigh it against the list beside it. An inference (a PAT voted "en décembre dernier"
 * in an interview of November 2023, hence December 2022) says it is one through
 * {@link #getInference()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance {

  /**
   * The document: its title, publisher or reference, enough to find it again.
   *
   * @return the document, not blank
   */
  @NotBlank
  public abstract String getDocument();

  /**
   * The date the document speaks of ("à ce jour"), which may differ from its publication date.
   *
   * @return the date the fact holds at, if known
   */
  public abstract Optional<@DateDuCalendrier Datation> getValableAu();

  /**
   * The publication date of the document, as the document gives it.
   *
   * @return the publication date, if known
   */
  public abstract Optional<@DateDuCalendrier LocalDate> getPublieLe();

  /**
   * The document's own words, quoted.
   *
   * @return the quotation, if given
   */
  public abstract Optional<String> getCitation();

  /**
   * When present, the fact or its dating is inferred rather than stated, and this explains how
   * (the PAT voted "en décembre dernier" in an interview of 8 November 2023: December 2022).
   *
   * @return the reasoning behind an inference, empty when everything is stated
   */
  public abstract Optional<String> getInference();

  /**
   * When present, the fact is reference data taken from an official register rather than from
   * the document's words: the register, named as such ("Code officiel géographique de l'INSEE"),
   * whose state at {@link #getValableAu()} the fact reflects.
   *
   * @return the register, empty for a fact of a source or an inference
   */
  public abstract Optional<String> getReferentiel();

  /**
   * Tells whether the fact is reference data from an official register.
   *
   * @return true if {@link #getReferentiel()} is present
   */
  @JsonIgnore
  public final boolean isReference() {
    return getReferentiel().isPresent();
  }

  /**
   * Tells whether the fact or its dating is inferred rather than stated.
   *
   * @return true if {@link #getInference()} is present
   */
  @JsonIgnore
  public final boolean isInferred() {
    return getInference().isPresent();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Provenance of a fact stated in a document.
   *
   * @param document the document, not null
   * @return the provenance, not null
   */
  public static Provenance of(String document) {
    return builder().document(document).build();
  }

  /** Builds a {@link Provenance}. */
  public static final class Builder extends ImmutableProvenance.Builder {}
}
