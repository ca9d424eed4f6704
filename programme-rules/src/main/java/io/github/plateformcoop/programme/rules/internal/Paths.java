package io.github.plateformcoop.programme.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paths in Jakarta Validation's form, following the model's nesting:
 * {@code briques[0].seances[3].date}.
 */
public final class Paths {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

  /** Orders paths segment by segment, indexes as numbers: {@code seances[2]} before {@code seances[10]}. */
  public static final Comparator<String> NATURAL_ORDER = Paths::compare;

  private Paths() {}

  /** One segment of a path: a property name and, for an element of a list, its index. */
  public static final class Segment {
    private final String name;
    private final Integer index;

    Segment(String name, Integer index) {
      this.name = name;
      this.index = index;
    }

    /**
     * The property's name.
     *
     * @return the name, not null
     */
    public String getName() {
      return name;
    }

    /**
     * The index in the property's list.
     *
     * @return the index, or empty when the segment is not a list element
     */
    public OptionalInt getIndex() {
      return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }
  }

  /**
   * Joins a property to a path: {@code of("briques", 0, "seances", 3, "date")} gives
   * {@code briques[0].seances[3].date}.
   *
   * @param parts names, each optionally followed by an index, not null
   * @return the path, not null
   * @throws IllegalArgumentException if an index does not follow a name
   */
  public static String of(Object... parts) {
    StringBuilder path = new StringBuilder();
    boolean afterName = false;
    for (Object part : parts) {
      if (part instanceof Integer) {
        if (!afterName) {
          throw new IllegalArgumentException("An index must follow a property name: " + List.of(parts));
        }
        path.append('[').append(part).append(']');
        afterName = false;
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(Objects.requireNonNull(part, "part"));
        afterName = true;
      }
    }
    return path.toString();
  }

  /**
   * Splits a path into its segments.
   *
   * @param path the path, possibly empty, not null
   * @return the segments, empty for the empty path
   * @throws IllegalArgumentException if the text is not a path of this form
   */
  public static List<Segment> parse(String path) {
    List<Segment> segments = new ArrayList<>();
    if (path.isEmpty()) {
      return segments;
    }
    for (String part : path.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("Not a path: '" + path + "'");
      }
      segments.add(new Segment(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2))));
    }
    return segments;
  }

  /**
   * Compares two paths run by run, digits as numbers ({@code s[2]} before {@code s[10]}), the
   * other runs as text, the path with fewer runs first when one starts the other. It reads the two
   * strings in place: sorting a report's findings parses nothing and allocates nothing.
   */
  private static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      boolean chiffresA = chiffre(a.charAt(i));
      boolean chiffresB = chiffre(b.charAt(j));
      int finA = finDuTroncon(a, i, chiffresA);
      int finB = finDuTroncon(b, j, chiffresB);
      int c = chiffresA && chiffresB ? comparerNombres(a, i, finA, b, j, finB) : comparerTextes(a, i, finA, b, j, finB);
      if (c != 0) {
        return c;
      }
      i = finA;
      j = finB;
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private static boolean chiffre(char c) {
    return c >= '0' && c <= '9';
  }

  private static int finDuTroncon(String s, int debut, boolean chiffres) {
    int fin = debut + 1;
    while (fin < s.length() && chiffre(s.charAt(fin)) == chiffres) {
      fin++;
    }
    return fin;
  }

  /** Two runs of digits by their value, however long: leading zeros aside, the longer is larger. */
  private static int comparerNombres(String a, int i, int finA, String b, int j, int finB) {
    while (i < finA - 1 && a.charAt(i) == '0') {
      i++;
    }
    while (j < finB - 1 && b.charAt(j) == '0') {
      j++;
    }
    if (finA - i != finB - j) {
      return Integer.compare(finA - i, finB - j);
    }
    return comparerTextes(a, i, finA, b, j, finB);
  }

  /** Two runs as {@link String#compareTo} compares them. */
  private static int comparerTextes(String a, int i, int finA, String b, int j, int finB) {
    int longueur = Math.min(finA - i, finB - j);
    for (int k = 0; k < longueur; k++) {
      char x = a.charAt(i + k);
      char y = b.charAt(j + k);
      if (x != y) {
        return x - y;
      }
    }
    return (finA - i) - (finB - j);
  }
}
