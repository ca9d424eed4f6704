package io.github.plateformcoop.programme.rules.consistency;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Array;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Jakarta constraints of the model's types checked by a walk of the value, with the
 * findings, paths and values Hibernate Validator gives for the same value, at a fraction of its
 * cost: what a class asks is read from its annotations once, when the class is first met, and a
 * path is written only for a value that breaks a constraint.
 *
 * <p>It reads what the model uses, and refuses, when it reads a class, what it does not know
 * rather than skip it: a constraint on a getter ({@code get…}, or {@code is…}/{@code has…} of a
 * {@code boolean}; as for Jakarta Validation, a constraint on another method is not one of the
 * value's) or on the element of an {@code Optional}, a {@code List} or a {@code Set};
 * {@code @Valid} on a getter or on such an element; the model's own constraints (each checked by
 * the validator its {@code @Constraint} names for the declared type) and {@code @NotBlank},
 * {@code @Max} and {@code @Positive} on whole numbers, in the default group. Constraints are read
 * from the public classes and interfaces of a value's hierarchy, where the model declares them.
 */
final class ContraintesDuModele {

  /** What each class asks, read when the class is first met by this walk. */
  private final ClassValue<List<Propriete>> proprietes = new ClassValue<>() {
    @Override
    protected List<Propriete> computeValue(Class<?> type) {
      return lire(type);
    }
  };

  /** A walk that has read no class yet; the rule keeps one for all its checks. */
  ContraintesDuModele() {}

  /**
   * A value that breaks a constraint.
   *
   * @param chemin the path, as Hibernate Validator writes it
   * @param contrainte the constraint
   * @param valeur the value, unwrapped from its {@code Optional}
   */
  record Ecart(String chemin, Contrainte contrainte, Object valeur) {}

  /**
   * The values of a tree of model values that break a constraint, in the order of the walk.
   *
   * @param racine the root, not null
   * @return the values found, possibly empty
   * @throws IllegalStateException if a class of the tree carries a constraint this walk does not know
   */
  List<Ecart> verifier(Object racine) {
    List<Ecart> ecarts = new ArrayList<>();
    parcourir(racine, null, ecarts);
    return ecarts;
  }

  /**
   * What a class asks, for the tests that compare it with a validator's metadata.
   *
   * @param type the class
   * @return its constrained or cascaded properties
   */
  List<Propriete> proprietes(Class<?> type) {
    return proprietes.get(type);
  }

  private void parcourir(Object bean, Chemin chemin, List<Ecart> ecarts) {
    for (Propriete propriete : proprietes.get(bean.getClass())) {
      Object valeur = propriete.lire(bean);
      for (Contrainte contrainte : propriete.contraintes()) {
        if (!contrainte.test().test(valeur)) {
          ecarts.add(new Ecart(new Chemin(chemin, propriete.nom(), Chemin.SANS_INDICE).toString(), contrainte, valeur));
        }
      }
      if (valeur == null) {
        continue;
      }
      if (propriete.cascade()) {
        parcourir(valeur, new Chemin(chemin, propriete.nom(), Chemin.SANS_INDICE), ecarts);
      }
      if (propriete.conteneur() != Conteneur.AUCUN) {
        elements(propriete, valeur, chemin, ecarts);
      }
    }
  }

  private void elements(Propriete propriete, Object conteneur, Chemin chemin, List<Ecart> ecarts) {
    switch (propriete.conteneur()) {
      case OPTIONAL -> ((Optional<?>) conteneur).ifPresent(element ->
          element(propriete, element, new Chemin(chemin, propriete.nom(), Chemin.SANS_INDICE), null, ecarts));
      case LIST -> {
        List<?> liste = (List<?>) conteneur;
        for (int i = 0; i < liste.size(); i++) {
          element(propriete, liste.get(i), new Chemin(chemin, propriete.nom(), i), "<list element>", ecarts);
        }
      }
      case SET -> {
        for (Object element : (Collection<?>) conteneur) {
          element(propriete, element, new Chemin(chemin, propriete.nom(), Chemin.ITERABLE), "<iterable element>", ecarts);
        }
      }
      default -> throw new IllegalStateException(propriete.conteneur().name());
    }
  }

  private void element(Propriete propriete, Object element, Chemin ici, String noeud, List<Ecart> ecarts) {
    for (Contrainte contrainte : propriete.contraintesDesElements()) {
      if (!contrainte.test().test(element)) {
        ecarts.add(new Ecart(noeud == null ? ici.toString() : ici + "." + noeud, contrainte, element));
      }
    }
    if (propriete.cascadeDesElements() && element != null) {
      parcourir(element, ici, ecarts);
    }
  }

  /** A path, written only when a value breaks a constraint. */
  private record Chemin(Chemin parent, String nom, int indice) {
    static final int SANS_INDICE = -1;
    static final int ITERABLE = -2;

    @Override
    public String toString() {
      StringBuilder texte = new StringBuilder();
      ecrire(texte);
      return texte.toString();
    }

    private void ecrire(StringBuilder texte) {
      if (parent != null) {
        parent.ecrire(texte);
        texte.append('.');
      }
      texte.append(nom);
      if (indice == ITERABLE) {
        texte.append("[]");
      } else if (indice >= 0) {
        texte.append('[').append(indice).append(']');
      }
    }
  }

  /** How a property holds its elements. */
  enum Conteneur { AUCUN, OPTIONAL, LIST, SET }

  /**
   * A constrained or cascaded property of a class.
   *
   * @param nom the property's name
   * @param lecture the getter that reads it, public in a public class or interface
   * @param contraintes the constraints on the property's value
   * @param cascade whether the walk goes into the value
   * @param conteneur how the value holds elements
   * @param contraintesDesElements the constraints on each element
   * @param cascadeDesElements whether the walk goes into each element
   */
  record Propriete(String nom, Method lecture, List<Contrainte> contraintes, boolean cascade,
      Conteneur conteneur, List<Contrainte> contraintesDesElements, boolean cascadeDesElements) {

    Object lire(Object bean) {
      try {
        return lecture.invoke(bean);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + nom + " of " + bean.getClass().getName(), e);
      }
    }
  }

  /**
   * A constraint and its check, with what its message needs, read once with the class.
   *
   * @param annotation the constraint
   * @param test true for a value that keeps it
   * @param cle the key of its message: its template without braces
   * @param attributs its attributes but {@code message}, {@code groups} and {@code payload}, the
   *     message's arguments
   */
  record Contrainte(Annotation annotation, Predicate<Object> test, String cle, Map<String, Object> attributs) {

    static Contrainte of(Annotation annotation, Predicate<Object> test) {
      String gabarit = (String) attribut(annotation, "message");
      String cle = gabarit.startsWith("{") && gabarit.endsWith("}") ? gabarit.substring(1, gabarit.length() - 1) : gabarit;
      Map<String, Object> attributs = new LinkedHashMap<>();
      for (Method methode : annotation.annotationType().getDeclaredMethods()) {
        if (!List.of("message", "groups", "payload").contains(methode.getName())) {
          attributs.put(methode.getName(), attribut(annotation, methode.getName()));
        }
      }
      return new Contrainte(annotation, test, cle, Collections.unmodifiableMap(attributs));
    }
  }

  // Reading a class's annotations, once per class.

  private static List<Propriete> lire(Class<?> type) {
    Set<Class<?>> niveaux = hierarchie(type);
    for (Class<?> niveau : niveaux) {
      for (Annotation annotation : niveau.getDeclaredAnnotations()) {
        if (!contraintes(annotation).isEmpty()) {
          throw refus(type, "class", "class-level constraint @" + annotation.annotationType().getSimpleName());
        }
      }
    }
    Map<String, List<Method>> getters = new LinkedHashMap<>();
    for (Class<?> niveau : niveaux) {
      for (Method methode : niveau.getDeclaredMethods()) {
        if (Modifier.isStatic(methode.getModifiers()) || methode.isSynthetic() || methode.isBridge()) {
          continue;
        }
        // As for Jakarta Validation, only getters hold properties: a constraint on another method
        // is one of executable validation, which checking a value does not look at.
        if (getter(methode)) {
          getters.computeIfAbsent(methode.getName(), n -> new ArrayList<>()).add(methode);
        } else if (methode.getReturnType() == void.class && annote(methode)) {
          // Jakarta Validation refuses these too.
          throw refus(type, methode.getName(), "a constraint or @Valid on a method without result");
        }
      }
    }
    List<Propriete> proprietes = new ArrayList<>();
    getters.forEach((nom, declarations) -> {
      Propriete propriete = propriete(type, declarations);
      if (propriete != null) {
        proprietes.add(propriete);
      }
    });
    return List.copyOf(proprietes);
  }

  /**
   * The public classes and interfaces of a class's hierarchy, the class first: those that declare
   * the constraints. A package-private implementation, such as a generated immutable class, only
   * implements the getters its public type declares with their constraints; reading its methods
   * would resolve every type it uses and parse its mapping annotations, most of the cost of
   * reading a class.
   */
  private static Set<Class<?>> hierarchie(Class<?> type) {
    Set<Class<?>> niveaux = new LinkedHashSet<>();
    Set<Class<?>> vus = new LinkedHashSet<>();
    Deque<Class<?>> aVoir = new ArrayDeque<>(List.of(type));
    while (!aVoir.isEmpty()) {
      Class<?> niveau = aVoir.removeFirst();
      if (niveau != Object.class && vus.add(niveau)) {
        if (Modifier.isPublic(niveau.getModifiers())) {
          niveaux.add(niveau);
        }
        if (niveau.getSuperclass() != null) {
          aVoir.addLast(niveau.getSuperclass());
        }
        aVoir.addAll(List.of(niveau.getInterfaces()));
      }
    }
    return niveaux;
  }

  private static Propriete propriete(Class<?> type, List<Method> declarations) {
    List<Contrainte> contraintes = new ArrayList<>();
    List<Contrainte> contraintesDesElements = new ArrayList<>();
    boolean cascade = false;
    boolean cascadeDesElements = false;
    Conteneur conteneur = Conteneur.AUCUN;
    Method lue = declarations.stream().filter(m -> Modifier.isPublic(m.getModifiers())).findFirst()
        .orElse(declarations.get(0));
    for (Method methode : declarations) {
      Type retour = methode.getGenericReturnType();
      for (Annotation annotation : methode.getDeclaredAnnotations()) {
        if (annotation instanceof Valid) {
          cascade = true;
        }
        for (Annotation contrainte : contraintes(annotation)) {
          if (conteneur(methode.getReturnType()) != Conteneur.AUCUN) {
            throw refus(type, methode.getName(), "a constraint on a container rather than on its element");
          }
          contraintes.add(contrainte(type, methode, contrainte, retour));
        }
      }
      AnnotatedType annote = methode.getAnnotatedReturnType();
      if (annote instanceof AnnotatedParameterizedType parametre) {
        AnnotatedType[] arguments = parametre.getAnnotatedActualTypeArguments();
        for (int i = 0; i < arguments.length; i++) {
          for (Annotation annotation : arguments[i].getDeclaredAnnotations()) {
            conteneur = conteneur(type, methode, arguments.length, i);
            if (annotation instanceof Valid) {
              cascadeDesElements = true;
            }
            for (Annotation contrainte : contraintes(annotation)) {
              contraintesDesElements.add(contrainte(type, methode, contrainte, arguments[i].getType()));
            }
          }
          if (arguments[i] instanceof AnnotatedParameterizedType imbrique && annote(imbrique)) {
            throw refus(type, methode.getName(), "constraints nested in a type argument");
          }
        }
      }
    }
    if (contraintes.isEmpty() && contraintesDesElements.isEmpty() && !cascade && !cascadeDesElements) {
      return null;
    }
    String nom = nomDePropriete(lue);
    if (cascade && conteneur(lue.getReturnType()) != Conteneur.AUCUN) {
      throw refus(type, nom, "@Valid on a container rather than on its element");
    }
    if (!Modifier.isPublic(lue.getModifiers())) {
      throw refus(type, nom, "a getter that is not public");
    }
    return new Propriete(nom, lue, List.copyOf(contraintes), cascade, conteneur,
        List.copyOf(contraintesDesElements), cascadeDesElements);
  }

  private static boolean annote(Method methode) {
    for (Annotation annotation : methode.getDeclaredAnnotations()) {
      if (annotation instanceof Valid || !contraintes(annotation).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean annote(AnnotatedParameterizedType type) {
    for (AnnotatedType argument : type.getAnnotatedActualTypeArguments()) {
      if (argument.getDeclaredAnnotations().length > 0
          || argument instanceof AnnotatedParameterizedType imbrique && annote(imbrique)) {
        return true;
      }
    }
    return false;
  }

  private static Conteneur conteneur(Class<?> type, Method methode, int arguments, int indice) {
    Conteneur conteneur = conteneur(methode.getReturnType());
    if (conteneur == Conteneur.AUCUN || arguments != 1 || indice != 0) {
      throw refus(type, methode.getName(), "annotations on a type argument of " + methode.getReturnType().getName());
    }
    return conteneur;
  }

  private static Conteneur conteneur(Class<?> type) {
    if (type == Optional.class) {
      return Conteneur.OPTIONAL;
    }
    if (List.class.isAssignableFrom(type)) {
      return Conteneur.LIST;
    }
    if (Set.class.isAssignableFrom(type)) {
      return Conteneur.SET;
    }
    return Conteneur.AUCUN;
  }

  /**
   * Whether a method is a getter as Hibernate Validator has it: no parameter, and {@code get…}
   * with a result, or {@code is…} or {@code has…} of a {@code boolean}.
   */
  private static boolean getter(Method methode) {
    if (methode.getParameterCount() != 0) {
      return false;
    }
    String nom = methode.getName();
    boolean booleen = methode.getReturnType() == boolean.class;
    return nom.startsWith("get") && methode.getReturnType() != void.class
        || nom.startsWith("is") && booleen
        || nom.startsWith("has") && booleen;
  }

  /** The property a getter reads, named as the Jakarta specification names it. */
  private static String nomDePropriete(Method methode) {
    String nom = methode.getName();
    String reste = nom.substring(nom.startsWith("is") ? 2 : 3);
    // A bare get(), is() or has() reads a property without a name, as Hibernate Validator has it.
    return reste.isEmpty() ? reste : Character.toLowerCase(reste.charAt(0)) + reste.substring(1);
  }

  /** The constraints an annotation stands for: itself, those of a repeated constraint's list, or none. */
  private static List<Annotation> contraintes(Annotation annotation) {
    Class<? extends Annotation> type = annotation.annotationType();
    if (type.isAnnotationPresent(Constraint.class)) {
      return List.of(annotation);
    }
    try {
      Method valeur = type.getMethod("value");
      if (valeur.getReturnType().isArray()
          && valeur.getReturnType().getComponentType().isAnnotationPresent(Constraint.class)) {
        return List.of((Annotation[]) valeur.invoke(annotation));
      }
    } catch (NoSuchMethodException e) {
      return List.of();
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read the constraints of @" + type.getName(), e);
    }
    return List.of();
  }

  private static Contrainte contrainte(Class<?> type, Method methode, Annotation annotation, Type declare) {
    Class<? extends Annotation> sorte = annotation.annotationType();
    String ou = methode.getName() + " (@" + sorte.getSimpleName() + ")";
    Class<?>[] groupes = (Class<?>[]) attribut(annotation, "groups");
    if (groupes.length > 0 && !List.of(groupes).equals(List.of(Default.class))) {
      throw refus(type, ou, "a constraint in a group other than the default one");
    }
    for (Annotation meta : sorte.getDeclaredAnnotations()) {
      if (!contraintes(meta).isEmpty()) {
        throw refus(type, ou, "a composed constraint");
      }
    }
    Class<?> classe = classe(declare);
    if (sorte == NotBlank.class && CharSequence.class.isAssignableFrom(classe)) {
      return Contrainte.of(annotation, v -> v != null && !v.toString().trim().isEmpty());
    }
    if (sorte == Max.class && entier(classe)) {
      long maximum = ((Max) annotation).value();
      return Contrainte.of(annotation, v -> v == null || ((Number) v).longValue() <= maximum);
    }
    if (sorte == Positive.class && entier(classe)) {
      return Contrainte.of(annotation, v -> v == null || ((Number) v).longValue() > 0);
    }
    Constraint definition = sorte.getAnnotation(Constraint.class);
    if (!sorte.getPackageName().startsWith("jakarta.")) {
      for (Class<? extends ConstraintValidator<?, ?>> validateur : definition.validatedBy()) {
        if (typeValide(validateur).isAssignableFrom(classe)) {
          return Contrainte.of(annotation, instance(validateur, annotation));
        }
      }
    }
    throw refus(type, ou, "no check for " + classe.getName());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate<Object> instance(Class<? extends ConstraintValidator<?, ?>> classe, Annotation annotation) {
    ConstraintValidator validateur;
    try {
      validateur = classe.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + classe.getName(), e);
    }
    validateur.initialize(annotation);
    return valeur -> validateur.isValid(valeur, null);
  }

  /** The type a constraint validator checks: its second type argument of {@code ConstraintValidator}. */
  private static Class<?> typeValide(Class<?> validateur) {
    for (Type interfaceType : validateur.getGenericInterfaces()) {
      if (interfaceType instanceof ParameterizedType parametre && parametre.getRawType() == ConstraintValidator.class) {
        return classe(parametre.getActualTypeArguments()[1]);
      }
    }
    throw new IllegalStateException(validateur.getName() + " does not name the type it checks");
  }

  private static Class<?> classe(Type type) {
    if (type instanceof Class<?> classe) {
      // A primitive's wrapper: the class of the boxed default value of an array of it.
      return classe.isPrimitive() ? Array.get(Array.newInstance(classe, 1), 0).getClass() : classe;
    }
    if (type instanceof ParameterizedType parametre) {
      return (Class<?>) parametre.getRawType();
    }
    return Object.class;
  }

  private static boolean entier(Class<?> classe) {
    return classe == Integer.class || classe == Long.class || classe == Short.class || classe == Byte.class;
  }

  private static Object attribut(Annotation annotation, String nom) {
    try {
      return annotation.annotationType().getMethod(nom).invoke(annotation);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("@" + annotation.annotationType().getName() + " has no " + nom, e);
    }
  }

  private static IllegalStateException refus(Class<?> type, String ou, String raison) {
    return new IllegalStateException("Cannot check the constraints of " + type.getName() + "." + ou + ": " + raison);
  }
}
