package io.github.plateformcoop.programme.interop;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import io.github.plateformcoop.programme.rules.completion.CompletionReport;
import io.github.plateformcoop.programme.rules.completion.CompletionResult;
import io.github.plateformcoop.programme.rules.completion.CompletionStatus;
import io.github.plateformcoop.programme.rules.completion.CriterionResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an Open Badges 3.0 {@code OpenBadgeCredential} (an {@code AchievementCredential}) for each
 * participant whose own completion bilan is complete ({@link CompletionStatus#TERMINE}) as of a
 * date: the programme's porteur as issuer; the cycle as the achievement, its
 * {@code criteria.narrative} generated in French from the completion criteria that apply to the
 * participant; the participant's own hours attended and status as results; the first and last day
 * they attended as activity dates.
 *
 * <p><strong>The credentials are unsigned</strong>: they carry no {@code proof}. Signing them, and
 * so making them verifiable credentials, is the issuer's business, with its own keys; the
 * documents written here are what it signs. Ids are URNs ({@code urn:plateformcoop:…}) built from
 * the cycle's and the participant's ids; an issuer that publishes the credentials may replace them
 * with its own URLs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpenBadgesWriter {

  /** The {@code @context} of the credentials: W3C Verifiable Credentials 2.0, then Open Badges 3.0. */
  public static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final CompletionEvaluator evaluator;

  private OpenBadgesWriter(CompletionEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * The writer that evaluates each cycle with its own criteria ({@link CompletionEvaluator#defaults()}).
   *
   * @return the writer, not null
   */
  public static OpenBadgesWriter defaults() {
    return of(CompletionEvaluator.defaults());
  }

  /**
   * The writer that evaluates completion with an evaluator of one's own (other criteria, another
   * length of a day).
   *
   * @param evaluator the evaluator, not null
   * @return the writer, not null
   */
  public static OpenBadgesWriter of(CompletionEvaluator evaluator) {
    return new OpenBadgesWriter(Objects.requireNonNull(evaluator, "evaluator"));
  }

  /**
   * Writes the credentials of a cycle's participants as of a date.
   *
   * @param programme the programme, for its porteur, not null
   * @param cycle the cycle, not null
   * @param asOf the day of the evaluation, which is the credentials' {@code validFrom}, not null
   * @return the credentials, and the participants without one, not null
   */
  public OpenBadgesExport write(Programme programme, Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    CompletionReport report = evaluator.evaluate(cycle, asOf);
    Map<String, String> credentials = new LinkedHashMap<>();
    List<String> sans = new ArrayList<>();
    for (CompletionResult result : report.getParticipants()) {
      if (result.status() == CompletionStatus.TERMINE) {
        credentials.put(result.subjectId(), MAPPER.writeValueAsString(credential(programme, cycle, asOf, result)));
      } else {
        sans.add(result.subjectId());
      }
    }
    return new OpenBadgesExport(credentials, sans);
  }

  private static ObjectNode credential(Programme programme, Cycle cycle, LocalDate asOf, CompletionResult result) {
    ZoneId zone = cycle.getFuseau();
    String achievementId = "urn:plateformcoop:achievement:" + cycle.getId();
    ObjectNode credential = MAPPER.createObjectNode();
    ArrayNode contexte = credential.putArray("@context");
    CONTEXT.forEach(contexte::add);
    credential.put("id", "urn:plateformcoop:credential:" + cycle.getId() + ":" + result.subjectId());
    credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
    credential.put("name", cycle.getModele().getIntitule());
    ObjectNode emetteur = credential.putObject("issuer");
    emetteur.put("id", "urn:plateformcoop:organisation:" + programme.getPorteur().getId());
    emetteur.putArray("type").add("Profile");
    emetteur.put("name", programme.getPorteur().getNom());
    credential.put("validFrom", moment(asOf, zone));

    ObjectNode sujet = credential.putObject("credentialSubject");
    sujet.put("id", "urn:plateformcoop:participant:" + cycle.getId() + ":" + result.subjectId());
    sujet.putArray("type").add("AchievementSubject");
    if (!result.datesAttended().isEmpty()) {
      sujet.put("activityStartDate", moment(result.datesAttended().get(0), zone));
      sujet.put("activityEndDate", moment(result.datesAttended().get(result.datesAttended().size() - 1), zone));
    }
    ObjectNode achievement = sujet.putObject("achievement");
    achievement.put("id", achievementId);
    achievement.putArray("type").add("Achievement");
    achievement.put("achievementType", "CertificateOfCompletion");
    achievement.put("name", cycle.getModele().getIntitule());
    achievement.put("description", texte("openbadges.description", "cycle", cycle.getModele().getIntitule()));
    achievement.putObject("criteria").put("narrative", narrative(result));
    achievement.put("inLanguage", "fr");
    ArrayNode descriptions = achievement.putArray("resultDescription");
    ObjectNode statut = descriptions.addObject();
    statut.put("id", achievementId + ":statut");
    statut.putArray("type").add("ResultDescription");
    statut.put("name", texte("openbadges.statut"));
    statut.put("resultType", "Status");
    ObjectNode heures = descriptions.addObject();
    heures.put("id", achievementId + ":heures");
    heures.putArray("type").add("ResultDescription");
    heures.put("name", texte("openbadges.heures"));
    heures.put("resultType", "ext:Hours");

    ArrayNode resultats = sujet.putArray("result");
    ObjectNode termine = resultats.addObject();
    termine.putArray("type").add("Result");
    termine.put("resultDescription", achievementId + ":statut");
    termine.put("status", "Completed");
    ObjectNode suivies = resultats.addObject();
    suivies.putArray("type").add("Result");
    suivies.put("resultDescription", achievementId + ":heures");
    suivies.put("value", heures(result.hoursAttended()));
    return credential;
  }

  /** The criteria that apply to the person, as a Markdown list, in French. */
  private static String narrative(CompletionResult result) {
    StringBuilder texte = new StringBuilder();
    for (CompletionResult.CriterionOutcome critere : result.criteria()) {
      if (texte.length() > 0) {
        texte.append("\n\n");
      }
      texte.append(texte("openbadges.critere", "critere", critere.label()));
      liste(critere.result(), 0, texte);
    }
    return texte.toString();
  }

  private static void liste(CriterionResult critere, int profondeur, StringBuilder texte) {
    texte.append('\n').append("  ".repeat(profondeur)).append("- ").append(critere.getLabel().render(Locale.FRENCH));
    for (CriterionResult enfant : critere.getChildren()) {
      liste(enfant, profondeur + 1, texte);
    }
  }

  /** Hours as a decimal number, to the hundredth: 90 minutes are "1.5", 10 minutes "0.17". */
  static String heures(Duration duree) {
    return BigDecimal.valueOf(duree.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }

  private static String moment(LocalDate jour, ZoneId zone) {
    return jour.atStartOfDay(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String texte(String key, Object... arguments) {
    return InteropMessages.message(key, arguments).render(Locale.FRENCH);
  }
}
