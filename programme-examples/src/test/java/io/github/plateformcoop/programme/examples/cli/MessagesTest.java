package io.github.plateformcoop.programme.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.examples.PlateformCoopIllustratif;
import io.github.plateformcoop.programme.model.internal.ModelMessages;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.model.message.Language;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.model.message.MessageBundle;
import io.github.plateformcoop.programme.rules.internal.RuleMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every text the library shows comes from one mechanism, and each language stays itself: every
 * key of every bundle exists in French and English and renders in both; no English text holds a
 * French function word, nor the reverse; one class per module reads message files, and only the
 * model's {@code Language} decides the language of a locale.
 */
class MessagesTest {

  /** Short words that belong to one language only, as whole words. */
  private static final Set<String> MOTS_FRANCAIS = Set.of("le", "la", "les", "des", "du", "une", "est", "et", "pas",
      "pour", "dans", "avec", "sur", "qui", "que", "aucun", "aucune", "sont", "ne", "au", "aux", "ou", "sans");
  private static final Set<String> MOTS_ANGLAIS = Set.of("the", "of", "and", "is", "not", "with", "for", "which",
      "from", "to", "are", "no", "or", "by", "in", "this", "has", "an");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

  private static Map<String, MessageBundle> bundles() {
    Map<String, MessageBundle> bundles = new LinkedHashMap<>();
    bundles.put("programme-model", ModelMessages.BUNDLE);
    bundles.put("programme-rules", RuleMessages.BUNDLE);
    bundles.put("programme-examples", Texts.BUNDLE);
    return bundles;
  }

  @Test
  void chaqueCleExisteDansLesDeuxLanguesEtSeRendDansLesDeux() {
    for (Map.Entry<String, MessageBundle> e : bundles().entrySet()) {
      MessageBundle bundle = e.getValue();
      assertThat(bundle.keys(Language.ENGLISH)).as(e.getKey()).isEqualTo(bundle.keys(Language.FRENCH)).isNotEmpty();
      for (String cle : bundle.keys(Language.FRENCH)) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (Language langue : Language.values()) {
          Matcher m = PLACEHOLDER.matcher(bundle.template(cle, langue).orElseThrow());
          while (m.find()) {
            arguments.put(m.group(1), "x");
          }
        }
        for (Language langue : Language.values()) {
          String texte = Message.of(bundle, cle, arguments).render(langue.getLocale());
          assertThat(texte).as(e.getKey() + " " + cle + " " + langue).isNotBlank().doesNotContain("{");
        }
      }
    }
  }

  @Test
  void aucunTexteAnglaisNaDeMotFrancaisNiLInverse() {
    List<String> fautes = new ArrayList<>();
    for (Map.Entry<String, MessageBundle> e : bundles().entrySet()) {
      for (String cle : e.getValue().keys(Language.FRENCH)) {
        String anglais = e.getValue().template(cle, Language.ENGLISH).orElseThrow();
        String francais = e.getValue().template(cle, Language.FRENCH).orElseThrow();
        motsDe(anglais, MOTS_FRANCAIS).forEach(m -> fautes.add(e.getKey() + " " + cle + " (en): '" + m + "' in " + anglais));
        motsDe(francais, MOTS_ANGLAIS).forEach(m -> fautes.add(e.getKey() + " " + cle + " (fr): '" + m + "' in " + francais));
      }
    }
    assertThat(fautes).isEmpty();
  }

  @Test
  void laListeDesMotsReconnaitChaqueLangue() {
    assertThat(motsDe("la séance n'est pas datée", MOTS_FRANCAIS)).containsExactly("la", "est", "pas");
    assertThat(motsDe("Le SIRET de La Poste, en Pas-de-Calais", MOTS_FRANCAIS)).containsExactly("le");
    assertThat(motsDe("the séance is not dated", MOTS_ANGLAIS)).containsExactly("the", "is", "not");
    assertThat(motsDe("`la` {le} « et »", MOTS_FRANCAIS)).as("code, placeholders and quoted data are not prose").isEmpty();
  }

  /**
   * The function words of a language in a text, outside code, placeholders and quotations of data.
   * A hyphenated word (Pas-de-Calais) and a capitalised one inside a sentence (La Poste) are names.
   */
  private static List<String> motsDe(String texte, Set<String> mots) {
    String prose = texte.replaceAll("`[^`]*`", " ").replaceAll("\\{[^}]*}", " ").replaceAll("«[^»]*»", " ")
        .replaceAll("'[^' ]*'", " ").replaceAll("\"[^\"]*\"", " ");
    List<String> trouves = new ArrayList<>();
    boolean debutDePhrase = true;
    for (String mot : prose.split("[^\\p{L}.:-]+")) {
      String nu = mot.replaceAll("[.:]+$", "");
      String minuscule = nu.toLowerCase(Locale.ROOT);
      if (mots.contains(minuscule) && (nu.equals(minuscule) || debutDePhrase)) {
        trouves.add(minuscule);
      }
      debutDePhrase = mot.endsWith(".") || mot.endsWith(":");
    }
    return trouves;
  }

  @Test
  void laSortieAnglaiseNAPasDePhraseFrancaiseNiLInverse(@TempDir Path dossier) throws IOException {
    Path illustratif = dossier.resolve("illustratif.json");
    ProgrammeJson.defaults().write(PlateformCoopIllustratif.cycle(), illustratif);
    Set<String> donnees = textesDesDonnees(ProgrammeJson.defaults().mapper().readTree(Files.readString(illustratif)));
    for (String commande : List.of("validate", "completion")) {
      List<String> arguments = commande.equals("completion")
          ? List.of(commande, illustratif.toString(), "--as-of", "2023-07-01") : List.of(commande, illustratif.toString());
      String anglais = PlateformCoopCommandTest.executer(Stream.concat(Stream.of("--lang", "en"), arguments.stream())
          .toArray(String[]::new)).out();
      String francais = PlateformCoopCommandTest.executer(arguments.toArray(String[]::new)).out();
      assertThat(anglais).isNotBlank().isNotEqualTo(francais);
      assertThat(motsDe(sansLesDonnees(anglais, donnees), MOTS_FRANCAIS)).as(commande + " --lang en:\n" + anglais).isEmpty();
      assertThat(motsDe(sansLesDonnees(francais, donnees), MOTS_ANGLAIS)).as(commande + ":\n" + francais).isEmpty();
    }
  }

  /** Every text of a document: labels, names, functions are data, which keeps its own language. */
  private static Set<String> textesDesDonnees(JsonNode noeud) {
    Set<String> textes = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
    List<JsonNode> pile = new ArrayList<>(List.of(noeud));
    while (!pile.isEmpty()) {
      JsonNode n = pile.remove(pile.size() - 1);
      if (n.isString()) {
        textes.add(n.asString());
      }
      n.forEach(pile::add);
    }
    return textes;
  }

  private static String sansLesDonnees(String sortie, Set<String> donnees) {
    String reste = sortie;
    for (String texte : donnees) {
      if (texte.length() > 2) {
        reste = reste.replace(texte, " ");
      }
    }
    return reste;
  }

  @Test
  void uneSeuleClasseParModuleLitDesMessagesEtSeuleLangueDecideDeLaLangue() throws IOException {
    Pattern lecture = Pattern.compile("MessageBundle\\.of\\(|ResourceBundle\\.getBundle\\(|\\.properties\"");
    Pattern decision = Pattern.compile("getLanguage\\(\\)|Locale\\.(ENGLISH|FRENCH)\\.equals|\"(en|fr)\"\\.equals\\(\\w*\\.?getLanguage");
    Map<String, List<String>> lecteurs = new LinkedHashMap<>();
    Map<String, List<String>> decideurs = new LinkedHashMap<>();
    for (String module : List.of("programme-model", "programme-rules", "programme-examples")) {
      Path sources = Path.of("..", module, "src", "main", "java");
      try (Stream<Path> fichiers = Files.walk(sources)) {
        for (Path f : fichiers.filter(p -> p.toString().endsWith(".java")).toList()) {
          String texte = Files.readString(f, StandardCharsets.UTF_8);
          if (lecture.matcher(texte).find() && !f.endsWith("MessageBundle.java")) {
            lecteurs.computeIfAbsent(module, k -> new ArrayList<>()).add(f.getFileName().toString());
          }
          if (decision.matcher(texte).find()) {
            decideurs.computeIfAbsent(module, k -> new ArrayList<>()).add(f.getFileName().toString());
          }
        }
      }
    }
    assertThat(lecteurs).containsOnlyKeys("programme-model", "programme-rules", "programme-examples")
        .allSatisfy((module, classes) -> assertThat(classes).as(module).hasSize(1));
    assertThat(decideurs).containsExactly(Map.entry("programme-model", List.of("Language.java")));
  }
}
