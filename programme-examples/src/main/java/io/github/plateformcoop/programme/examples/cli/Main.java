package io.github.plateformcoop.programme.examples.cli;

/** Runs the {@code plateformcoop} command line and exits with its code. */
public final class Main {

  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(PlateformCoopCommand.commandLine().execute(args));
  }
}
