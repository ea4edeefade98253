package eu.rampart.rego.value;

public final class NullValue extends Value {
  public static final NullValue NULL = new NullValue();

  private NullValue() {}

  @Override int sortOrder() { return 0; }
  @Override public String typeName() { return "null"; }
  @Override int compareSameKind(Value other) { return 0; }
  @Override public boolean equals(Object o) { return o instanceof NullValue; }
  @Override public int hashCode() { return 0x6e756c6c; }
  @Override public void appendRego(StringBuilder sb) { sb.append("null"); }
  @Override public boolean isNull() { return true; }
}
