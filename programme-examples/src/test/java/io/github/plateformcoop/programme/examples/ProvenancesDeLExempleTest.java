package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Provenance;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every statement of the PlateformCoop example is a fact of a source quoted verbatim, an
 * inference with its reasoning, or reference data from a named register with its date. The two
 * sources are copied under {@code src/test/resources/sources/}, with their origin.
 */
class ProvenancesDeLExempleTest {

  private static final Map<String, String> SOURCES = Map.of(
      PlateformCoop.ARTICLE_DE_LANCEMENT.getDocument(), "article-de-lancement.txt",
      PlateformCoop.ENTRETIEN_CAHC.getDocument(), "entretien-cahc.txt");

  /** The mark of an elision inside a citation: the parts around it appear in this order. */
  private static final String ELISION = "[…]";

  private static final String MODELE = "io.github.plateformcoop.programme.model";

  @Test
  void chaqueCitationFigureMotPourMotDansLaSourceQuElleNomme() throws IOException {
    List<Enonce> enonces = enonces(PlateformCoop.programme());
    List<String> citations = new ArrayList<>();
    for (Enonce e : enonces) {
      Optional<String> citation = e.provenance().flatMap(Provenance::getCitation);
      if (citation.isPresent()) {
        citations.add(citation.get());
        String fichier = SOURCES.get(e.provenance().get().getDocument());
        assertThat(fichier).as("%s cites a document that is one of the two sources", e.chemin()).isNotNull();
        assertThat(figure(citation.get(), source(fichier))).as("%s: « %s » in %s", e.chemin(), citation.get(), fichier)
            .isTrue();
      }
    }
    assertThat(citations).as("citations checked").hasSizeGreaterThan(40);
  }

  @Test
  void laComparaisonNeTolereQueLesApostrophesEtLesEspaces() throws IOException {
    String article = source("article-de-lancement.txt");
    assertThat(figure("L'Apes propose dans le cadre de PlateformCoop", article)).as("’ read as '").isTrue();
    assertThat(figure("A ce jour, 5 collectivités  du Nord-Pas de Calais", article)).as("spaces collapsed").isTrue();
    assertThat(figure("pour un essaimage au niveau national à terme", article)).as("a corrected word").isFalse();
    assertThat(figure("Ce parcours unique […] essaimage au niveau nationale", article)).as("an elision").isTrue();
    assertThat(figure("essaimage au niveau nationale […] Ce parcours unique", article)).as("parts out of order")
        .isFalse();
    assertThat(figure("a ce jour, 5 collectivités", article)).as("case kept").isFalse();
  }

  @Test
  void chaqueEnonceAUneProvenanceDUnDesTroisGenres() {
    List<Enonce> enonces = enonces(PlateformCoop.programme());
    assertThat(enonces).as("statements found").hasSizeGreaterThan(60);
    assertThat(enonces).allSatisfy(e -> {
      assertThat(e.provenance()).as("%s has a provenance", e.chemin()).isPresent();
      Provenance p = e.provenance().get();
      assertThat(genre(p)).as("%s: %s", e.chemin(), p).isNotEqualTo(Genre.AUCUN);
    });
    assertThat(enonces).extracting(e -> genre(e.provenance().get())).contains(Genre.FAIT, Genre.INFERENCE, Genre.REFERENCE);
  }

  @Test
  void lesInferencesSontCellesQueLExempleAnnonce() {
    assertThat(enonces(PlateformCoop.programme())).filteredOn(e -> e.provenance().get().getInference().isPresent()
            && !e.provenance().get().getDocument().equals(PlateformCoop.ARTICLE_DE_LANCEMENT.getDocument()))
        .extracting(Enonce::chemin)
        .containsExactlyInAnyOrder("programme.cycles[0].participants[0]", "programme.cycles[0].strategies[3].etapes[0]");
    assertThat(enonces(PlateformCoop.programme())).extracting(Enonce::chemin)
        .contains("programme.cycles[0].briques[0].seances[0]");
    assertThat(PlateformCoop.cycle().getBriques().get(0).getSeances().get(0).getProvenance())
        .hasValueSatisfying(p -> assertThat(p.getInference()).hasValueSatisfying(i -> assertThat(i).contains("première séance")));
  }

  @Test
  void uneDonneeDeReferenceNommeSonReferentielEtSaDate() {
    assertThat(PlateformCoop.cycle().getCollectivites()).hasSize(8).allSatisfy(c -> {
      assertThat(c.getProvenance()).as(c.getId()).hasValueSatisfying(p -> {
        assertThat(p.isReference()).isTrue();
        assertThat(p.getReferentiel()).hasValueSatisfying(r -> assertThat(r).contains("SIRENE", "code officiel géographique"));
        assertThat(p.getValableAu()).isPresent();
      });
    });
  }

  @Test
  void leTestVoitUnEnonceSansProvenance() {
    List<Enonce> enonces = enonces(io.github.plateformcoop.programme.model.Programme.builder()
        .from(PlateformCoop.programme())
        .porteur(io.github.plateformcoop.programme.model.Structure.builder().id("apes").nom("Apes").build())
        .build());
    assertThat(enonces).filteredOn(e -> e.provenance().isEmpty()).extracting(Enonce::chemin)
        .containsExactly("programme.porteur");
    assertThat(genre(Provenance.of("Apes"))).as("a document alone is none of the three kinds").isEqualTo(Genre.AUCUN);
    assertThat(genre(Provenance.builder().document("INSEE").referentiel("COG").build()))
        .as("a register without its date").isEqualTo(Genre.AUCUN);
  }

  /** A statement: an object of the model that can carry a provenance, where it is. */
  record Enonce(String chemin, Optional<Provenance> provenance) {}

  /** The three kinds of statement, and none. */
  enum Genre { FAIT, INFERENCE, REFERENCE, AUCUN }

  static Genre genre(Provenance p) {
    if (p.getReferentiel().isPresent()) {
      return p.getValableAu().isPresent() ? Genre.REFERENCE : Genre.AUCUN;
    }
    if (p.getCitation().isEmpty()) {
      // An inference reasons from the source's words: they are quoted too.
      return Genre.AUCUN;
    }
    return p.getInference().isPresent() ? Genre.INFERENCE : Genre.FAIT;
  }

  /** Every object of the model reachable from a value whose type has a provenance. */
  static List<Enonce> enonces(Object racine) {
    List<Enonce> enonces = new ArrayList<>();
    parcourir("programme", racine, enonces);
    return enonces;
  }

  private static void parcourir(String chemin, Object valeur, List<Enonce> enonces) {
    if (valeur instanceof Optional<?> o) {
      o.ifPresent(v -> parcourir(chemin, v, enonces));
      return;
    }
    if (valeur instanceof Collection<?> c) {
      int i = 0;
      for (Object v : c) {
        parcourir(chemin + "[" + i++ + "]", v, enonces);
      }
      return;
    }
    if (valeur == null || valeur instanceof Provenance || !valeur.getClass().getName().startsWith(MODELE)
        || valeur.getClass().isEnum()) {
      return;
    }
    Class<?> type = valeur.getClass();
    while (!Modifier.isPublic(type.getModifiers())) {
      // The generated implementations are package-private: their public type declares the accessors.
      type = type.getSuperclass();
    }
    List<Method> accesseurs = Arrays.stream(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getName().startsWith("get") && !m.getName().equals("getClass"))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
    for (Method m : accesseurs) {
      Object v = lire(m, valeur);
      if (m.getName().equals("getProvenance")) {
        enonces.add(new Enonce(chemin, v instanceof Optional<?> o ? o.map(Provenance.class::cast)
            : Optional.of((Provenance) v)));
      } else {
        String nom = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
        parcourir(chemin + "." + nom, v, enonces);
      }
    }
  }

  private static Object lire(Method m, Object valeur) {
    try {
      return m.invoke(valeur);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(m.toString(), e);
    }
  }

  private static final Pattern ESPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

  /** Apostrophes and spaces made uniform, and nothing else. */
  static String normaliser(String texte) {
    return ESPACES.matcher(texte.replace('’', '\'').replace('‘', '\'')).replaceAll(" ").trim();
  }

  /** Whether each part of a citation, around its elisions, is in the source, in order. */
  static boolean figure(String citation, String source) {
    String texte = normaliser(source);
    int depuis = 0;
    for (String partie : citation.split(Pattern.quote(ELISION))) {
      int trouvee = texte.indexOf(normaliser(partie), depuis);
      if (normaliser(partie).isEmpty() || trouvee < 0) {
        return false;
      }
      depuis = trouvee + normaliser(partie).length();
    }
    return true;
  }

  static String source(String fichier) throws IOException {
    return Files.readString(Path.of("src", "test", "resources", "sources", fichier), StandardCharsets.UTF_8);
  }
}
