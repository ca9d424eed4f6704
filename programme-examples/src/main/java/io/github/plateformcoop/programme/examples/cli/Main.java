package io.github.plateformcoop.programme.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import picocli.CommandLine;

/** Runs the {@code plateformcoop} command line and exits with its code. */
public final class Main {

  /** Kept so that the level set below stays set: the validator's start-up notice is not for a command-line user. */
  private static final java.util.logging.Logger VALIDATEUR = java.util.logging.Logger.getLogger("org.hibernate.validator");

  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    VALIDATEUR.setLevel(java.util.logging.Level.WARNING);
    int code;
    try {
      code = args.length == 0 ? sansArgument() : PlateformCoopCommand.commandLine(args).execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Even then, a command-line user gets a sentence and the exit code of an unusable input.
      Texts textes = Texts.of(Locale.forLanguageTag(PlateformCoopCommand.langueDemandee(args)));
      System.err.println(textes.get("erreur", textes.get(e instanceof OutOfMemoryError ? "erreur.memoire" : "erreur.pile")));
      code = PlateformCoopCommand.EXIT_UNUSABLE;
    }
    System.exit(code);
  }

  /**
   * With no argument there is nothing to parse: the example runs without the model of the
   * command line, whose building is a fifth of the start. Same output, same exit codes, same
   * handling of an error as the command line's.
   */
  private static int sansArgument() {
    String encodage = System.getProperty("sun.stdout.encoding");
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out,
        encodage == null ? Charset.defaultCharset() : Charset.forName(encodage)), true);
    try {
      return PlateformCoopCommand.exemple(Locale.FRENCH, out, CommandLine.Help.Ansi.AUTO);
    } catch (RuntimeException e) {
      String texte = Texts.of(Locale.FRENCH).get("erreur", e.getMessage());
      System.err.println(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.AUTO).errorText(texte));
      return PlateformCoopCommand.EXIT_UNUSABLE;
    }
  }
}
