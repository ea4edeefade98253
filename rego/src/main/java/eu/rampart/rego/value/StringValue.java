package eu.rampart.rego.value;

public final class StringValue extends Value {
  public static final StringValue EMPTY = new StringValue("");

  private final String value;

  private StringValue(String value) { this.value = value; }

  public static StringValue of(String s) {
    return s.isEmpty() ? EMPTY : new StringValue(s);
  }

  public String value() { return value; }

  @Override int sortOrder() { return 3; }
  @Override public String typeName() { return "string"; }
  @Override int compareSameKind(Value other) { return value.compareTo(((StringValue) other).value); }
  @Override public boolean equals(Object o) { return o instanceof StringValue s && s.value.equals(value); }
  @Override public int hashCode() { return value.hashCode(); }
  @Override public void appendRego(StringBuilder sb) { Json.appendQuoted(sb, value); }
  @Override public boolean isString() { return true; }
}
