package io.github.plateformcoop.programme.model.completion;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.plateformcoop.programme.model.constraints.DateDuCalendrier;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A waiver: the criterion holds for the given participants or collectivités, for a reason
 * (after cmi5's Waived: tested out, equivalent activity, administrative). Put it beside what it
 * waives in an {@link AuMoinsUnDe}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("dispense")
@JsonSerialize(as = ImmutableDispense.class)
@JsonDeserialize(as = ImmutableDispense.class)
public abstract non-sealed class Dispense implements Critere {

  /**
   * Why.
   *
   * @return the reason, not null
   */
  public abstract MotifDeDispense getMotif();

  /**
   * The participants or collectivités it applies to.
   *
   * @return their ids, at least one, never null
   */
  public abstract List<@Identifier String> getBeneficiaireIds();

  /**
   * What supports it ("formation équivalente suivie en 2022 avec le RTES").
   *
   * @return the justification, if given
   */
  public abstract Optional<String> getJustification();

  /**
   * When it was granted.
   *
   * @return the day, if known
   */
  public abstract Optional<@DateDuCalendrier LocalDate> getAccordeeLe();

  @Value.Check
  protected void verifier() {
    if (getBeneficiaireIds().isEmpty()) {
      throw InconsistentValueException.of("valeur.dispense-vide");
    }
  }

  @Override
  public final <R> R accept(Critere.Visitor<R> visitor) {
    return visitor.visitDispense(this);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dispense}. */
  public static final class Builder extends ImmutableDispense.Builder {}
}
