package io.github.plateformcoop.programme.model.completion;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A deliverable handed in, with the participant or collectivité among its authors. This class is immutable and thread-safe. */
@Value.Immutable
@JsonTypeName("livrableRemis")
@JsonSerialize(as = ImmutableLivrableRemis.class)
@JsonDeserialize(as = ImmutableLivrableRemis.class)
public abstract non-sealed class LivrableRemis implements Critere {

  /**
   * The deliverable.
   *
   * @return the livrable's id, not null
   */
  @Identifier
  public abstract String getLivrableId();

  /**
   * The deliverable, handed in.
   *
   * @param livrableId the livrable's id, not null
   * @return the criterion, not null
   */
  public static LivrableRemis of(String livrableId) {
    return builder().livrableId(livrableId).build();
  }

  @Override
  public final <R> R accept(Critere.Visitor<R> visitor) {
    return visitor.visitLivrableRemis(this);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LivrableRemis}. */
  public static final class Builder extends ImmutableLivrableRemis.Builder {}
}
