package eu.rampart.plan.input;

/**
 * Where a value sits in a resource's properties, kept as a chain of segments and spelled out
 * (Pulumi syntax {@code a.b[0]["c d"]}) only for the few values that are secret or unknown, or
 * that a reader refuses (the analyzer's request checks).
 */
public final class PropertyPath {
  public static final PropertyPath ROOT = new PropertyPath(null, "", -1, true);

  private final PropertyPath parent;
  private final String key;
  private final int index;
  /** A top-level key written as is (the decoder's convention), not as a segment. */
  private final boolean raw;

  private PropertyPath(PropertyPath parent, String key, int index, boolean raw) {
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.raw = raw;
  }

  /** A top-level property, spelled exactly as its key. */
  static PropertyPath top(String key) { return new PropertyPath(null, key, -1, true); }

  public PropertyPath key(String k) { return new PropertyPath(this, k, -1, false); }

  public PropertyPath index(int i) { return new PropertyPath(this, null, i, false); }

  @Override
  public String toString() {
    if (raw) return key;
    String p = parent.toString();
    return key == null ? p + "[" + index + "]" : PropertyDecoder.child(p, key);
  }
}
