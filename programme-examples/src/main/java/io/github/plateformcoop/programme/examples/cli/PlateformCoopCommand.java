package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.examples.PlateformCoop;
import io.github.plateformcoop.programme.examples.PlateformCoopIllustratif;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.rules.RuleCatalog;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import io.github.plateformcoop.programme.rules.Violation;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code plateformcoop} command: with no subcommand, the PlateformCoop example described and
 * validated.
 */
@Command(
    name = "plateformcoop",
    mixinStandardHelpOptions = true,
    versionProvider = PlateformCoopCommand.Version.class)
public final class PlateformCoopCommand implements Callable<Integer> {

  /** The day after the PlateformCoop 2022-2023 cycle, whose last announced month is June 2023. */
  static final java.time.LocalDate APRES_LE_CYCLE = java.time.LocalDate.of(2023, 7, 1);

  /** Exit code when no error was found. */
  public static final int EXIT_OK = 0;
  /** Exit code when the rules found errors. */
  public static final int EXIT_ERRORS = 1;
  /** Exit code when an input or an argument is unusable. */
  public static final int EXIT_UNUSABLE = 2;

  @Spec
  CommandSpec spec;

  @Option(names = {"-l", "--lang"}, defaultValue = "fr", paramLabel = "LANG")
  String langue;

  /** The subcommands, by name, in the order of the help; each is built only when the arguments may need it. */
  private static final Map<String, Supplier<Object>> SOUS_COMMANDES = sousCommandes();

  private static Map<String, Supplier<Object>> sousCommandes() {
    Map<String, Supplier<Object>> commandes = new LinkedHashMap<>();
    commandes.put("validate", Validate::new);
    commandes.put("completion", Completion::new);
    commandes.put("convert", Convert::new);
    commandes.put("plan", Planning::new);
    commandes.put("export", Export::new);
    commandes.put("rules", Rules::new);
    commandes.put("schema", Schema::new);
    commandes.put("example", Example::new);
    commandes.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(commandes);
  }

  /**
   * The command line for these arguments, with its exit codes and error handling: a user never
   * sees a stack trace. Its help is in the language {@code --lang} asks for among the arguments.
   *
   * <p>Building a subcommand's model costs start-up time: the command line holds only the
   * subcommand the arguments name, none when they name none and ask only for a language (the
   * PlateformCoop example), and all of them otherwise (help, an unknown word, {@code help}).
   *
   * @param args the arguments it is about to run with, not null
   * @return the command line, not null
   */
  public static CommandLine commandLine(String... args) {
    Texts textes = Texts.of(Locale.forLanguageTag(langueDemandee(args)));
    CommandLine commandLine = new CommandLine(new PlateformCoopCommand());
    for (String nom : sousCommandesNecessaires(args)) {
      commandLine.addSubcommand(nom, SOUS_COMMANDES.get(nom).get());
    }
    commandLine.setResourceBundle(textes.help());
    commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
      cl.getErr().println(cl.getColorScheme().errorText(textes.get("erreur", exception.getMessage())));
      return EXIT_UNUSABLE;
    });
    commandLine.setExitCodeExceptionMapper(exception -> EXIT_UNUSABLE);
    return commandLine;
  }

  Locale locale() {
    if (!langue.equals("fr") && !langue.equals("en")) {
      throw new CommandLine.ParameterException(spec.commandLine(), Texts.of(Locale.FRENCH).get("erreur.lang", langue));
    }
    return Locale.forLanguageTag(langue);
  }

  /**
   * The subcommands the arguments may need: the one the first word after the language names (but
   * {@code help}, which needs them all), none when there is no word after the language, all of
   * them otherwise.
   */
  static List<String> sousCommandesNecessaires(String... args) {
    int i = 0;
    while (i < args.length && (args[i].equals("--lang") || args[i].equals("-l") || args[i].startsWith("--lang="))) {
      i += args[i].startsWith("--lang=") ? 1 : 2;
    }
    if (i >= args.length) {
      return List.of();
    }
    if (SOUS_COMMANDES.containsKey(args[i]) && !args[i].equals("help")) {
      return List.of(args[i]);
    }
    return List.copyOf(SOUS_COMMANDES.keySet());
  }

  /** The value of {@code --lang} (or {@code -l}) among arguments not yet parsed; fr when there is none. */
  static String langueDemandee(String... args) {
    for (int i = 0; i < args.length; i++) {
      if ((args[i].equals("--lang") || args[i].equals("-l")) && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--lang=")) {
        return args[i].substring("--lang=".length());
      }
    }
    return "fr";
  }

  @Override
  public Integer call() {
    return exemple(locale(), spec.commandLine().getOut(), spec.commandLine().getColorScheme().ansi());
  }

  /**
   * The PlateformCoop example described and validated, and the completion of its illustrative
   * version: what the command does with no subcommand.
   *
   * @param locale the language of the output
   * @param out where to write
   * @param ansi whether to colour the severities
   * @return {@link #EXIT_OK}, or {@link #EXIT_ERRORS} if the rules found errors
   */
  static int exemple(Locale locale, PrintWriter out, Ansi ansi) {
    Texts textes = Texts.of(locale);
    Programme programme = PlateformCoop.programme();
    Summary resume = new Summary(textes, out);
    resume.programme(programme);
    int code = EXIT_OK;
    for (Cycle cycle : programme.getCycles()) {
      resume.cycle(cycle);
      ValidationReport report = RuleSet.defaults().validate(cycle);
      print(report, textes, out, ansi);
      code = Math.max(code, report.isValid() ? EXIT_OK : EXIT_ERRORS);
      out.println();
      if (cycle.getPresences().isEmpty()) {
        out.println(textes.get("sans-emargement"));
      }
    }
    // The sources give no attendance: the completion table is shown on the illustrative version, labelled as such.
    Cycle illustratif = PlateformCoopIllustratif.cycle();
    out.println(textes.get("version-illustrative"));
    CompletionTable.print(Completion.evaluator(illustratif, false).evaluate(illustratif, APRES_LE_CYCLE),
        textes, out, ansi);
    out.flush();
    return code;
  }

  static void print(ValidationReport report, Texts textes, PrintWriter out, Ansi ansi) {
    out.println(textes.get("rapport", report.getErrors().size(), report.getWarnings().size(), report.getInfos().size()));
    for (Violation v : report.getViolations()) {
      String severite = textes.get("severite." + v.getSeverity().name());
      String style = switch (v.getSeverity()) {
        case ERROR -> "bold,red";
        case WARNING -> "yellow";
        case INFO -> "cyan";
      };
      out.println("  " + ansi.string("@|" + style + " " + severite + "|@") + " " + v.getCode()
          + (v.getPath().isEmpty() ? "" : " @ " + v.getPath()));
      out.println("      " + v.render(textes.locale()));
    }
  }

  /** Prints the version of the project from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() {
      String version = PlateformCoopCommand.class.getPackage().getImplementationVersion();
      return new String[] {"plateformcoop " + (version == null ? spec.resourceBundle().getString("version.developpement") : version)};
    }
  }

  /** {@code rules}: the catalogue of the built-in rules. */
  @Command(name = "rules", mixinStandardHelpOptions = true)
  static final class Rules implements Callable<Integer> {
    @ParentCommand
    PlateformCoopCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--markdown")
    boolean markdown;

    @Override
    public Integer call() {
      Locale locale = parent.locale();
      PrintWriter out = spec.commandLine().getOut();
      out.print(markdown ? RuleCatalog.markdown(RuleSet.defaults(), locale) : RuleCatalog.text(RuleSet.defaults(), locale));
      out.flush();
      return EXIT_OK;
    }
  }
}
