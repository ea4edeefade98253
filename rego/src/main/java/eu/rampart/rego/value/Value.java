package eu.rampart.rego.value;

/**
 * A ground Rego value. Values are immutable, compare with OPA's total order
 * (null &lt; boolean &lt; number &lt; string &lt; array &lt; object &lt; set) and are equal
 * exactly when {@link #compareTo} returns 0, so they can be used as hash keys.
 */
public abstract sealed class Value implements Comparable<Value>
    permits NullValue, BooleanValue, NumberValue, StringValue, ArrayValue, ObjectValue, SetValue {

  /** Position in OPA's cross-type sort order. */
  abstract int sortOrder();

  /** The name `type_name` returns: "null", "boolean", "number", "string", "array", "object", "set". */
  public abstract String typeName();

  /** Compares two values of the same concrete class. */
  abstract int compareSameKind(Value other);

  @Override
  public final int compareTo(Value other) {
    int a = sortOrder(), b = other.sortOrder();
    if (a != b) return Integer.compare(a, b);
    return compareSameKind(other);
  }

  /** Rego literal text, e.g. {@code {"a": [1, {2}]}}; sets print as {@code set()} when empty. */
  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder();
    appendRego(sb);
    return sb.toString();
  }

  public abstract void appendRego(StringBuilder sb);

  public boolean isNull() { return false; }
  public boolean isBoolean() { return false; }
  public boolean isNumber() { return false; }
  public boolean isString() { return false; }
  public boolean isArray() { return false; }
  public boolean isObject() { return false; }
  public boolean isSet() { return false; }

  /** True for arrays, objects and sets. */
  public boolean isCollection() { return false; }
}
