package io.github.plateformcoop.programme.benchmarks;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import io.github.plateformcoop.programme.rules.completion.CompletionReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The default rules and the completion of every cycle ({@link CompletionBenchmark#CRITERE}) on
 * the national dataset ({@link JeuNational}, 1,000 cycles) and on a tenth of it, beside the
 * hand-written single pass {@link PasseALaMain} that finds the same findings and figures, in the
 * same run.
 *
 * <p>Run: {@code java -jar programme-benchmarks/target/benchmarks.jar ReglesBenchmark}. Four
 * warm-up iterations: on the national dataset, the rules' second warm-up iteration took 3 to
 * 4 s an operation and the first measured one up to twice the next ones with two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 2, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class ReglesBenchmark {

  /** The day of the evaluation: every séance of the dataset is held by then. */
  static final LocalDate AU_JOUR = LocalDate.of(2023, 6, 30);

  /** The cycles of the dataset: 1,000 is the national dataset. */
  @Param({"100", "1000"})
  public int cycles;

  private Programme programme;
  private RuleSet regles;
  private CompletionEvaluator evaluateur;

  @Setup
  public void preparer() {
    programme = JeuNational.programme(cycles, JeuNational.PARTICIPANTS, 2026L);
    regles = RuleSet.defaults();
    evaluateur = CompletionEvaluator.builder().criteria(List.of(CompletionBenchmark.CRITERE)).build();
  }

  @Benchmark
  public Object[] reglesEtCompletion() {
    ValidationReport rapport = regles.validate(programme);
    List<CompletionReport> bilans = new ArrayList<>(programme.getCycles().size());
    for (Cycle cycle : programme.getCycles()) {
      bilans.add(evaluateur.evaluate(cycle, AU_JOUR));
    }
    return new Object[] {rapport, bilans};
  }

  @Benchmark
  public PasseALaMain.Resultat passeALaMain() {
    return PasseALaMain.evaluer(programme);
  }
}
