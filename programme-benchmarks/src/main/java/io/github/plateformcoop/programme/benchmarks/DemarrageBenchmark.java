package io.github.plateformcoop.programme.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cold start of the command line: a new JVM running {@code plateformcoop} with no argument,
 * from the jar and from the launcher beside it with the class-data sharing archive its first run
 * recorded, and {@code plateformcoop validate} on the PlateformCoop example, beside a new JVM
 * running {@link MainMinimal}, in the same run, each measured from the process's start to its
 * end. The JVM is the one running the benchmark.
 *
 * <p>Run from the project's root, after {@code ./mvnw -B -q -DskipTests package}:
 * {@code java -jar programme-benchmarks/target/benchmarks.jar DemarrageBenchmark}; another path
 * of the command line's jar with {@code -p jar=…}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
@Fork(2)
public class DemarrageBenchmark {

  /** The command line's jar. */
  @Param({"programme-examples/target/plateformcoop.jar"})
  public String jar;

  private String java;
  private String benchmarks;
  private Path exemple;
  private String lanceur;
  private Path archives;

  @Setup
  public void preparer() throws IOException, InterruptedException {
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("no command line's jar at " + Path.of(jar).toAbsolutePath()
          + ": run from the project's root after packaging, or give -p jar=PATH");
    }
    java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    benchmarks = Path.of(MainMinimal.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    exemple = Files.createTempFile("plateformcoop", ".json");
    exemple.toFile().deleteOnExit();
    lancer(List.of(java, "-jar", jar, "example", "-o", exemple.toString()));
    lanceur = Path.of(jar).resolveSibling("plateformcoop").toString();
    archives = Files.createTempDirectory("plateformcoop-cds");
    // The launcher's first run records the archive of this JDK and jar; the measured runs start from it.
    if (lancer(List.of("sh", lanceur)) != 0 || archives.toFile().list().length != 1) {
      throw new IllegalStateException("the launcher " + lanceur + " made no archive in " + archives);
    }
  }

  @TearDown
  public void nettoyer() throws IOException {
    try (Stream<Path> fichiers = Files.list(archives)) {
      for (Path fichier : fichiers.toList()) {
        Files.delete(fichier);
      }
    }
    Files.delete(archives);
  }

  @Benchmark
  public int sansArgument() throws IOException, InterruptedException {
    return lancer(List.of(java, "-jar", jar));
  }

  /**
   * The launcher beside the jar, with the archive of its classes that its first run recorded.
   *
   * @return the exit code
   */
  @Benchmark
  public int sansArgumentAvecArchive() throws IOException, InterruptedException {
    return lancer(List.of("sh", lanceur));
  }

  @Benchmark
  public int validationDeLExemple() throws IOException, InterruptedException {
    return lancer(List.of(java, "-jar", jar, "validate", exemple.toString()));
  }

  @Benchmark
  public int mainMinimal() throws IOException, InterruptedException {
    return lancer(List.of(java, "-cp", benchmarks, MainMinimal.class.getName()));
  }

  private int lancer(List<String> commande) throws IOException, InterruptedException {
    ProcessBuilder constructeur = new ProcessBuilder(commande).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    constructeur.environment().put("JAVA_HOME", System.getProperty("java.home"));
    if (archives != null) {
      constructeur.environment().put("PLATEFORMCOOP_CDS_DIR", archives.toString());
    }
    return constructeur.start().waitFor();
  }
}
