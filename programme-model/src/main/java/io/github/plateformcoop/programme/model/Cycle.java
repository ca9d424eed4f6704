package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One run of a cycle de qualification, for one territory and period: the aggregate exchanged as
 * one document.
 *
 * <p>A cycle holds its design ({@link #getModele()}), the run of each brique with its séances,
 * the collectivités it describes, the participants, the intervenants, the engagements, the
 * attendance, the territorial strategies, the pilot projects and the deliverables. Objects refer
 * to each other by id; the rules of {@code programme-rules} report unknown and duplicate ids.
 *
 * <p>The announced number of engaged collectivités is kept beside the engagements ("5
 * collectivités engagées à ce jour", six named).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCycle.class)
@JsonDeserialize(as = ImmutableCycle.class)
public abstract class Cycle {

  /** The zone of a cycle whose zone is not given: Europe/Paris. */
  public static final ZoneId DEFAULT_FUSEAU = ZoneId.of("Europe/Paris");

  /**
   * The stable identifier of the cycle.
   *
   * @return the identifier, not null
   */
  @Identifier
  public abstract String getId();

  /**
   * Its name.
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String getIntitule();

  /**
   * The design this cycle runs.
   *
   * @return the modèle, not null
   */
  @Valid
  public abstract ModeleDeCycle getModele();

  /**
   * The territory it is run for ("Nord et Pas-de-Calais").
   *
   * @return the territory, if stated
   */
  public abstract Optional<String> getTerritoire();

  /**
   * The zone its dates and times are local to.
   *
   * @return the zone, Europe/Paris unless set
   */
  @Value.Default
  public ZoneId getFuseau() {
    return DEFAULT_FUSEAU;
  }

  /**
   * The period announced for the whole cycle, in months.
   *
   * @return the period, if announced
   */
  public abstract Optional<@Valid PeriodeAnnoncee> getPeriode();

  /**
   * The announced first day of the cycle.
   *
   * @return the first day, if announced
   */
  public abstract Optional<@Valid DateAnnoncee> getPremiereJournee();

  /**
   * The run of each brique, in the modèle's order.
   *
   * @return the briques, possibly empty, never null
   */
  public abstract List<@Valid Brique> getBriques();

  /**
   * The collectivités the cycle describes, engaged or described for context.
   *
   * @return the collectivités, possibly empty, never null
   */
  public abstract List<@Valid Collectivite> getCollectivites();

  /**
   * The people who represent the collectivités.
   *
   * @return the participants, possibly empty, never null
   */
  public abstract List<@Valid Participant> getParticipants();

  /**
   * The partner organisations that deliver the cycle.
   *
   * @return the intervenants, possibly empty, never null
   */
  public abstract List<@Valid Intervenant> getIntervenants();

  /**
   * The collectivités' commitments: only these say who takes part.
   *
   * @return the engagements, possibly empty, never null
   */
  public abstract List<@Valid Engagement> getEngagements();

  /**
   * The announced numbers of engaged collectivités, one per source that announces one.
   *
   * @return the announced counts, possibly empty, never null
   */
  public abstract List<@Valid NombreAnnonce> getEngagementsAnnonces();

  /**
   * The attendance records.
   *
   * @return the presences, possibly empty, never null
   */
  public abstract List<@Valid Presence> getPresences();

  /**
   * The territorial strategies of the collectivités.
   *
   * @return the strategies, possibly empty, never null
   */
  public abstract List<@Valid StrategieTerritoriale> getStrategies();

  /**
   * The pilot projects.
   *
   * @return the expérimentations, possibly empty, never null
   */
  public abstract List<@Valid Experimentation> getExperimentations();

  /**
   * The deliverables.
   *
   * @return the livrables, possibly empty, never null
   */
  public abstract List<@Valid Livrable> getLivrables();

  /**
   * What it takes to complete the cycle, for participants and collectivités.
   *
   * @return the completion criteria, possibly empty, never null
   */
  public abstract List<@Valid CritereDeCompletion> getCriteresDeCompletion();

  /**
   * Where the cycle's own description (its title, its territory) comes from: a source quoted, an inference with its reasoning, or an official
   * register.
   *
   * @return the provenance, if known
   */
  public abstract Optional<@Valid Provenance> getProvenance();

  /**
   * Finds a collectivité.
   *
   * @param id the id, not null
   * @return the first collectivité of that id, or empty
   */
  public final Optional<Collectivite> findCollectivite(String id) {
    return getCollectivites().stream().filter(c -> c.getId().equals(id)).findFirst();
  }

  /**
   * Finds a participant.
   *
   * @param id the id, not null
   * @return the first participant of that id, or empty
   */
  public final Optional<Participant> findParticipant(String id) {
    return getParticipants().stream().filter(p -> p.getId().equals(id)).findFirst();
  }

  /**
   * Every séance of every brique, in order.
   *
   * @return the séances, never null
   */
  public final Stream<Seance> seances() {
    return getBriques().stream().flatMap(b -> b.getSeances().stream());
  }

  /**
   * The engagements of a status: {@code engagements(StatutDEngagement.ENGAGEE)} says who takes part.
   *
   * @param statut the status, not null
   * @return the engagements of that status, in order, never null
   */
  public final List<Engagement> engagements(StatutDEngagement statut) {
    Objects.requireNonNull(statut, "statut");
    return getEngagements().stream().filter(e -> e.getStatut() == statut).toList();
  }

  /**
   * The last day of the cycle: the end of its announced period, else the end of the latest
   * period announced for a brique, else its latest dated séance.
   *
   * @return the last day, empty when nothing in the cycle is dated
   */
  public final Optional<LocalDate> lastDay() {
    if (getPeriode().isPresent()) {
      return getPeriode().map(PeriodeAnnoncee::lastDay);
    }
    Optional<LocalDate> finDesBriques = getBriques().stream()
        .map(Brique::getPeriodeAnnoncee)
        .flatMap(Optional::stream)
        .map(PeriodeAnnoncee::lastDay)
        .max(Comparator.naturalOrder());
    if (finDesBriques.isPresent()) {
      return finDesBriques;
    }
    return seances().map(Seance::getDate).flatMap(Optional::stream).max(Comparator.naturalOrder());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cycle}. */
  public static final class Builder extends ImmutableCycle.Builder {

    /**
     * Adds one announced number of engaged collectivités.
     *
     * <p>The singular of the generated {@code addEngagementsAnnonce}: a French compound puts its plural
     * first, which the generator cannot see.
     *
     * @param nombre the element to add, not null
     * @return this builder, not null
     */
    public Builder addEngagementAnnonce(NombreAnnonce nombre) {
      addEngagementsAnnonce(nombre);
      return this;
    }

    /**
     * Adds one completion criterion.
     *
     * <p>The singular of the generated {@code addCriteresDeCompletion}: a French compound puts its plural
     * first, which the generator cannot see.
     *
     * @param critere the element to add, not null
     * @return this builder, not null
     */
    public Builder addCritereDeCompletion(CritereDeCompletion critere) {
      addCriteresDeCompletion(critere);
      return this;
    }
  }
}
