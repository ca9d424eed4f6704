package io.github.plateformcoop.programme.model.completion;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** All of its criteria hold. This class is immutable and thread-safe. */
@Value.Immutable
@JsonTypeName("tousDe")
@JsonSerialize(as = ImmutableTousDe.class)
@JsonDeserialize(as = ImmutableTousDe.class)
public abstract non-sealed class TousDe implements Critere {

  /**
   * The criteria it combines.
   *
   * @return the criteria, at least one, never null
   */
  public abstract List<@Valid Critere> getCriteres();

  @Value.Check
  protected void verifier() {
    if (getCriteres().isEmpty()) {
      throw InconsistentValueException.of("valeur.tous-de-vide");
    }
  }

  /**
   * All of the given criteria.
   *
   * @param criteres the criteria, at least one
   * @return the criterion, not null
   */
  public static TousDe of(Critere... criteres) {
    return builder().addCriteres(criteres).build();
  }

  @Override
  public final <R> R accept(Critere.Visitor<R> visitor) {
    return visitor.visitTousDe(this);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TousDe}. */
  public static final class Builder extends ImmutableTousDe.Builder {}
}
