package io.github.plateformcoop.programme.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.rules.schedule.Plan;
import io.github.plateformcoop.programme.rules.schedule.Planner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's cycles measure plans, not obstacles: each is undated as said, and each gets a plan. */
class PlanificationBenchmarkTest {

  @Test
  void chaqueCycleGenereEstPlanifie() {
    List<Cycle> cycles = PlanificationBenchmark.cycles(100, 20221026L);
    assertThat(cycles).hasSize(100);
    assertThat(cycles.get(0).seances().filter(Seance::isDated)).hasSize(1);
    assertThat(cycles.get(1).seances().filter(Seance::isDated)).isEmpty();
    for (Cycle cycle : cycles) {
      Plan plan = Planner.defaults().plan(cycle);
      assertThat(plan.isPossible()).as("%s: %s", cycle.getId(), plan).isTrue();
      assertThat(plan.getPlannedSeanceIds()).hasSize((int) cycle.seances().filter(s -> !s.isDated()).count());
    }
  }
}
