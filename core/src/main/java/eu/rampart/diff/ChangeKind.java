package eu.rampart.diff;

/** What happens to one resource between two states, in report order of concern. */
public enum ChangeKind {
  DELETE, REPLACE, UPDATE, CREATE, SAME;

  public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

  public boolean destructive() { return this == DELETE || this == REPLACE; }

  public static ChangeKind fromOp(String op) {
    return switch (op) {
      case "create" -> CREATE;
      case "update" -> UPDATE;
      case "replace" -> REPLACE;
      case "delete" -> DELETE;
      case "same" -> SAME;
      default -> throw new IllegalArgumentException("unknown op " + op);
    };
  }
}
