package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.rules.completion.BilanDeCompletion;
import io.github.plateformcoop.programme.rules.completion.EvaluationDeCompletion;
import io.github.plateformcoop.programme.rules.completion.Mesure;
import io.github.plateformcoop.programme.rules.completion.ResultatDeCritere;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Help.Ansi;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The completion of a cycle as a table for a reader, or as JSON. */
final class TableauDeCompletion {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private TableauDeCompletion() {}

  static void imprimer(EvaluationDeCompletion evaluation, Textes textes, PrintWriter out, Ansi ansi) {
    out.println(textes.get("completion", evaluation.auJour(),
        textes.get(evaluation.termine() ? "cycle-termine" : "cycle-en-cours")));
    section(textes.get("participants"), evaluation.participants(), textes, out, ansi);
    section(textes.get("collectivites"), evaluation.collectivites(), textes, out, ansi);
  }

  private static void section(String titre, List<BilanDeCompletion> bilans, Textes textes, PrintWriter out, Ansi ansi) {
    out.println("  " + titre);
    if (bilans.isEmpty()) {
      out.println("    " + textes.get("aucun"));
    }
    for (BilanDeCompletion b : bilans) {
      String style = switch (b.statut()) {
        case TERMINE -> "green";
        case NON_TERMINE -> "red";
        default -> "yellow";
      };
      out.println("    " + b.sujetId() + " (" + b.nom() + ") " + ansi.string("@|" + style + " "
          + textes.get("statut." + b.statut().name()) + "|@") + ", " + heures(b.heuresSuivies())
          + b.premiereDate().map(d -> ", " + d + " → " + b.derniereDate().orElseThrow()).orElse(""));
      for (BilanDeCompletion.Critere c : b.criteres()) {
        resultat(c.intitule(), c.resultat(), "      ", out);
      }
      for (String alerte : b.alertes()) {
        out.println("      " + ansi.string("@|yellow ! " + alerte.replace("|@", "| @") + "|@"));
      }
    }
  }

  private static void resultat(String titre, ResultatDeCritere r, String marge, PrintWriter out) {
    String detail = r.detail();
    out.println(marge + (r.satisfait() ? "[x] " : r.atteignable() ? "[ ] " : "[-] ") + titre
        + (detail.isEmpty() ? "" : " : " + detail));
    for (ResultatDeCritere enfant : r.enfants()) {
      resultat(enfant.critere(), enfant, marge + "  ", out);
    }
  }

  static String heures(Duration duree) {
    long minutes = duree.toMinutes();
    return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + (minutes % 60 < 10 ? "0" : "") + minutes % 60);
  }

  static String json(List<EvaluationDeCompletion> evaluations) {
    ArrayNode racine = JSON.createArrayNode();
    for (EvaluationDeCompletion e : evaluations) {
      ObjectNode n = racine.addObject();
      n.put("cycleId", e.cycleId());
      n.put("asOf", e.auJour().toString());
      n.put("cycleOver", e.termine());
      ArrayNode bilans = n.putArray("bilans");
      for (BilanDeCompletion b : e.bilans()) {
        ObjectNode bn = bilans.addObject();
        bn.put("scope", b.portee().name());
        bn.put("id", b.sujetId());
        bn.put("name", b.nom());
        bn.put("status", b.statut().name());
        bn.put("hoursAttended", b.heuresSuivies().toString());
        ArrayNode dates = bn.putArray("datesAttended");
        b.datesSuivies().forEach(d -> dates.add(d.toString()));
        ArrayNode criteres = bn.putArray("criteria");
        for (BilanDeCompletion.Critere c : b.criteres()) {
          ObjectNode cn = criteres.addObject();
          cn.put("id", c.id());
          cn.put("name", c.intitule());
          cn.set("result", resultatJson(c.resultat()));
        }
        ArrayNode alertes = bn.putArray("warnings");
        b.alertes().forEach(alertes::add);
      }
    }
    return JSON.writeValueAsString(racine.size() == 1 ? racine.get(0) : racine);
  }

  private static ObjectNode resultatJson(ResultatDeCritere r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("criterion", r.critere());
    n.put("met", r.satisfait());
    n.put("reachable", r.atteignable());
    n.put("detail", r.detail());
    if (r.mesure().isPresent()) {
      Mesure m = r.mesure().get();
      ObjectNode mn = n.putObject("measure");
      mn.put("unit", m.unite().name());
      mn.put("attended", m.suivies());
      mn.put("held", m.tenues());
      mn.put("planned", m.planifiees());
      mn.put("required", m.requises());
    }
    ArrayNode enfants = n.putArray("children");
    r.enfants().forEach(e -> enfants.add(resultatJson(e)));
    return n;
  }
}
