package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.completion.CompletionReport;
import io.github.plateformcoop.programme.rules.completion.CompletionResult;
import io.github.plateformcoop.programme.rules.completion.CriterionResult;
import io.github.plateformcoop.programme.rules.completion.Measure;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Help.Ansi;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The completion of a cycle as a table for a reader, or as Json.MAPPER. */
final class CompletionTable {

  /** The mapper of the JSON form, built when a JSON form is first asked for: a table printed as text never needs it. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  private CompletionTable() {}

  static void print(CompletionReport evaluation, Texts textes, PrintWriter out, Ansi ansi) {
    out.println(textes.get("completion", evaluation.getAsOf(),
        textes.get(evaluation.isCycleOver() ? "cycle-termine" : "cycle-en-cours")));
    section(textes.get("participants"), evaluation.getParticipants(), textes, out, ansi);
    section(textes.get("collectivites"), evaluation.getCollectivites(), textes, out, ansi);
  }

  private static void section(String titre, List<CompletionResult> bilans, Texts textes, PrintWriter out, Ansi ansi) {
    out.println("  " + titre);
    if (bilans.isEmpty()) {
      out.println("    " + textes.get("aucun"));
    }
    for (CompletionResult b : bilans) {
      String style = switch (b.status()) {
        case TERMINE -> "green";
        case NON_TERMINE -> "red";
        default -> "yellow";
      };
      out.println("    " + b.subjectId() + " (" + b.name() + ") " + ansi.string("@|" + style + " "
          + textes.get("statut." + b.status().name()) + "|@") + ", " + hours(b.hoursAttended())
          + b.firstDate().map(d -> ", " + d + " → " + b.lastDate().orElseThrow()).orElse(""));
      for (CompletionResult.CriterionOutcome c : b.criteria()) {
        printResult(c.label(), c.result(), "      ", out, textes.locale());
      }
      for (Message alerte : b.alerts()) {
        out.println("      " + ansi.string("@|yellow ! " + alerte.render(textes.locale()).replace("|@", "| @") + "|@"));
      }
    }
  }

  private static void printResult(String titre, CriterionResult r, String marge, PrintWriter out, Locale locale) {
    out.println(marge + (r.isMet() ? "[x] " : r.isReachable() ? "[ ] " : "[-] ") + titre
        + r.getDetail().map(d -> " : " + d.render(locale)).orElse(""));
    for (CriterionResult enfant : r.getChildren()) {
      printResult(enfant.getLabel().render(locale), enfant, marge + "  ", out, locale);
    }
  }

  static String hours(Duration duree) {
    long minutes = duree.toMinutes();
    return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + (minutes % 60 < 10 ? "0" : "") + minutes % 60);
  }

  static String json(List<CompletionReport> evaluations, Locale locale) {
    ArrayNode racine = Json.MAPPER.createArrayNode();
    for (CompletionReport e : evaluations) {
      ObjectNode n = racine.addObject();
      n.put("cycleId", e.getCycleId());
      n.put("asOf", e.getAsOf().toString());
      n.put("cycleOver", e.isCycleOver());
      ArrayNode bilans = n.putArray("bilans");
      for (CompletionResult b : e.getResults()) {
        ObjectNode bn = bilans.addObject();
        bn.put("scope", b.portee().name());
        bn.put("id", b.subjectId());
        bn.put("name", b.name());
        bn.put("status", b.status().name());
        bn.put("hoursAttended", b.hoursAttended().toString());
        ArrayNode dates = bn.putArray("datesAttended");
        b.datesAttended().forEach(d -> dates.add(d.toString()));
        ArrayNode criteres = bn.putArray("criteria");
        for (CompletionResult.CriterionOutcome c : b.criteria()) {
          ObjectNode cn = criteres.addObject();
          cn.put("id", c.id());
          cn.put("name", c.label());
          cn.set("result", resultJson(c.result(), locale));
        }
        ArrayNode alertes = bn.putArray("warnings");
        b.alerts().forEach(a -> alertes.add(a.render(locale)));
      }
    }
    return Json.MAPPER.writeValueAsString(racine.size() == 1 ? racine.get(0) : racine);
  }

  private static ObjectNode resultJson(CriterionResult r, Locale locale) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("criterion", r.getLabel().render(locale));
    n.put("met", r.isMet());
    n.put("reachable", r.isReachable());
    n.put("detail", r.getDetail().map(d -> d.render(locale)).orElse(""));
    if (r.getMeasure().isPresent()) {
      Measure m = r.getMeasure().get();
      ObjectNode mn = n.putObject("measure");
      mn.put("unit", m.unite().name());
      mn.put("attended", m.attended());
      mn.put("held", m.held());
      mn.put("planned", m.planned());
      mn.put("required", m.required());
    }
    ArrayNode enfants = n.putArray("children");
    r.getChildren().forEach(e -> enfants.add(resultJson(e, locale)));
    return n;
  }
}
