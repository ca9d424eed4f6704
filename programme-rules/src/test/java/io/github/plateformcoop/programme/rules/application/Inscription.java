package io.github.plateformcoop.programme.rules.application;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.rules.jakarta.ValidCycle;
import jakarta.validation.Valid;

/** An application's own class holding a cycle, as a web form or a message would. */
public final class Inscription {

  @ValidCycle
  @Valid
  private final Cycle cycle;

  public Inscription(Cycle cycle) {
    this.cycle = cycle;
  }

  public Cycle getCycle() {
    return cycle;
  }
}
