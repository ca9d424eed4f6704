package io.github.plateformcoop.programme.benchmarks;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import io.github.plateformcoop.programme.rules.completion.CompletionReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The completion of a cycle of 1,000 participants and 20,000 attendance records, and of ten times
 * that, with the default criterion (75 % of the sensibilisation hours, 2 of the 3 ateliers), for
 * participants and collectivités; beside a hand-written single pass that computes the same
 * figures from the same records.
 *
 * <p>Run: {@code java -jar programme-benchmarks/target/benchmarks.jar CompletionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CompletionBenchmark {

  /** The criterion measured: 75 % of the sensibilisation hours and 2 ateliers, as the PlateformCoop example chose. */
  static final CritereDeCompletion CRITERE = CritereDeCompletion.builder()
      .id("completion-par-defaut")
      .intitule("75 % des heures de sensibilisation et 2 ateliers sur 3")
      .addPortees(Portee.PARTICIPANT, Portee.COLLECTIVITE)
      .critere(TousDe.of(
          Assiduite.ofRatio("sensibilisation", Unite.HEURES, 0.75),
          Assiduite.ofMinimum("experimentation", Unite.SEANCES, 2)))
      .provenance(Provenance.builder()
          .document("plateformcoop-programme, banc de mesure")
          .inference("Choix du banc de mesure.")
          .build())
      .build();


  @Param({"1000", "10000"})
  public int participants;

  private Cycle cycle;
  private CompletionEvaluator evaluateur;

  @Setup
  public void preparer() {
    cycle = ProgrammeGenere.cycle(participants, 20231108L);
    evaluateur = CompletionEvaluator.builder().criteria(List.of(CRITERE)).build();
  }

  @Benchmark
  public CompletionReport evaluation() {
    return evaluateur.evaluate(cycle, ProgrammeGenere.FIN);
  }

  /**
   * The same figures by hand in one pass over the records: per participant and per collectivité,
   * the sensibilisation hours and the ateliers attended (excused absences left out) against the
   * criterion, the status, the hours attended in all and the days attended, as a certificat de
   * réalisation needs them.
   */
  @Benchmark
  public Object[] referenceEnUnePasse() {
    int sensibilisation = ProgrammeGenere.SEANCES_DE_SENSIBILISATION;
    int seances = sensibilisation + ProgrammeGenere.ATELIERS;
    Map<String, Integer> indexDesSeances = new HashMap<>();
    for (int i = 0; i < sensibilisation; i++) {
      indexDesSeances.put("s" + i, i);
    }
    for (int i = 0; i < ProgrammeGenere.ATELIERS; i++) {
      indexDesSeances.put("a" + i, sensibilisation + i);
    }
    List<Participant> personnes = cycle.getParticipants();
    Map<String, Integer> indexDesPersonnes = new HashMap<>();
    for (int i = 0; i < personnes.size(); i++) {
      indexDesPersonnes.put(personnes.get(i).getId(), i);
    }
    double[][] parts = new double[personnes.size()][seances];
    boolean[][] excuses = new boolean[personnes.size()][seances];
    for (Presence p : cycle.getPresences()) {
      int personne = indexDesPersonnes.get(p.getParticipantId());
      int seance = indexDesSeances.get(p.getSeanceId());
      switch (p.getStatut()) {
        case PRESENT -> parts[personne][seance] = 1;
        case EXCUSE -> excuses[personne][seance] = true;
        case PARTIELLEMENT_PRESENT -> parts[personne][seance] = Math.min(1, p.getMinutesPresentes().orElse(90) / 180.0);
        default -> { }
      }
    }
    Map<String, Integer> indexDesCollectivites = new HashMap<>();
    List<Collectivite> collectivites = cycle.getCollectivites();
    for (int i = 0; i < collectivites.size(); i++) {
      indexDesCollectivites.put(collectivites.get(i).getId(), i);
    }
    double[][] meilleures = new double[collectivites.size()][seances];
    boolean[][] excuseesParCollectivite = new boolean[collectivites.size()][seances];
    LocalDate[] dates = new LocalDate[seances];
    double[] heuresDesSeances = new double[seances];
    for (Brique brique : cycle.getBriques()) {
      for (Seance s : brique.getSeances()) {
        int i = indexDesSeances.get(s.getId());
        dates[i] = s.getDate().orElseThrow();
        heuresDesSeances[i] = s.duree().map(d -> d.toMinutes() / 60.0).orElse(7.0);
      }
    }
    Object[] resultats = new Object[personnes.size() + collectivites.size()];
    for (int i = 0; i < personnes.size(); i++) {
      int c = indexDesCollectivites.get(personnes.get(i).getCollectiviteId());
      for (int s = 0; s < seances; s++) {
        meilleures[c][s] = Math.max(meilleures[c][s], parts[i][s]);
        excuseesParCollectivite[c][s] |= excuses[i][s];
      }
      resultats[i] = bilan(parts[i], excuses[i], sensibilisation, seances, dates, heuresDesSeances);
    }
    for (int c = 0; c < collectivites.size(); c++) {
      boolean[] excusees = new boolean[seances];
      for (int s = 0; s < seances; s++) {
        excusees[s] = meilleures[c][s] == 0 && excuseesParCollectivite[c][s];
      }
      resultats[personnes.size() + c] = bilan(meilleures[c], excusees, sensibilisation, seances, dates, heuresDesSeances);
    }
    return resultats;
  }

  /** One subject's figures: hours and ateliers against the criterion, status, hours and days attended. */
  record Bilan(double heures, double ateliers, boolean termine, double heuresSuivies, List<LocalDate> dates) {}

  private static Bilan bilan(double[] parts, boolean[] excuses, int sensibilisation, int seances, LocalDate[] dates,
      double[] heuresDesSeances) {
    double heures = heures(parts, excuses, sensibilisation);
    double ateliers = ateliers(parts, excuses, sensibilisation, seances);
    double suivies = 0;
    List<LocalDate> jours = new ArrayList<>();
    for (int s = 0; s < seances; s++) {
      if (parts[s] > 0) {
        suivies += parts[s] * heuresDesSeances[s];
        jours.add(dates[s]);
      }
    }
    jours.sort(null);
    return new Bilan(heures, ateliers, heures >= 0 && ateliers >= 0, suivies, List.copyOf(jours));
  }

  private static double heures(double[] parts, boolean[] excuses, int sensibilisation) {
    double suivies = 0;
    double tenues = 0;
    for (int s = 0; s < sensibilisation; s++) {
      if (!excuses[s]) {
        suivies += 3 * parts[s];
        tenues += 3;
      }
    }
    return suivies >= 0.75 * tenues ? suivies : -suivies;
  }

  private static double ateliers(double[] parts, boolean[] excuses, int debut, int fin) {
    double suivis = 0;
    for (int s = debut; s < fin; s++) {
      if (!excuses[s]) {
        suivis += parts[s];
      }
    }
    return suivis >= 2 ? suivis : -suivis;
  }
}
