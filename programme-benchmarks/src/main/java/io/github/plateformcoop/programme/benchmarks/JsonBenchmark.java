package io.github.plateformcoop.programme.benchmarks;

import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
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
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * Reading and writing the national dataset ({@link JeuNational}, 1,000 cycles by default), beside
 * plain Jackson on records of the same content ({@link ReferenceJackson}), whose compact document
 * is the library's byte for byte. Both read from the bytes of their document through a stream,
 * and write to a stream that counts and drops the bytes. The sizes of both documents, compact and
 * indented, are printed when the state is set up.
 *
 * <p>Run: {@code java -jar programme-benchmarks/target/benchmarks.jar JsonBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 4, time = 10)
@Fork(value = 2, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class JsonBenchmark {

  /** The cycles of the dataset: 1,000 is the national dataset. */
  @Param({"1000"})
  public int cycles;

  private Programme programme;
  private ReferenceJackson.Document records;
  private ProgrammeJson compact;
  private ProgrammeJson indente;
  private ObjectReader lecteurDeReference;
  private ObjectWriter ecrivainDeReference;
  private ObjectWriter ecrivainIndenteDeReference;
  private byte[] documentCompact;
  private byte[] documentDeReference;

  @Setup
  public void preparer() {
    programme = JeuNational.programme(cycles, JeuNational.PARTICIPANTS, 2026L);
    records = ReferenceJackson.from(programme);
    compact = ProgrammeJson.builder().maxDocumentLength(JeuNational.TAILLE_MAXIMALE).compact().build();
    indente = ProgrammeJson.builder().maxDocumentLength(JeuNational.TAILLE_MAXIMALE).build();
    lecteurDeReference = ReferenceJackson.mapper().readerFor(ReferenceJackson.Document.class);
    ecrivainDeReference = ReferenceJackson.mapper().writer();
    ecrivainIndenteDeReference = ReferenceJackson.mapper().writerWithDefaultPrettyPrinter();
    documentCompact = octets(o -> compact.write(programme, o));
    documentDeReference = ecrivainDeReference.writeValueAsBytes(records);
    System.out.printf("%n%d cycles: library compact %,d bytes, indented %,d bytes; baseline %,d bytes, indented %,d bytes%n",
        cycles, documentCompact.length, octets(o -> indente.write(programme, o)).length, documentDeReference.length,
        ecrivainIndenteDeReference.writeValueAsBytes(records).length);
  }

  private static byte[] octets(java.util.function.Consumer<OutputStream> ecriture) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ecriture.accept(out);
    return out.toByteArray();
  }

  @Benchmark
  public Programme lecture() {
    return compact.read(new ByteArrayInputStream(documentCompact), Programme.class);
  }

  @Benchmark
  public ReferenceJackson.Document lectureDeReference() {
    return lecteurDeReference.readValue(new ByteArrayInputStream(documentDeReference));
  }

  @Benchmark
  public long ecriture() {
    return compter(o -> compact.write(programme, o));
  }

  @Benchmark
  public long ecritureIndentee() {
    return compter(o -> indente.write(programme, o));
  }

  @Benchmark
  public long ecritureDeReference() {
    return compter(o -> ecrivainDeReference.writeValue(o, records));
  }

  @Benchmark
  public long ecritureIndenteeDeReference() {
    return compter(o -> ecrivainIndenteDeReference.writeValue(o, records));
  }

  /** The bytes a writing gives, counted and dropped. */
  private static long compter(java.util.function.Consumer<OutputStream> ecriture) {
    Compteur compteur = new Compteur();
    ecriture.accept(compteur);
    return compteur.octets;
  }

  /** A stream that counts the bytes written and keeps none. */
  static final class Compteur extends OutputStream {
    long octets;

    @Override
    public void write(int b) {
      octets++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      octets += len;
    }
  }
}
