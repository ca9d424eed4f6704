package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import io.github.plateformcoop.programme.interop.IcsExport;
import io.github.plateformcoop.programme.interop.IcsWriter;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Seance;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;

/**
 * The illustrative PlateformCoop cycle as an iCalendar document: one event per dated séance, read
 * back by ical4j and by biweekly; its séances of 13 and 27 March 2023 fall either side of the
 * change to summer time (26 March), both at 9:30 in Paris.
 */
class IcsDeLExempleTest {

  @Test
  void leCycleIllustratifSExporteEtSeRelitParDeuxAnalyseurs() throws Exception {
    Cycle cycle = PlateformCoopIllustratif.cycle();
    StringWriter texte = new StringWriter();
    IcsExport export = IcsWriter.builder().stamp(Instant.parse("2026-11-24T00:00:00Z")).build().write(cycle, texte);

    long datees = cycle.seances().filter(Seance::isDated).count();
    assertThat(datees).isEqualTo(11);
    assertThat(export.writtenSeanceIds()).hasSize(11);
    assertThat(export.leftOutSeanceIds()).isEmpty();
    assertThat(new CalendarBuilder().build(new StringReader(texte.toString())).getComponents("VEVENT")).hasSize(11);
    List<VEvent> evenements = Biweekly.parse(texte.toString()).first().getEvents();
    assertThat(evenements).hasSize(11);
    for (VEvent e : evenements) {
      String id = e.getUid().getValue().replace(cycle.getId() + ".", "").replace("@plateformcoop", "");
      Seance seance = cycle.seances().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
      Instant attendu = seance.getDate().orElseThrow().atTime(seance.getDebut().orElseThrow()).atZone(ZoneId.of("Europe/Paris")).toInstant();
      assertThat(e.getDateStart().getValue().toInstant()).as(id).isEqualTo(attendu);
    }
    assertThat(evenements).filteredOn(e -> e.getUid().getValue().contains(".sensibilisation-7@"))
        .singleElement().satisfies(e -> assertThat(e.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2023-03-13T08:30:00Z")));
    assertThat(evenements).filteredOn(e -> e.getUid().getValue().contains(".atelier-2@"))
        .singleElement().satisfies(e -> assertThat(e.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2023-03-27T07:30:00Z")));
    // A second export updates the same events.
    StringWriter encore = new StringWriter();
    IcsWriter.defaults().write(cycle, encore);
    assertThat(Biweekly.parse(encore.toString()).first().getEvents()).extracting(e -> e.getUid().getValue())
        .containsExactlyElementsOf(evenements.stream().map(e -> e.getUid().getValue()).toList());
    assertThat(LocalDate.of(2023, 3, 26).atStartOfDay(ZoneId.of("Europe/Paris")).getOffset().getTotalSeconds()).isEqualTo(3600);
  }

  @Test
  void leCycleDesSourcesNExporteQueSaSeanceDateeEtDitLesAutres() {
    IcsExport export = IcsWriter.defaults().write(PlateformCoop.cycle(), new StringWriter());
    assertThat(export.writtenSeanceIds()).containsExactly("sensibilisation-1");
    assertThat(export.leftOutSeanceIds()).hasSize(10).contains("sensibilisation-2", "atelier-3");
  }
}
