package eu.rampart.plan.read;

import java.util.Map;

/**
 * Pulumi step operations mapped to the five changes policies see (create, update, replace,
 * delete, same). A replacement shows up as several steps on one URN; {@link #combine} keeps the
 * most disruptive.
 */
public final class Ops {
  private Ops() {}

  private static final Map<String, String> OPS = Map.ofEntries(
      Map.entry("same", "same"),
      Map.entry("create", "create"),
      Map.entry("update", "update"),
      Map.entry("delete", "delete"),
      Map.entry("replace", "replace"),
      Map.entry("create-replacement", "replace"),
      Map.entry("delete-replaced", "replace"),
      Map.entry("remove-pending-replace", "replace"),
      Map.entry("read", "same"),
      Map.entry("refresh", "same"),
      Map.entry("read-replacement", "replace"),
      Map.entry("import", "create"),
      Map.entry("import-replacement", "replace"),
      // Discarding forgets a resource without touching the cloud; for a reviewer it still means the
      // stack stops managing it, so it is shown as a delete rather than hidden.
      Map.entry("discard", "delete"),
      Map.entry("discard-replaced", "replace"));

  /** The normalised op, or null when Pulumi's op is not one rampart knows. */
  public static String normalise(String pulumiOp) {
    return pulumiOp == null ? null : OPS.get(pulumiOp);
  }

  public static String combine(String a, String b) {
    if (a == null) return b;
    if (b == null) return a;
    if (a.equals(b)) return a;
    if (rank(a) == rank(b)) return "replace"; // create + delete on one URN
    return rank(a) > rank(b) ? a : b;
  }

  private static int rank(String op) {
    return switch (op) {
      case "replace" -> 4;
      case "delete", "create" -> 3;
      case "update" -> 2;
      default -> 1;
    };
  }
}
