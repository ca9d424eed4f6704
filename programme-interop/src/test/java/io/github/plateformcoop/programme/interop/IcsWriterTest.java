package io.github.plateformcoop.programme.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.Modalite;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

/**
 * The iCalendar export read back by ical4j and by biweekly, an independent parser, around the
 * change to summer time of Sunday 26 March 2023 in Europe/Paris (UTC+1 before, UTC+2 after).
 */
class IcsWriterTest {

  private static final Instant STAMP = Instant.parse("2026-11-24T00:00:00Z");

  static Cycle cycle() {
    ModeleDeCycle modele = ModeleDeCycle.builder().id("modele").intitule("Cycle de qualification")
        .publicCible(PublicCible.builder().addDepartements("59").addFamilles(FamilleDeCollectivite.COMMUNE).addRoles(Role.ELU).build())
        .addBrique(ModeleDeBrique.builder().id("sensibilisation").type(TypeDeBrique.SENSIBILISATION)
            .intitule("Parcours de sensibilisation").nombreDeSeances(4).format(FormatDeSeance.of(Duration.ofHours(3))).build())
        .build();
    return Cycle.builder().id("cycle-2023").intitule("Cycle 2023").modele(modele)
        .addBrique(Brique.builder().id("sensibilisation")
            .addSeance(Seance.builder().id("s1").numero(1).date(LocalDate.of(2023, 3, 24)).debut(LocalTime.of(9, 30))
                .fin(LocalTime.of(12, 30)).addIntervenantId("tilt").build())
            .addSeance(Seance.builder().id("s2").numero(2).date(LocalDate.of(2023, 3, 27)).debut(LocalTime.of(9, 30))
                .lieu("Lille").build())
            .addSeance(Seance.builder().id("s3").intitule("Les leviers").date(LocalDate.of(2023, 3, 28))
                .modalite(Modalite.DISTANCIEL).build())
            .addSeance(Seance.builder().id("s4").numero(4).build())
            .build())
        .addIntervenant(Intervenant.builder().id("tilt").nom("Tilt").build())
        .addParticipant(Participant.builder().id("elu").collectiviteId("c").role(Role.ELU)
            .siege(Siege.builder().depuis(Datation.of(LocalDate.of(2023, 3, 26))).build()).build())
        .build();
  }

  private static String ecrire(IcsWriter writer, Cycle cycle) {
    return writer.write(cycle);
  }

  @Test
  void ical4jRelitUnEvenementParSeanceDateeAuxBonnesHeuresDePartEtDAutreDuChangementDHeure() throws Exception {
    String texte = ecrire(IcsWriter.builder().stamp(STAMP).build(), cycle());
    Calendar relu = new CalendarBuilder().build(new StringReader(texte));

    List<net.fortuna.ical4j.model.component.VEvent> evenements = relu.getComponents("VEVENT");
    assertThat(evenements).hasSize(3).allSatisfy(e -> {
      // RFC 5545, 3.6.1: DTSTAMP and UID exactly once.
      assertThat(e.getProperties("DTSTAMP")).hasSize(1);
      assertThat(e.getProperties("UID")).hasSize(1);
      assertThat(e.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20261124T000000Z");
    });
    assertThat(relu.getComponents("VTIMEZONE")).hasSize(1);
    assertThat(texte).contains("DTSTART;TZID=Europe/Paris:20230324T093000", "DTEND;TZID=Europe/Paris:20230324T123000",
        "DTSTART;TZID=Europe/Paris:20230327T093000", "DTSTART;VALUE=DATE:20230328",
        "UID:cycle-2023.s1@plateformcoop", "PRODID:" + IcsWriter.PRODID);
    // s2 has no end: its format's three hours.
    assertThat(texte).contains("DTEND;TZID=Europe/Paris:20230327T123000");
    assertThat(relu.getComponents("VEVENT").stream()
        .map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).collect(Collectors.toList()))
        .containsExactly("Parcours de sensibilisation : séance 1", "Parcours de sensibilisation : séance 2",
            "Parcours de sensibilisation : Les leviers");
  }

  @Test
  void biweeklyUnAnalyseurIndependantLitLesMemesInstants() {
    String texte = ecrire(IcsWriter.builder().stamp(STAMP).locale(Locale.ENGLISH).build(), cycle());
    List<List<biweekly.io.ParseWarning>> avertissements = new java.util.ArrayList<>();
    List<ICalendar> calendriers = Biweekly.parse(texte).warnings(avertissements).all();
    assertThat(avertissements).allSatisfy(a -> assertThat(a).isEmpty());
    assertThat(calendriers).hasSize(1);
    List<VEvent> evenements = calendriers.get(0).getEvents();
    assertThat(evenements).extracting(e -> e.getUid().getValue())
        .containsExactly("cycle-2023.s1@plateformcoop", "cycle-2023.s2@plateformcoop", "cycle-2023.s3@plateformcoop");
    // 9:30 in Paris is 8:30 UTC before 26 March 2023, 7:30 UTC after.
    assertThat(evenements.get(0).getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2023-03-24T08:30:00Z"));
    assertThat(evenements.get(1).getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2023-03-27T07:30:00Z"));
    assertThat(evenements.get(1).getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2023-03-27T10:30:00Z"));
    assertThat(evenements.get(2).getDateStart().getValue().hasTime()).isFalse();
    assertThat(evenements.get(0).getDescription().getValue()).isEqualTo("Cycle: Cycle 2023\nIntervenants: Tilt");
    assertThat(evenements.get(1).getLocation().getValue()).isEqualTo("Lille");
    assertThat(evenements.get(2).getLocation().getValue()).isEqualTo("remote");
    assertThat(evenements.get(2).getDescription().getValue()).isEqualTo("Cycle: Cycle 2023\nModality: remote");
  }

  @Test
  void uneSeanceNonDateeEstLaisseeDeCoteEtCelaSeDit() {
    IcsExport export = IcsWriter.defaults().write(cycle(), new StringWriter());
    assertThat(export.writtenSeanceIds()).containsExactly("s1", "s2", "s3");
    assertThat(export.leftOutSeanceIds()).containsExactly("s4");
  }

  @Test
  void deuxExportsDonnentLesMemesUidEtAvecLeMemeHorodatageLeMemeTexte() {
    String premier = ecrire(IcsWriter.builder().stamp(STAMP).build(), cycle());
    String second = ecrire(IcsWriter.builder().stamp(STAMP.plusSeconds(3600)).build(), cycle());
    assertThat(uids(premier)).isEqualTo(uids(second)).hasSize(3);
    assertThat(premier).isNotEqualTo(second).isEqualTo(ecrire(IcsWriter.builder().stamp(STAMP).build(), cycle()));
  }

  @Test
  void leCalendrierDUnParticipantCommenceASonSiege() {
    StringWriter texte = new StringWriter();
    IcsExport export = IcsWriter.builder().stamp(STAMP).build().write(cycle(), "elu", texte);
    assertThat(export.writtenSeanceIds()).containsExactly("s2", "s3");
    assertThat(export.leftOutSeanceIds()).containsExactly("s4");
    assertThat(uids(texte.toString())).containsExactly("cycle-2023.s2@plateformcoop", "cycle-2023.s3@plateformcoop");
    assertThatThrownBy(() -> IcsWriter.defaults().write(cycle(), "inconnu", new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inconnu");
  }

  private static List<String> uids(String texte) {
    return Biweekly.parse(texte).first().getEvents().stream().map(e -> e.getUid().getValue()).toList();
  }
}
