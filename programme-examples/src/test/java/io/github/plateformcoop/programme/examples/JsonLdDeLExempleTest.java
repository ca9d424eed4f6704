package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import io.github.plateformcoop.programme.interop.JsonLdExport;
import io.github.plateformcoop.programme.interop.JsonLdWriter;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The schema.org export of the PlateformCoop programme, expanded by Titanium (a JSON-LD 1.1
 * processor) with schema.org's context kept in test resources, and every type and property it
 * uses checked against schema.org's vocabulary, release 30.0 (test resources, schemaorg/README.md).
 */
class JsonLdDeLExempleTest {

  private static final String VOCABULAIRE = "http://schema.org/";

  /** Gives schema.org's context from the test resources, and nothing else: there is no network. */
  private static final DocumentLoader CONTEXTE_LOCAL = new DocumentLoader() {
    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
      assertThat(url.toString()).startsWith(JsonLdWriter.CONTEXT);
      try (InputStream contexte = JsonLdDeLExempleTest.class.getResourceAsStream("/schemaorg/schemaorgcontext.jsonld")) {
        return JsonDocument.of(MediaType.JSON_LD, contexte);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  private static Programme programme() {
    Programme source = PlateformCoop.programme();
    return Programme.builder().from(source).cycles(List.of(PlateformCoopIllustratif.cycle())).build();
  }

  @Test
  void lExportSEtendSansErreurEtNUtiliseQueLeVocabulaireDeSchemaOrg() throws Exception {
    Programme programme = programme();
    JsonLdExport export = JsonLdWriter.defaults().write(programme, programme.getCycles().get(0));

    JsonArray etendu = JsonLd.expand(JsonDocument.of(new StringReader(export.json()))).loader(CONTEXTE_LOCAL).get();
    assertThat(etendu).hasSize(1);
    Set<String> types = lignes("/schemaorg/types.txt");
    Set<String> proprietes = lignes("/schemaorg/properties.txt");
    Set<String> typesUtilises = new TreeSet<>();
    Set<String> proprietesUtilisees = new TreeSet<>();
    parcourir(etendu, typesUtilises, proprietesUtilisees);
    assertThat(typesUtilises).contains("Course", "Organization", "Audience", "AdministrativeArea", "CourseInstance", "Event");
    assertThat(types).containsAll(typesUtilises);
    assertThat(proprietes).containsAll(proprietesUtilisees);
    // Nothing of the document was lost in expansion: every property written is there, expanded.
    Set<String> ecrites = new TreeSet<>();
    cles(ProgrammeJson.defaults().mapper().readTree(export.json()), ecrites);
    assertThat(proprietesUtilisees).containsAll(ecrites);
    assertThat(ecrites).contains("provider", "audience", "inLanguage", "hasCourseInstance", "subEvent", "startDate");
  }

  @Test
  void leCoursDitLePorteurLePublicLaLangueEtLesSeancesAvecLeDecalageDuJour() throws Exception {
    Programme programme = programme();
    JsonLdExport export = JsonLdWriter.defaults().write(programme, programme.getCycles().get(0));
    JsonNode cours = ProgrammeJson.defaults().mapper().readTree(export.json());

    assertThat(cours.get("@type").asString()).isEqualTo("Course");
    assertThat(cours.get("inLanguage").asString()).isEqualTo("fr");
    assertThat(cours.get("provider").get("name").asString()).isEqualTo(programme.getPorteur().getNom());
    assertThat(cours.get("audience").get("audienceType").asString()).isEqualTo("élus, techniciens, communes, intercommunalités");
    assertThat(cours.get("audience").get("geographicArea")).extracting(z -> z.get("identifier").asString()).containsExactly("59", "62");
    JsonNode sensibilisation = cours.get("hasCourseInstance").get(0);
    assertThat(sensibilisation.get("startDate").asString()).isEqualTo("2022-09-01");
    assertThat(sensibilisation.get("endDate").asString()).isEqualTo("2023-04-30");
    assertThat(sensibilisation.get("subEvent")).hasSize(8);
    // 13 March 2023 is in winter time (+01:00), 17 April in summer time (+02:00).
    assertThat(sensibilisation.get("subEvent").get(6).get("startDate").asString()).isEqualTo("2023-03-13T09:30:00+01:00");
    assertThat(sensibilisation.get("subEvent").get(7).get("startDate").asString()).isEqualTo("2023-04-17T09:30:00+02:00");
    assertThat(export.leftOutSeanceIds()).isEmpty();
    assertThat(JsonLdWriter.of(Locale.ENGLISH).write(programme, programme.getCycles().get(0)).json())
        .contains("\"audienceType\" : \"elected members, officers, communes, intercommunalities\"");
  }

  @Test
  void lesSeancesNonDateesDuCycleDesSourcesSontLaisseesDeCoteEtDites() {
    Programme programme = PlateformCoop.programme();
    JsonLdExport export = JsonLdWriter.defaults().write(programme, programme.getCycles().get(0));
    assertThat(export.leftOutSeanceIds()).hasSize(10).contains("sensibilisation-2", "atelier-3");
    assertThat(export.json()).contains("\"identifier\" : \"sensibilisation-1\"").doesNotContain("\"sensibilisation-2\"");
  }

  /** Every type and property of an expanded document, by its schema.org name; any other IRI fails. */
  private static void parcourir(JsonValue valeur, Set<String> types, Set<String> proprietes) {
    if (valeur instanceof JsonArray tableau) {
      tableau.forEach(v -> parcourir(v, types, proprietes));
    } else if (valeur instanceof JsonObject objet) {
      for (Map.Entry<String, JsonValue> e : objet.entrySet()) {
        if (e.getKey().equals("@type") && e.getValue() instanceof JsonString datatype) {
          // A typed value's datatype, such as schema.org's Date.
          types.add(nom(datatype.getString()));
        } else if (e.getKey().equals("@type")) {
          for (JsonValue t : e.getValue().asJsonArray()) {
            types.add(nom(((JsonString) t).getString()));
          }
        } else if (!e.getKey().startsWith("@")) {
          proprietes.add(nom(e.getKey()));
          parcourir(e.getValue(), types, proprietes);
        }
      }
    }
  }

  private static String nom(String iri) {
    assertThat(iri).startsWith(VOCABULAIRE);
    return iri.substring(VOCABULAIRE.length());
  }

  private static void cles(JsonNode noeud, Set<String> cles) {
    if (noeud.isObject()) {
      for (Map.Entry<String, JsonNode> e : noeud.properties()) {
        if (!e.getKey().startsWith("@")) {
          cles.add(e.getKey());
        }
        cles(e.getValue(), cles);
      }
    } else if (noeud.isArray()) {
      noeud.forEach(n -> cles(n, cles));
    }
  }

  private static Set<String> lignes(String ressource) throws IOException {
    try (InputStream in = JsonLdDeLExempleTest.class.getResourceAsStream(ressource)) {
      return new HashSet<>(new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))));
    }
  }
}
