package io.github.plateformcoop.programme.benchmarks;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import io.github.plateformcoop.programme.rules.schedule.Plan;
import io.github.plateformcoop.programme.rules.schedule.Planner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The planner on 1,000 generated cycles, beside validating the same cycles once planned, in the
 * same run. The cycles are those of the national dataset ({@link JeuNational}, 4 participants
 * each, one commune of a département that changes from cycle to cycle: Alsace-Moselle's holidays
 * for 57, 67 and 68) with their dates taken away: every séance of the odd cycles, every séance but
 * the first of the even ones. A plan validates its cycle twice (before and after), so planning
 * costs at least two validations.
 *
 * <p>Run: {@code java -jar programme-benchmarks/target/benchmarks.jar PlanificationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(2)
public class PlanificationBenchmark {

  /** The cycles planned at each operation. */
  public static final int CYCLES = 1000;

  private List<Cycle> aPlanifier;
  private List<Cycle> planifies;
  private Planner planner;
  private RuleSet regles;

  @Setup
  public void preparer() {
    aPlanifier = cycles(CYCLES, 20221026L);
    planner = Planner.defaults();
    regles = RuleSet.defaults();
    planifies = new ArrayList<>();
    for (Cycle cycle : aPlanifier) {
      planifies.add(planner.plan(cycle).getCycle()
          .orElseThrow(() -> new IllegalStateException("No plan for " + cycle.getId())));
    }
  }

  /**
   * The generated cycles to plan.
   *
   * @param nombre how many, not negative
   * @param graine the seed
   * @return the cycles, not null
   */
  public static List<Cycle> cycles(int nombre, long graine) {
    List<Cycle> cycles = new ArrayList<>();
    for (Cycle cycle : JeuNational.programme(nombre, 4, graine).getCycles()) {
      boolean garderLaPremiere = cycles.size() % 2 == 0;
      List<Brique> briques = new ArrayList<>();
      for (Brique b : cycle.getBriques()) {
        List<Seance> seances = new ArrayList<>();
        for (Seance s : b.getSeances()) {
          boolean premiere = garderLaPremiere && briques.isEmpty() && seances.isEmpty();
          seances.add(premiere ? s : Seance.builder().from(s).date(Optional.empty()).debut(Optional.empty())
              .fin(Optional.empty()).build());
        }
        briques.add(Brique.builder().from(b).seances(seances).build());
      }
      cycles.add(Cycle.builder().from(cycle).briques(briques).build());
    }
    return cycles;
  }

  @Benchmark
  public void planification(Blackhole trou) {
    for (Cycle cycle : aPlanifier) {
      Plan plan = planner.plan(cycle);
      trou.consume(plan);
    }
  }

  @Benchmark
  public void validation(Blackhole trou) {
    for (Cycle cycle : planifies) {
      ValidationReport report = regles.validate(cycle);
      trou.consume(report);
    }
  }
}
