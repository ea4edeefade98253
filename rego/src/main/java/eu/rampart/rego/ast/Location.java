package eu.rampart.rego.ast;

/** Source position (1-based line and column) of a term, expression or rule. */
public record Location(String file, int line, int col) {
  public static final Location NONE = new Location("", 0, 0);

  @Override
  public String toString() { return (file == null ? "" : file) + ":" + line + ":" + col; }
}
