package eu.rampart.rego.types;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A coarse Rego type as the type checker sees it: a union of the seven value kinds. {@link #ANY}
 * accepts everything. Built-in signatures use these to report {@code rego_type_error} at compile
 * time and {@code eval_type_error} at run time.
 */
public final class Type {
  public enum Kind { NULL, BOOLEAN, NUMBER, STRING, ARRAY, OBJECT, SET }

  public static final Type ANY = new Type(EnumSet.allOf(Kind.class));
  public static final Type NULL = of(Kind.NULL);
  public static final Type BOOLEAN = of(Kind.BOOLEAN);
  public static final Type NUMBER = of(Kind.NUMBER);
  public static final Type STRING = of(Kind.STRING);
  public static final Type ARRAY = of(Kind.ARRAY);
  public static final Type OBJECT = of(Kind.OBJECT);
  public static final Type SET = of(Kind.SET);

  private final EnumSet<Kind> kinds;

  private Type(EnumSet<Kind> kinds) { this.kinds = kinds; }

  public static Type of(Kind... kinds) {
    EnumSet<Kind> s = EnumSet.noneOf(Kind.class);
    s.addAll(Arrays.asList(kinds));
    return new Type(s);
  }

  public static Type union(Type... types) {
    EnumSet<Kind> s = EnumSet.noneOf(Kind.class);
    for (Type t : types) s.addAll(t.kinds);
    return new Type(s);
  }

  public Set<Kind> kinds() { return java.util.Collections.unmodifiableSet(kinds); }

  private static final int KIND_COUNT = Kind.values().length;

  public boolean isAny() { return kinds.size() == KIND_COUNT; }

  public boolean accepts(Kind k) { return kinds.contains(k); }

  /** True if some value could have both types. */
  public boolean overlaps(Type other) {
    for (Kind k : other.kinds) if (kinds.contains(k)) return true;
    return false;
  }

  /** OPA's wording: "string", or "one of {array, set}". */
  @Override
  public String toString() {
    if (isAny()) return "any";
    if (kinds.size() == 1) return kinds.iterator().next().name().toLowerCase();
    return kinds.stream().map(k -> k.name().toLowerCase()).sorted()
        .collect(Collectors.joining(", ", "one of {", "}"));
  }
}
