package io.github.plateformcoop.programme.benchmarks;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import io.github.plateformcoop.programme.rules.completion.CompletionStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What the national dataset needs of the heap: {@code write FILE} writes the dataset (in a large
 * heap), {@code read FILE} reads it, {@code validate FILE} reads it, validates it with the default
 * rules and evaluates every cycle's completion. Each prints what it did and exits with 0; out of
 * memory, the JVM exits with another status. {@code programme-benchmarks/tas-minimal.sh} runs
 * them under smaller and smaller heaps.
 */
public final class TasDuJeuNational {

  private TasDuJeuNational() {}

  /**
   * Runs one step.
   *
   * @param arguments {@code write|read|validate FILE}
   */
  public static void main(String[] arguments) {
    if (arguments.length != 2) {
      usage();
    }
    Path fichier = Path.of(arguments[1]);
    switch (arguments[0]) {
      case "write" -> {
        JeuNational.lecteur().write(JeuNational.programme(2026L), fichier);
        System.out.println("written: " + fichier);
      }
      case "read" -> {
        Programme programme = JeuNational.lecteur().read(fichier, Programme.class);
        System.out.println("read: " + programme.getCycles().size() + " cycles, "
            + programme.getCycles().stream().mapToInt(c -> c.getPresences().size()).sum() + " présences");
      }
      case "validate" -> {
        Programme programme = JeuNational.lecteur().read(fichier, Programme.class);
        ValidationReport rapport = RuleSet.defaults().validate(programme);
        CompletionEvaluator evaluateur = CompletionEvaluator.builder()
            .criteria(List.of(CompletionBenchmark.CRITERE)).build();
        long completes = 0;
        for (Cycle cycle : programme.getCycles()) {
          completes += evaluateur.evaluate(cycle, LocalDate.of(2023, 6, 30)).getResults().stream()
              .filter(r -> r.status() == CompletionStatus.TERMINE).count();
        }
        System.out.println("validated: " + rapport.getErrors().size() + " errors, " + rapport.getWarnings().size()
            + " warnings; " + completes + " complete");
      }
      default -> usage();
    }
  }

  private static void usage() {
    System.err.println("usage: TasDuJeuNational write|read|validate FILE");
    System.exit(2);
  }
}
