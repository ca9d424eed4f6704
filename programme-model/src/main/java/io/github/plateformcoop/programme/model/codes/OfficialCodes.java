package io.github.plateformcoop.programme.model.codes;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks and derivations of the official French identifiers the model carries: SIREN, SIRET,
 * INSEE commune codes and département codes.
 *
 * <p>These are the functions behind the Jakarta constraints of
 * {@code io.github.plateformcoop.programme.model.constraints}; they are public so that rules
 * and applications use the very same definitions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OfficialCodes {

  /** SIREN of La Poste, whose SIRETs follow their own key (sum of digits multiple of 5). */
  public static final String SIREN_LA_POSTE = "356000000";

  private static final Pattern SIREN = Pattern.compile("[0-9]{9}");
  private static final Pattern SIRET = Pattern.compile("[0-9]{14}");
  private static final Pattern INSEE_METROPOLE = Pattern.compile("(0[1-9]|1[0-9]|[3-8][0-9]|9[0-5]|2[1-9])[0-9]{3}");
  private static final Pattern INSEE_CORSE = Pattern.compile("2[AB][0-9]{3}");
  private static final Pattern INSEE_OUTRE_MER = Pattern.compile("(97[1-8]|98[4-8])[0-9]{2}");
  private static final Pattern DEPARTEMENT = Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46]");

  private OfficialCodes() {}

  /**
   * Tells whether a text is a valid SIREN: nine ASCII digits with a valid Luhn key.
   *
   * @param siren the text to check, not null
   * @return true if valid
   */
  public static boolean isValidSiren(CharSequence siren) {
    Objects.requireNonNull(siren, "siren");
    return SIREN.matcher(siren).matches() && luhnValide(siren);
  }

  /**
   * Tells whether a text is a valid SIRET: fourteen ASCII digits with a valid Luhn key or, for
   * La Poste's establishments, a digit sum that is a multiple of 5.
   *
   * @param siret the text to check, not null
   * @return true if valid
   */
  public static boolean isValidSiret(CharSequence siret) {
    Objects.requireNonNull(siret, "siret");
    if (!SIRET.matcher(siret).matches()) {
      return false;
    }
    if (luhnValide(siret)) {
      return true;
    }
    return siret.toString().startsWith(SIREN_LA_POSTE) && sommeDesChiffres(siret) % 5 == 0;
  }

  /**
   * Tells whether a text is an INSEE commune code (code officiel géographique).
   *
   * @param code the text to check, not null
   * @return true if it has the form of a commune code and its commune number is not zero
   */
  public static boolean isValidCodeInseeCommune(CharSequence code) {
    Objects.requireNonNull(code, "code");
    String texte = code.toString();
    boolean forme = INSEE_METROPOLE.matcher(texte).matches()
        || INSEE_CORSE.matcher(texte).matches()
        || INSEE_OUTRE_MER.matcher(texte).matches();
    return forme && !numeroDeCommune(texte).chars().allMatch(c -> c == '0');
  }

  /**
   * Tells whether a text is the code of a département (metropolitan, Corsican or overseas).
   *
   * @param code the text to check, not null
   * @return true if valid
   */
  public static boolean isValidCodeDepartement(CharSequence code) {
    Objects.requireNonNull(code, "code");
    return DEPARTEMENT.matcher(code).matches();
  }

  /**
   * Gives the département (or overseas collectivité) part of a commune's INSEE code:
   * {@code 59} for {@code 59350}, {@code 2A} for {@code 2A004}, {@code 974} for {@code 97411}.
   *
   * @param codeInsee a valid INSEE commune code, not null
   * @return the département code, not null
   * @throws IllegalArgumentException if the code is not a valid INSEE commune code
   */
  public static String departementOfCodeInsee(String codeInsee) {
    exigerCodeInsee(codeInsee);
    return codeInsee.startsWith("97") || codeInsee.startsWith("98")
        ? codeInsee.substring(0, 3)
        : codeInsee.substring(0, 2);
  }

  /**
   * Gives the SIREN a commune has by construction: {@code 21}, the département of its INSEE code
   * (Corsica's {@code 2A}/{@code 2B} written {@code 20}), the commune number padded with zeros
   * to six digits in all, and the Luhn key. Lille ({@code 59350}) gives {@code 21 59 0350 1};
   * Saint-Denis de La Réunion ({@code 97411}) gives {@code 21 974 011 5}.
   *
   * @param codeInsee a valid INSEE commune code, not null
   * @return the expected SIREN, not null
   * @throws IllegalArgumentException if the code is not a valid INSEE commune code
   */
  public static String expectedSirenOfCommune(String codeInsee) {
    exigerCodeInsee(codeInsee);
    String departement = departementOfCodeInsee(codeInsee).replace("2A", "20").replace("2B", "20");
    String numero = numeroDeCommune(codeInsee);
    String sansCle = "21" + departement + "0".repeat(6 - departement.length() - numero.length()) + numero;
    return sansCle + luhnKey(sansCle);
  }

  /**
   * Gives the département encoded in the SIREN of an older EPCI (groupement), which starts with
   * {@code 24} followed by the département: CA d'Hénin-Carvin {@code 246200299} gives {@code 62}.
   * Newer EPCIs, whose SIREN starts with {@code 200}, encode no département.
   *
   * @param siren a SIREN, not null
   * @return the département, or empty when the SIREN encodes none
   */
  public static Optional<String> departementOfEpciSiren(String siren) {
    Objects.requireNonNull(siren, "siren");
    if (!SIREN.matcher(siren).matches() || !siren.startsWith("24")) {
      return Optional.empty();
    }
    String departement = siren.substring(2, 4);
    return isValidCodeDepartement(departement) ? Optional.of(departement) : Optional.empty();
  }

  /**
   * Computes the Luhn key digit to append to a string of digits.
   *
   * @param chiffres ASCII digits, not null
   * @return the key digit, from 0 to 9
   * @throws IllegalArgumentException if the text holds anything but ASCII digits
   */
  public static int luhnKey(CharSequence chiffres) {
    Objects.requireNonNull(chiffres, "chiffres");
    int somme = sommeDeLuhn(chiffres, true);
    return (10 - somme % 10) % 10;
  }

  private static boolean luhnValide(CharSequence chiffres) {
    return sommeDeLuhn(chiffres, false) % 10 == 0;
  }

  /** Luhn sum, doubling every second digit from the right (from the rightmost one when it has no key yet). */
  private static int sommeDeLuhn(CharSequence chiffres, boolean doublerLeDernier) {
    int somme = 0;
    boolean doubler = doublerLeDernier;
    for (int i = chiffres.length() - 1; i >= 0; i--) {
      int chiffre = chiffre(chiffres.charAt(i));
      if (doubler) {
        chiffre *= 2;
        if (chiffre > 9) {
          chiffre -= 9;
        }
      }
      somme += chiffre;
      doubler = !doubler;
    }
    return somme;
  }

  private static int sommeDesChiffres(CharSequence chiffres) {
    int somme = 0;
    for (int i = 0; i < chiffres.length(); i++) {
      somme += chiffre(chiffres.charAt(i));
    }
    return somme;
  }

  private static int chiffre(char c) {
    if (c < '0' || c > '9') {
      throw new IllegalArgumentException("not an ASCII digit: '" + c + "'");
    }
    return c - '0';
  }

  private static String numeroDeCommune(String code) {
    return code.startsWith("97") || code.startsWith("98") ? code.substring(3) : code.substring(2);
  }

  private static void exigerCodeInsee(String codeInsee) {
    Objects.requireNonNull(codeInsee, "codeInsee");
    if (!isValidCodeInseeCommune(codeInsee)) {
      throw new IllegalArgumentException("not an INSEE commune code: '" + codeInsee + "'");
    }
  }
}
