package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.interop.IcsExport;
import io.github.plateformcoop.programme.interop.IcsWriter;
import io.github.plateformcoop.programme.interop.JsonLdExport;
import io.github.plateformcoop.programme.interop.JsonLdWriter;
import io.github.plateformcoop.programme.interop.OpenBadgesExport;
import io.github.plateformcoop.programme.interop.OpenBadgesWriter;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.JsonDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE --format ical|jsonld|openbadges [--cycle ID] [--participant ID] [--as-of DATE] [-o OUT]}:
 * a cycle in a format other tools read.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class Export implements Callable<Integer> {

  @ParentCommand
  PlateformCoopCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "document")
  Path fichier;

  @Option(names = "--format", required = true, paramLabel = "FORMAT")
  String format;

  @Option(names = "--cycle", paramLabel = "ID")
  String cycleId;

  @Option(names = "--participant", paramLabel = "ID")
  String participantId;

  @Option(names = "--as-of", paramLabel = "DATE")
  String date;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT")
  Path sortie;

  @Override
  public Integer call() {
    Texts textes = Texts.of(parent.locale());
    try {
      if (!List.of("ical", "jsonld", "openbadges").contains(format)) {
        throw new Documents.Unusable(textes.get("erreur.export-format", format), null);
      }
      JsonDocument<?> document = Documents.read(fichier, textes);
      Optional<Programme> programme = document.value() instanceof Programme p ? Optional.of(p) : Optional.empty();
      Cycle cycle = cycle(document.value(), textes);
      if (participantId != null && cycle.findParticipant(participantId).isEmpty()) {
        throw new Documents.Unusable(textes.get("erreur.participant-inconnu", participantId, cycle.getId()), null);
      }
      String texte = switch (format) {
        case "ical" -> ical(cycle, textes);
        case "jsonld" -> jsonLd(programme.orElseThrow(() -> sansPorteur(textes)), cycle, textes);
        default -> openBadges(programme.orElseThrow(() -> sansPorteur(textes)), cycle, textes);
      };
      ecrire(texte, textes);
      return PlateformCoopCommand.EXIT_OK;
    } catch (Documents.Unusable e) {
      return Documents.unusable(spec, e.getMessage());
    }
  }

  private Cycle cycle(Object valeur, Texts textes) throws Documents.Unusable {
    if (valeur instanceof Cycle cycle) {
      return cycle;
    }
    if (!(valeur instanceof Programme programme)) {
      throw new Documents.Unusable(textes.get("erreur.export-modele", fichier), null);
    }
    if (cycleId != null) {
      return programme.getCycles().stream().filter(c -> c.getId().equals(cycleId)).findFirst()
          .orElseThrow(() -> new Documents.Unusable(textes.get("erreur.cycle-inconnu", cycleId, programme.getId()), null));
    }
    if (programme.getCycles().size() != 1) {
      throw new Documents.Unusable(textes.get("erreur.cycle-a-choisir", programme.getId(), programme.getCycles().size()), null);
    }
    return programme.getCycles().get(0);
  }

  private Documents.Unusable sansPorteur(Texts textes) {
    return new Documents.Unusable(textes.get("erreur.export-programme", format), null);
  }

  private String ical(Cycle cycle, Texts textes) {
    StringWriter texte = new StringWriter();
    IcsWriter writer = IcsWriter.builder().locale(textes.locale()).build();
    IcsExport export = participantId == null ? writer.write(cycle, texte) : writer.write(cycle, participantId, texte);
    laissees(export.leftOutSeanceIds(), textes);
    return texte.toString();
  }

  private String jsonLd(Programme programme, Cycle cycle, Texts textes) {
    JsonLdExport export = JsonLdWriter.of(textes.locale()).write(programme, cycle);
    laissees(export.leftOutSeanceIds(), textes);
    return export.json() + System.lineSeparator();
  }

  private String openBadges(Programme programme, Cycle cycle, Texts textes) throws Documents.Unusable {
    LocalDate auJour;
    try {
      auJour = date == null ? LocalDate.now(cycle.getFuseau()) : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new Documents.Unusable(textes.get("erreur.date", date), e);
    }
    OpenBadgesExport export = OpenBadgesWriter.defaults().write(programme, cycle, auJour);
    if (participantId != null) {
      String credential = export.credentials().get(participantId);
      if (credential == null) {
        throw new Documents.Unusable(textes.get("erreur.sans-credential", participantId, auJour), null);
      }
      return credential + System.lineSeparator();
    }
    if (!export.withoutCredentialIds().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(textes.get("export.sans-credential", export.withoutCredentialIds().size(), auJour,
          String.join(", ", export.withoutCredentialIds())));
      err.flush();
    }
    return "[ " + String.join(", ", export.credentials().values()) + " ]" + System.lineSeparator();
  }

  private void laissees(List<String> ids, Texts textes) {
    if (!ids.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(textes.get("export.laissees", ids.size(), String.join(", ", ids)));
      err.flush();
    }
  }

  private void ecrire(String texte, Texts textes) throws Documents.Unusable {
    if (sortie == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(texte);
      out.flush();
      return;
    }
    try {
      Files.writeString(sortie, texte, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Documents.Unusable(textes.get("erreur.ecriture", sortie, String.valueOf(e.getMessage())), e);
    }
  }
}
