package io.github.plateformcoop.programme.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Modalite;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.Structure;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The schema.org and Open Badges exports on a small cycle around the change to summer time of 26
 * March 2023: what each property holds. The examples' tests expand the JSON-LD and validate the
 * credentials against the official schema.
 */
class JsonLdEtOpenBadgesTest {

  private static Programme programme(Cycle cycle) {
    return Programme.builder().id("programme").nom("Programme")
        .porteur(Structure.builder().id("porteur").nom("Association porteuse").sigle("AP").build())
        .addCycle(cycle).build();
  }

  /** The iCalendar test's cycle, its brique given a period and a modalité, with attendance and a criterion. */
  static Cycle cycle() {
    Cycle base = IcsWriterTest.cycle();
    ModeleDeCycle modele = ModeleDeCycle.builder().from(base.getModele()).objectif("Outiller les collectivités")
        .briques(List.of(ModeleDeBrique.builder().from(base.getModele().getBriques().get(0))
            .format(FormatDeSeance.builder().duree(Duration.ofHours(3)).modalite(Modalite.HYBRIDE).build()).build()))
        .build();
    return Cycle.builder().from(base).modele(modele)
        .briques(List.of(Brique.builder().from(base.getBriques().get(0))
            .periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(2023, 3), YearMonth.of(2023, 4))).build()))
        .addParticipant(Participant.builder().id("technicien").collectiviteId("c").role(Role.TECHNICIEN).build())
        .addPresences(
            Presence.builder().participantId("technicien").seanceId("s1").statut(StatutDePresence.PRESENT).build(),
            Presence.builder().participantId("technicien").seanceId("s2").statut(StatutDePresence.PRESENT).build(),
            Presence.builder().participantId("elu").seanceId("s2").statut(StatutDePresence.PRESENT).build())
        .addCritereDeCompletion(CritereDeCompletion.builder().id("deux-seances").intitule("Deux séances")
            .addPortees(Portee.PARTICIPANT).critere(Assiduite.ofMinimum("sensibilisation", Unite.SEANCES, 2)).build())
        .build();
  }

  private static JsonNode lire(String json) {
    return ProgrammeJson.defaults().mapper().readTree(json);
  }

  @Test
  void leCoursSchemaOrgPorteLeModeleLePorteurLePublicEtLesSeancesDatees() {
    Cycle cycle = cycle();
    JsonLdExport export = JsonLdWriter.defaults().write(programme(cycle), cycle);
    JsonNode cours = lire(export.json());

    assertThat(cours.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(cours.get("@type").asString()).isEqualTo("Course");
    assertThat(cours.get("identifier").asString()).isEqualTo("cycle-2023");
    assertThat(cours.get("name").asString()).isEqualTo("Cycle de qualification");
    assertThat(cours.get("alternateName").asString()).isEqualTo("Cycle 2023");
    assertThat(cours.get("description").asString()).isEqualTo("Outiller les collectivités");
    assertThat(cours.get("inLanguage").asString()).isEqualTo("fr");
    assertThat(cours.get("provider").get("name").asString()).isEqualTo("Association porteuse");
    assertThat(cours.get("provider").get("alternateName").asString()).isEqualTo("AP");
    assertThat(cours.get("audience").get("audienceType").asString()).isEqualTo("élus, communes");
    assertThat(cours.get("audience").get("geographicArea").get(0).get("name").asString()).isEqualTo("Département 59");
    JsonNode instance = cours.get("hasCourseInstance").get(0);
    assertThat(instance.get("@type").asString()).isEqualTo("CourseInstance");
    assertThat(instance.get("courseMode").asString()).isEqualTo("blended");
    assertThat(instance.get("startDate").asString()).isEqualTo("2023-03-01");
    assertThat(instance.get("endDate").asString()).isEqualTo("2023-04-30");
    JsonNode seances = instance.get("subEvent");
    assertThat(seances).hasSize(3);
    assertThat(seances.get(0).get("startDate").asString()).isEqualTo("2023-03-24T09:30:00+01:00");
    assertThat(seances.get(0).get("endDate").asString()).isEqualTo("2023-03-24T12:30:00+01:00");
    assertThat(seances.get(0).get("name").asString()).isEqualTo("Parcours de sensibilisation 1");
    assertThat(seances.get(0).get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
    assertThat(seances.get(1).get("startDate").asString()).isEqualTo("2023-03-27T09:30:00+02:00");
    assertThat(seances.get(1).has("endDate")).isFalse();
    assertThat(seances.get(1).get("location").get("name").asString()).isEqualTo("Lille");
    assertThat(seances.get(2).get("startDate").asString()).isEqualTo("2023-03-28");
    assertThat(seances.get(2).get("name").asString()).isEqualTo("Les leviers");
    assertThat(seances.get(2).get("location").get("@type").asString()).isEqualTo("VirtualLocation");
    assertThat(seances.get(2).get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
    assertThat(export.leftOutSeanceIds()).containsExactly("s4");
    assertThat(lire(JsonLdWriter.of(Locale.ENGLISH).write(programme(cycle), cycle).json()).get("audience").get("audienceType")
        .asString()).isEqualTo("elected members, communes");
  }

  @Test
  void unBadgeParParticipantAuBilanCompletLesAutresNommes() {
    Cycle cycle = cycle();
    LocalDate auJour = LocalDate.of(2023, 4, 1);
    OpenBadgesExport export = OpenBadgesWriter.defaults().write(programme(cycle), cycle, auJour);

    assertThat(export.credentials().keySet()).containsExactly("technicien");
    assertThat(export.withoutCredentialIds()).containsExactly("elu");
    JsonNode credential = lire(export.credentials().get("technicien"));
    assertThat(credential.get("@context")).extracting(JsonNode::asString).containsExactlyElementsOf(OpenBadgesWriter.CONTEXT);
    assertThat(credential.get("id").asString()).isEqualTo("urn:plateformcoop:credential:cycle-2023:technicien");
    assertThat(credential.get("type")).extracting(JsonNode::asString).containsExactly("VerifiableCredential", "OpenBadgeCredential");
    assertThat(credential.get("issuer").get("id").asString()).isEqualTo("urn:plateformcoop:organisation:porteur");
    assertThat(credential.get("issuer").get("name").asString()).isEqualTo("Association porteuse");
    assertThat(credential.get("validFrom").asString()).isEqualTo("2023-04-01T00:00:00+02:00");
    JsonNode sujet = credential.get("credentialSubject");
    assertThat(sujet.get("activityStartDate").asString()).isEqualTo("2023-03-24T00:00:00+01:00");
    assertThat(sujet.get("activityEndDate").asString()).isEqualTo("2023-03-27T00:00:00+02:00");
    JsonNode achievement = sujet.get("achievement");
    assertThat(achievement.get("criteria").get("narrative").asString())
        .isEqualTo("Critère « Deux séances » :\n- au moins 2 séances de « sensibilisation »");
    assertThat(achievement.get("description").asString())
        .isEqualTo("Parcours suivi jusqu'à son terme : Cycle de qualification, selon les critères de complétion du cycle.");
    assertThat(sujet.get("result").get(0).get("status").asString()).isEqualTo("Completed");
    // The hours of the person's own bilan, in hours.
    Duration suivies = CompletionEvaluator.defaults().evaluate(cycle, auJour).getParticipants().stream()
        .filter(r -> r.subjectId().equals("technicien")).findFirst().orElseThrow().hoursAttended();
    assertThat(suivies).isPositive();
    assertThat(sujet.get("result").get(1).get("value").asString()).isEqualTo(OpenBadgesWriter.heures(suivies));
    assertThat(credential.has("proof")).isFalse();
  }

  @Test
  void lesHeuresSontDitesAuCentiemeQuellesQuelles() {
    assertThat(OpenBadgesWriter.heures(Duration.ofHours(6))).isEqualTo("6");
    assertThat(OpenBadgesWriter.heures(Duration.ofMinutes(90))).isEqualTo("1.5");
    assertThat(OpenBadgesWriter.heures(Duration.ofMinutes(10))).isEqualTo("0.17");
    assertThat(OpenBadgesWriter.heures(Duration.ZERO)).isEqualTo("0");
  }

  @Test
  void unAutreEvaluateurDonneDAutresBadgesEtLesArgumentsNulsSontRefuses() {
    Cycle cycle = cycle();
    CompletionEvaluator unSeul = CompletionEvaluator.builder().criteria(List.of(CritereDeCompletion.builder().id("une")
        .intitule("Une séance").addPortees(Portee.PARTICIPANT).critere(Assiduite.ofMinimum("sensibilisation", Unite.SEANCES, 1))
        .build())).build();
    assertThat(OpenBadgesWriter.of(unSeul).write(programme(cycle), cycle, LocalDate.of(2023, 4, 1)).credentials().keySet())
        .containsExactly("elu", "technicien");
    assertThatThrownBy(() -> OpenBadgesWriter.defaults().write(programme(cycle), cycle, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JsonLdWriter.defaults().write(null, cycle)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void lesCasQueLesExemplesNeMontrentPas() throws Exception {
    Cycle cycle = cycle();
    // A séance without a place and not remote has no location; a sigle equal to the name is not repeated.
    JsonNode cours = lire(JsonLdWriter.defaults().write(Programme.builder().from(programme(cycle))
        .porteur(Structure.builder().id("apes").nom("Apes").sigle("Apes").build()).build(), cycle).json());
    assertThat(cours.get("provider").has("alternateName")).isFalse();
    assertThat(cours.get("hasCourseInstance").get(0).get("subEvent").get(0).has("location")).isFalse();

    // iCalendar: the format's modalité when the séance has none, no location for it, an intervenant by its name.
    Cycle deuxIntervenants = Cycle.builder().from(cycle)
        .addIntervenant(io.github.plateformcoop.programme.model.Intervenant.builder().id("rtes").nom("RTES").build())
        .briques(List.of(Brique.builder().from(cycle.getBriques().get(0)).seances(List.of(
            io.github.plateformcoop.programme.model.Seance.builder().from(cycle.getBriques().get(0).getSeances().get(0))
                .intervenantIds(List.of("rtes", "inconnu")).build(),
            io.github.plateformcoop.programme.model.Seance.builder().id("longue").date(LocalDate.of(2023, 4, 3))
                .debut(java.time.LocalTime.of(9, 30)).build())).build()))
        .modele(ModeleDeCycle.builder().from(cycle.getModele()).briques(List.of(ModeleDeBrique.builder()
            .from(cycle.getModele().getBriques().get(0))
            .format(FormatDeSeance.builder().duree(Duration.ofHours(20)).modalite(Modalite.HYBRIDE).build()).build())).build())
        .build();
    java.io.StringWriter texte = new java.io.StringWriter();
    java.io.BufferedWriter tampon = new java.io.BufferedWriter(texte);
    IcsWriter.defaults().write(deuxIntervenants, tampon);
    // Flushed, not closed: all of it is in the text.
    String ics = texte.toString().replace("\r\n ", "");
    assertThat(ics).endsWith("END:VCALENDAR\r\n").contains("Intervenants : RTES\\, inconnu", "Modalité : hybride")
        .doesNotContain("\r\nLOCATION:");
    // 20 hours from 9:30 would end the next day: the séance of unknown end is a day.
    assertThat(ics).contains("DTSTART;VALUE=DATE:20230403");
  }

  @Test
  void unCritereComposeSeRaconteEnListeImbriquee() {
    Cycle cycle = Cycle.builder().from(cycle()).criteresDeCompletion(List.of(CritereDeCompletion.builder().id("tout")
        .intitule("Tout").addPortees(Portee.PARTICIPANT).critere(io.github.plateformcoop.programme.model.completion.TousDe.of(
            Assiduite.ofMinimum("sensibilisation", Unite.SEANCES, 1), Assiduite.ofMinimum("sensibilisation", Unite.SEANCES, 2)))
        .build())).build();
    String narrative = lire(OpenBadgesWriter.defaults().write(programme(cycle), cycle, LocalDate.of(2023, 4, 1)).credentials()
        .get("technicien")).get("credentialSubject").get("achievement").get("criteria").get("narrative").asString();
    assertThat(narrative).isEqualTo("Critère « Tout » :\n- tous les critères\n  - au moins 1 séances de « sensibilisation »"
        + "\n  - au moins 2 séances de « sensibilisation »");
  }
}
