package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code schema}: the JSON Schema of the exchange format. */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class Schema implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ProgrammeJson.schema());
    spec.commandLine().getOut().flush();
    return PlateformCoopCommand.EXIT_OK;
  }
}
