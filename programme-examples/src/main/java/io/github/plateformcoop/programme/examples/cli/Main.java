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
    System.exit(PlateformCoopCommand.commandLine(args).execute(args));
  }
}
