package io.github.plateformcoop.programme.rules.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.rules.Cycles;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Violation;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The walk of the model's constraints reads from each class what Hibernate Validator's metadata
 * says of it, for every class a cycle can hold, and refuses what it does not know.
 */
class ContraintesDuModeleTest {

  private static final Validator HIBERNATE = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

  @Test
  void chaqueClasseDUnCycleDemandeCeQueDitHibernateValidator() throws ClassNotFoundException {
    Set<Class<?>> classes = new LinkedHashSet<>();
    Deque<Class<?>> aVoir = new ArrayDeque<>(List.of(implementation(Cycle.class)));
    while (!aVoir.isEmpty()) {
      Class<?> classe = aVoir.removeFirst();
      if (!classes.add(classe)) {
        continue;
      }
      BeanDescriptor descripteur = HIBERNATE.getConstraintsForClass(classe);
      List<String> attendu = new ArrayList<>();
      for (PropertyDescriptor propriete : descripteur.getConstrainedProperties()) {
        propriete.getConstraintDescriptors().forEach(c -> attendu.add(propriete.getPropertyName() + ":"
            + c.getAnnotation().annotationType().getSimpleName()));
        if (propriete.isCascaded()) {
          attendu.add(propriete.getPropertyName() + ":@Valid");
          aVoir.addAll(implementations(propriete.getElementClass()));
        }
        for (ContainerElementTypeDescriptor element : propriete.getConstrainedContainerElementTypes()) {
          element.getConstraintDescriptors().forEach(c -> attendu.add(propriete.getPropertyName() + "<>:"
              + c.getAnnotation().annotationType().getSimpleName()));
          if (element.isCascaded()) {
            attendu.add(propriete.getPropertyName() + "<>:@Valid");
            aVoir.addAll(implementations(element.getElementClass()));
          }
        }
      }
      List<String> lu = new ArrayList<>();
      for (ContraintesDuModele.Propriete propriete : new ContraintesDuModele().proprietes(classe)) {
        propriete.contraintes().forEach(c -> lu.add(propriete.nom() + ":" + c.annotation().annotationType().getSimpleName()));
        if (propriete.cascade()) {
          lu.add(propriete.nom() + ":@Valid");
        }
        propriete.contraintesDesElements().forEach(c -> lu.add(propriete.nom() + "<>:"
            + c.annotation().annotationType().getSimpleName()));
        if (propriete.cascadeDesElements()) {
          lu.add(propriete.nom() + "<>:@Valid");
        }
      }
      assertThat(lu).as(classe.getName()).containsExactlyInAnyOrderElementsOf(attendu);
    }
    assertThat(classes).as("classes a cycle can hold").hasSizeGreaterThan(25)
        .contains(implementation(Intervenant.class), implementation(Collectivite.class));
  }

  @Test
  void uneValeurQuiRompUneContrainteEstTrouveeAvecSonChemin() {
    Cycle cycle = Cycles.depuisValide()
        .addIntervenants(Intervenant.builder().id("apes").nom("Apes").siret("12345678901234").build())
        .build();
    List<Violation> trouvees = RuleSet.defaults().validate(cycle).withCode("modele.contrainte").getViolations();
    assertThat(trouvees).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("intervenants[1].siret");
      assertThat(v.getArguments()).containsEntry("contrainte", "Siret").containsEntry("valeur", "12345678901234");
    });
    assertThat(new ContraintesDuModele().verifier(cycle)).singleElement().satisfies(e -> {
      assertThat(e.chemin()).isEqualTo("intervenants[1].siret");
      assertThat(e.contrainte().annotation().annotationType().getSimpleName()).isEqualTo("Siret");
      assertThat(e.valeur()).isEqualTo("12345678901234");
    });
    assertThat(new ContraintesDuModele().verifier(Cycles.valide())).isEmpty();
  }

  @Test
  void ceQueLaMarcheNeConnaitPasEstRefuseEnLeNommant() {
    assertThatThrownBy(() -> new ContraintesDuModele().verifier(new AvecEmail()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(AvecEmail.class.getName() + ".getCourriel (@Email)");
    assertThatThrownBy(() -> new ContraintesDuModele().verifier(new ListeValide()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ListeValide.noms: @Valid on a container");
    assertThatThrownBy(() -> new ContraintesDuModele().verifier(new ListeContrainte()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ListeContrainte.getNoms: a constraint on a container");
    assertThatThrownBy(() -> new ContraintesDuModele().verifier(new Protege()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Protege.nom: a getter that is not public");
    assertThatThrownBy(() -> new ContraintesDuModele().verifier(new SansResultat()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("SansResultat.getRien: a constraint or @Valid on a method without result");
    assertThatThrownBy(() -> HIBERNATE.validate(new SansResultat())).hasMessageContaining("Void methods must not be constrained");
    assertThatThrownBy(() -> new ContraintesDuModele().verifier(new Carte()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("annotations on a type argument of java.util.Map");
    assertThatThrownBy(() -> new ContraintesDuModele().verifier(new Imbrique()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("constraints nested in a type argument");
    assertThatThrownBy(() -> new ContraintesDuModele().verifier(new IdentifiantEntier()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no check for java.lang.Integer");
  }

  @Test
  void commePourHibernateValidatorUneContrainteHorsDUnGetterNEstPasCelleDeLaValeur() {
    for (Object valeur : List.of(new AvecParametre(), new PasUnGetter())) {
      assertThat(new ContraintesDuModele().verifier(valeur)).as(valeur.getClass().getSimpleName()).isEmpty();
      assertThat(HIBERNATE.validate(valeur)).as(valeur.getClass().getSimpleName()).isEmpty();
    }
  }

  @Test
  void unGetterReduitASonPrefixeLitUneProprieteSansNom() {
    for (Object valeur : List.of(new Prefixes(), new PrefixeHas())) {
      List<String> attendus = valeur instanceof Prefixes ? List.of("|NotBlank", "|Vrai") : List.of("|Vrai");
      assertThat(new ContraintesDuModele().verifier(valeur))
          .extracting(e -> e.chemin() + "|" + e.contrainte().annotation().annotationType().getSimpleName())
          .containsExactlyInAnyOrderElementsOf(attendus);
      assertThat(HIBERNATE.validate(valeur))
          .extracting(v -> v.getPropertyPath() + "|" + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
          .containsExactlyInAnyOrderElementsOf(attendus);
    }
  }

  @Test
  void lesTroisFormesDeGetterEtLesElementsDesConteneurs() {
    assertThat(new ContraintesDuModele().verifier(new Formes()))
        .extracting(ContraintesDuModele.Ecart::chemin, ContraintesDuModele.Ecart::valeur)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("nom", " "),
            org.assertj.core.groups.Tuple.tuple("actif", false),
            org.assertj.core.groups.Tuple.tuple("acces", false),
            org.assertj.core.groups.Tuple.tuple("ids[1].<list element>", "a b"),
            org.assertj.core.groups.Tuple.tuple("codes[].<iterable element>", ""),
            org.assertj.core.groups.Tuple.tuple("peutEtre", "-x"),
            org.assertj.core.groups.Tuple.tuple("enfants[0].nom", ""),
            org.assertj.core.groups.Tuple.tuple("enfant.nom", ""));
    assertThat(HIBERNATE.validate(new Formes())).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("nom", "actif", "acces", "ids[1].<list element>", "codes[].<iterable element>", "peutEtre",
            "enfants[0].nom", "enfant.nom");
  }

  /** A class with each form the walk reads, for the paths. */
  public static final class Formes {
    @NotBlank
    public String getNom() {
      return " ";
    }

    @Vrai
    public boolean isActif() {
      return false;
    }

    @Vrai
    public boolean hasAcces() {
      return false;
    }

    @Vrai
    public boolean isOuvert() {
      return true;
    }

    public List<@Identifier String> getIds() {
      return List.of("a", "a b");
    }

    public Set<@NotBlank String> getCodes() {
      return Set.of("");
    }

    public Optional<@Identifier String> getPeutEtre() {
      return Optional.of("-x");
    }

    public List<@Valid Enfant> getEnfants() {
      return List.of(new Enfant());
    }

    @Valid
    public Enfant getEnfant() {
      return new Enfant();
    }

    public Optional<@Valid Enfant> getAucun() {
      return Optional.empty();
    }
  }

  /** A test's own constraint, on a {@code boolean}: it must be true. */
  @Documented
  @Constraint(validatedBy = VraiValidator.class)
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Vrai {
    /** @return the message */
    String message() default "{vrai}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
  }

  /** Checks {@link Vrai}. */
  public static final class VraiValidator implements ConstraintValidator<Vrai, Boolean> {
    @Override
    public boolean isValid(Boolean value, ConstraintValidatorContext context) {
      return value == null || value;
    }
  }

  /** An element of {@link Formes}. */
  public static final class Enfant {
    @NotBlank
    public String getNom() {
      return "";
    }
  }

  /** A constraint the walk does not check. */
  public static final class AvecEmail {
    @Email
    public String getCourriel() {
      return "x";
    }
  }

  /** A constraint on a method with a parameter. */
  public static final class AvecParametre {
    @NotBlank
    public String getNom(int i) {
      return "";
    }
  }

  /** {@code @Valid} on a list rather than its elements. */
  public static final class ListeValide {
    @Valid
    public List<Enfant> getNoms() {
      return List.of();
    }
  }

  /** A constraint on a list rather than its elements. */
  public static final class ListeContrainte {
    @Size(max = 1)
    public List<String> getNoms() {
      return List.of();
    }
  }

  /** Getters named by their prefix alone: Hibernate Validator reads them as a property without a name. */
  public static final class Prefixes {
    @NotBlank
    public String get() {
      return "";
    }

    @Vrai
    public boolean is() {
      return false;
    }

  }

  /**
   * A bare has(), on its own: beside a bare is() with the same constraint, Hibernate Validator
   * reports one finding or two depending on the JDK (equal findings, in a set).
   */
  public static final class PrefixeHas {
    @Vrai
    public boolean has() {
      return false;
    }
  }

  /** A constraint on a getter that is not public. */
  public static final class Protege {
    @NotBlank
    protected String getNom() {
      return "";
    }
  }

  /** A constraint on a method without result. */
  public static final class SansResultat {
    @NotBlank
    public void getRien() {
      // nothing to read
    }

    /** Without constraint, a method without result is of no concern. */
    public void setRien() {
      // nothing to write
    }
  }

  /** A constraint on a map's values. */
  public static final class Carte {
    public Map<String, @NotBlank String> getNoms() {
      return Map.of();
    }
  }

  /** Constraints on methods that read no property: not a getter's name, no result, or not a {@code boolean}. */
  public static final class PasUnGetter {
    @NotBlank
    public String nom() {
      return "";
    }

    @Vrai
    public Boolean isEnBoite() {
      return false;
    }

    @Vrai
    public Boolean hasEnBoite() {
      return false;
    }
  }

  /** A constraint inside a list of lists. */
  public static final class Imbrique {
    public List<List<@NotBlank String>> getNoms() {
      return List.of();
    }
  }

  /** A constraint on a type its validator does not check. */
  public static final class IdentifiantEntier {
    @Identifier
    public Integer getNumero() {
      return 1;
    }
  }

  private static Class<?> implementation(Class<?> type) throws ClassNotFoundException {
    return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
  }

  private static List<Class<?>> implementations(Class<?> type) {
    List<Class<?>> classes = new ArrayList<>();
    if (type.isSealed()) {
      for (Class<?> sousType : type.getPermittedSubclasses()) {
        classes.addAll(implementations(sousType));
      }
      return classes;
    }
    try {
      classes.add(Modifier.isAbstract(type.getModifiers()) ? implementation(type) : type);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    return classes;
  }
}
