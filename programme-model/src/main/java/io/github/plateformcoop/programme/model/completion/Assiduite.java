package io.github.plateformcoop.programme.model.completion;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Attendance at the séances of one brique, as a ratio or a count, in séances or in hours.
 *
 * <p>A partial attendance counts for its share (minutes attended, or half-days of a one-day
 * atelier). Excused absences are left out, counted as attended or as missed, as {@link
 * #getExcuses()} says. The first {@link #getAbsencesTolerees()} absences count as attended. For a
 * participant who arrived mid-cycle, {@link #isDepuisLArrivee()} measures only the séances held
 * since the arrival; otherwise the seat's earlier holders' attendance counts for the séances
 * before it. For a collectivité, {@link #getRepresentation()} says who must attend.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("assiduite")
@JsonSerialize(as = ImmutableAssiduite.class)
@JsonDeserialize(as = ImmutableAssiduite.class)
public abstract non-sealed class Assiduite implements Critere {

  /**
   * The brique whose séances count.
   *
   * @return the brique's id, not null
   */
  @Identifier
  public abstract String getBriqueId();

  /**
   * What is counted.
   *
   * @return séances or hours, not null
   */
  public abstract Unite getUnite();

  /**
   * The share of the planned séances or hours to attend, from 0 (excluded) to 1.
   *
   * @return the ratio, or empty when a {@link #getMinimum()} is given
   */
  public abstract Optional<Double> getRatioMinimal();

  /**
   * The number of séances or hours to attend.
   *
   * @return the count, or empty when a {@link #getRatioMinimal()} is given
   */
  public abstract Optional<Double> getMinimum();

  /**
   * What an excused absence counts as.
   *
   * @return the treatment, left out by default
   */
  @Value.Default
  public TraitementDesExcuses getExcuses() {
    return TraitementDesExcuses.EXCLUES;
  }

  /**
   * How many absences count as attended.
   *
   * @return the number, 0 by default
   */
  @Value.Default
  public int getAbsencesTolerees() {
    return 0;
  }

  /**
   * Whether a participant who arrived mid-cycle is measured only on the séances held since.
   *
   * @return true to start at the arrival; false by default, the seat's earlier holders counting before it
   */
  @Value.Default
  public boolean isDepuisLArrivee() {
    return false;
  }

  /**
   * Who must attend for a collectivité to count as present.
   *
   * @return the representation, any one representative by default
   */
  @Value.Default
  public Representation getRepresentation() {
    return Representation.UN_REPRESENTANT;
  }

  @Value.Check
  protected void verifier() {
    if (getRatioMinimal().isPresent() == getMinimum().isPresent()) {
      throw InconsistentValueException.of("valeur.assiduite-sans-seuil", "brique", getBriqueId());
    }
    getRatioMinimal().ifPresent(r -> {
      if (!(r > 0 && r <= 1)) {
        throw InconsistentValueException.of("valeur.assiduite-ratio", "brique", getBriqueId(), "ratio", r);
      }
    });
    getMinimum().ifPresent(m -> {
      if (!(m > 0)) {
        throw InconsistentValueException.of("valeur.assiduite-minimum", "brique", getBriqueId(), "minimum", m);
      }
    });
    if (getAbsencesTolerees() < 0) {
      throw InconsistentValueException.of("valeur.assiduite-absences", "brique", getBriqueId());
    }
  }

  /**
   * A ratio of a brique's séances or hours.
   *
   * @param briqueId the brique, not null
   * @param unite séances or hours, not null
   * @param ratio from 0 (excluded) to 1
   * @return the criterion, not null
   */
  public static Assiduite ofRatio(String briqueId, Unite unite, double ratio) {
    return builder().briqueId(briqueId).unite(unite).ratioMinimal(ratio).build();
  }

  /**
   * A number of a brique's séances or hours.
   *
   * @param briqueId the brique, not null
   * @param unite séances or hours, not null
   * @param minimum above 0
   * @return the criterion, not null
   */
  public static Assiduite ofMinimum(String briqueId, Unite unite, double minimum) {
    return builder().briqueId(briqueId).unite(unite).minimum(minimum).build();
  }

  @Override
  public final <R> R accept(Critere.Visitor<R> visitor) {
    return visitor.visitAssiduite(this);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Assiduite}. */
  public static final class Builder extends ImmutableAssiduite.Builder {}
}
