package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.examples.PlateformCoop;
import io.github.plateformcoop.programme.examples.PlateformCoopIllustratif;
import io.github.plateformcoop.programme.examples.RegionFictive;
import io.github.plateformcoop.programme.model.Cycle;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code example}: an example cycle, or the whole PlateformCoop programme, as a JSON document. */
@Command(name = "example", mixinStandardHelpOptions = true)
final class Example implements Callable<Integer> {

  @ParentCommand
  PlateformCoopCommand parent;

  static final String NORD_PAS_DE_CALAIS = "nord-pas-de-calais";
  static final String LORRAINE_FICTIVE = "lorraine-fictive";

  @Spec
  CommandSpec spec;

  @Option(names = "--illustrative")
  boolean illustratif;

  @Option(names = "--programme")
  boolean programme;

  @Option(names = "--region", defaultValue = NORD_PAS_DE_CALAIS, paramLabel = "NAME")
  String region;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE")
  Path sortie;

  @Option(names = "--compact")
  boolean compact;

  @Override
  public Integer call() {
    if (programme) {
      if (illustratif || !region.equals(NORD_PAS_DE_CALAIS)) {
        throw new CommandLine.ParameterException(spec.commandLine(), Texts.of(parent.locale()).get("erreur.programme"));
      }
      return ecrire(PlateformCoop.programme());
    }
    Cycle cycle;
    if (region.equals(NORD_PAS_DE_CALAIS)) {
      cycle = illustratif ? PlateformCoopIllustratif.cycle() : PlateformCoop.cycle();
    } else if (region.equals(LORRAINE_FICTIVE)) {
      if (illustratif) {
        throw new CommandLine.ParameterException(spec.commandLine(), Texts.of(parent.locale()).get("erreur.illustratif"));
      }
      cycle = RegionFictive.cycle();
    } else {
      throw new CommandLine.ParameterException(spec.commandLine(), Texts.of(parent.locale()).get("erreur.region", region));
    }
    return ecrire(cycle);
  }

  private int ecrire(Object valeur) {
    return Documents.ecrire(valeur, sortie, compact, spec, Texts.of(parent.locale()));
  }
}
