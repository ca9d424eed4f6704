package io.github.plateformcoop.programme.model.completion;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** At least {@code n} of its criteria hold. This class is immutable and thread-safe. */
@Value.Immutable
@JsonTypeName("auMoinsNDe")
@JsonSerialize(as = ImmutableAuMoinsNDe.class)
@JsonDeserialize(as = ImmutableAuMoinsNDe.class)
public abstract non-sealed class AuMoinsNDe implements Critere {

  /**
   * How many criteria must hold.
   *
   * @return n, from 1 to the number of criteria
   */
  public abstract int getN();

  /**
   * The criteria it combines.
   *
   * @return the criteria, at least one, never null
   */
  public abstract List<@Valid Critere> getCriteres();

  @Value.Check
  protected void verifier() {
    if (getN() < 1 || getN() > getCriteres().size()) {
      throw InconsistentValueException.of("valeur.au-moins-n-de", "criteres", getCriteres().size(), "n", getN());
    }
  }

  /**
   * At least n of the given criteria.
   *
   * @param n how many must hold
   * @param criteres the criteria
   * @return the criterion, not null
   */
  public static AuMoinsNDe of(int n, Critere... criteres) {
    return builder().n(n).addCriteres(criteres).build();
  }

  @Override
  public final <R> R accept(Critere.Visitor<R> visitor) {
    return visitor.visitAuMoinsNDe(this);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AuMoinsNDe}. */
  public static final class Builder extends ImmutableAuMoinsNDe.Builder {}
}
