package io.github.plateformcoop.programme.model.completion;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Each of the given séances attended, in full or in part. This class is immutable and thread-safe. */
@Value.Immutable
@JsonTypeName("seancesObligatoires")
@JsonSerialize(as = ImmutableSeancesObligatoires.class)
@JsonDeserialize(as = ImmutableSeancesObligatoires.class)
public abstract non-sealed class SeancesObligatoires implements Critere {

  /**
   * The séances.
   *
   * @return séance ids, at least one, never null
   */
  public abstract List<@Identifier String> getSeanceIds();

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
    if (getSeanceIds().isEmpty()) {
      throw InconsistentValueException.of("valeur.seances-obligatoires-vide");
    }
  }

  @Override
  public final <R> R accept(Critere.Visitor<R> visitor) {
    return visitor.visitSeancesObligatoires(this);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeancesObligatoires}. */
  public static final class Builder extends ImmutableSeancesObligatoires.Builder {}
}
