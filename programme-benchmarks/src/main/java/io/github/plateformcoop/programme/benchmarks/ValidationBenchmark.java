package io.github.plateformcoop.programme.benchmarks;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
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

/**
 * One cycle the size of the PlateformCoop seed (11 séances, 24 participants in 6 communes, 264
 * présences, of the national dataset's shape) validated by the default rules, beside plain
 * Hibernate Validator validating the same value's field constraints, in the same run.
 *
 * <p>Run: {@code java -jar programme-benchmarks/target/benchmarks.jar ValidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ValidationBenchmark {

  private Cycle cycle;
  private RuleSet regles;
  private Validator validateur;

  @Setup
  public void preparer() {
    cycle = JeuNational.programme(1, 24, 2026L).getCycles().get(0);
    regles = RuleSet.defaults();
    validateur = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
  }

  @Benchmark
  public ValidationReport regles() {
    return regles.validate(cycle);
  }

  @Benchmark
  public Set<ConstraintViolation<Cycle>> hibernateValidator() {
    return validateur.validate(cycle);
  }
}
