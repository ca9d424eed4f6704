package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.model.json.JsonDocument;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code convert FILE -o OUT}: a document of any version the library reads, written in the current one. */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class Convert implements Callable<Integer> {

  @ParentCommand
  PlateformCoopCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "document")
  Path fichier;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT")
  Path sortie;

  @Option(names = "--compact")
  boolean compact;

  @Override
  public Integer call() {
    Texts textes = Texts.of(parent.locale());
    JsonDocument<?> document;
    try {
      document = Documents.read(fichier, textes);
    } catch (Documents.Unusable e) {
      return Documents.unusable(spec, e.getMessage());
    }
    return Documents.ecrire(document.value(), sortie, compact, spec, textes);
  }
}
