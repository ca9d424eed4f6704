package io.github.plateformcoop.programme.examples.cli;

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
      code = PlateformCoopCommand.commandLine(args).execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Even then, a command-line user gets a sentence and the exit code of an unusable input.
      Texts textes = Texts.of(java.util.Locale.forLanguageTag(PlateformCoopCommand.langueDemandee(args)));
      System.err.println(textes.get("erreur", textes.get(e instanceof OutOfMemoryError ? "erreur.memoire" : "erreur.pile")));
      code = PlateformCoopCommand.EXIT_UNUSABLE;
    }
    System.exit(code);
  }
}
