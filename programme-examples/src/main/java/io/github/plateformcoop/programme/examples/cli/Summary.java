package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.NombreAnnonce;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;

/** The summary of a cycle for a reader: who carries it, for whom, its briques, who takes part. */
final class Summary {

  private final Texts textes;
  private final PrintWriter out;

  Summary(Texts textes, PrintWriter out) {
    this.textes = textes;
    this.out = out;
  }

  void programme(Programme programme) {
    out.println(textes.get("programme", programme.getNom(), programme.getPorteur().getNom()));
    programme.getObjectif().ifPresent(o -> out.println("  " + o));
    programme.getEssaimage().ifPresent(e -> out.println("  " + e));
    out.println();
  }

  void cycle(Cycle cycle) {
    out.println(textes.get("cycle", cycle.getIntitule(), cycle.getId()));
    cycle.getTerritoire().ifPresent(t -> out.println(textes.get("territoire", t)));
    cycle.getPremiereJournee().ifPresent(j -> out.println(textes.get("premiere-journee", j.getDate())));
    PublicCible cible = cycle.getModele().getPublicCible();
    out.println(textes.get("public-cible",
        String.join(", ", cible.getDepartements()),
        cible.getFamilles().stream().map(f -> f.getLibelle()).collect(Collectors.joining(", ")),
        cible.getRoles().stream().map(r -> r.getLibelle()).collect(Collectors.joining(", "))));
    if (!cycle.getModele().getVolets().isEmpty()) {
      out.println(textes.get("volets", cycle.getModele().getVolets().stream()
          .map(v -> v.getIntitule()).collect(Collectors.joining(" ; "))));
    }
    out.println();
    out.println(textes.get("briques"));
    for (Brique brique : cycle.getBriques()) {
      Optional<ModeleDeBrique> modele = cycle.getModele().findBrique(brique.getId());
      long datees = brique.getSeances().stream().filter(Seance::isDated).count();
      out.println("  - " + textes.get("brique",
          modele.map(ModeleDeBrique::getIntitule).orElse(brique.getId()),
          modele.map(m -> String.valueOf(m.getNombreDeSeances())).orElse("?"),
          modele.map(m -> format(m.getFormat())).orElse("?"),
          brique.getPeriodeAnnoncee().map(p -> p.getDebut() + " → " + p.getFin()).orElse("?"),
          datees, brique.getSeances().size()));
    }
    out.println();
    out.println(textes.get("leviers", cycle.getModele().getLeviers().size(), annonces(cycle.getModele().getLeviersAnnonces())));
    cycle.getModele().getLeviers().forEach(l -> out.println("  - " + l.getIntitule()));
    out.println();
    out.println(textes.get("engagees", cycle.engagements(StatutDEngagement.ENGAGEE).size(), annonces(cycle.getEngagementsAnnonces())));
    for (Engagement engagement : cycle.engagements(StatutDEngagement.ENGAGEE)) {
      Optional<Collectivite> c = cycle.findCollectivite(engagement.getCollectiviteId());
      out.println("  - " + c.map(x -> textes.get("collectivite", x.getNom(), x.getType().getLibelle(),
          x.getDepartement().orElse("?"))).orElse(engagement.getCollectiviteId()));
    }
    out.println(textes.get("intervenants", cycle.getIntervenants().stream()
        .map(i -> i.getSigle().orElse(i.getNom())).collect(Collectors.joining(", "))));
    out.println(textes.get("livrables", cycle.getLivrables().stream()
        .map(l -> l.getIntitule()).collect(Collectors.joining(", "))));
    out.println();
  }

  private String format(FormatDeSeance format) {
    if (format.getDuree().isPresent()) {
      Duration duree = format.getDuree().get();
      return textes.get("format-duree", duree.toMinutesPart() == 0 ? duree.toHours() + " h" : duree.toMinutes() + " min");
    }
    return textes.get("format-journee");
  }

  private String annonces(java.util.List<NombreAnnonce> annonces) {
    if (annonces.isEmpty()) {
      return "";
    }
    return annonces.stream()
        .map(a -> textes.get("annonce", a.getNombre(), a.getProvenance().getDocument())
            + (a.getReponsesAttendues().orElse(false) ? textes.get("reponses-attendues") : ""))
        .collect(Collectors.joining("; ", " (", ")"));
  }
}
