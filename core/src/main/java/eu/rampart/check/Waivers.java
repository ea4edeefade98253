package eu.rampart.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the raw waiver maps of an environment file. Every field is required: rule, urn, reason and
 * owner are non-empty strings (a mapping or list is not a reason), and the rule names a control of
 * the pack (or {@code *}), so a typo cannot waive nothing while looking like a waiver.
 */
public final class Waivers {
  private static final List<String> FIELDS = List.of("rule", "urn", "reason", "owner", "expires");

  private static final List<String> TEXT_FIELDS = List.of("rule", "urn", "reason", "owner");

  private Waivers() {}

  private static String kindOf(Object v) {
    if (v instanceof Map<?, ?>) return "a mapping";
    if (v instanceof List<?>) return "a list";
    if (v instanceof Boolean) return "a boolean";
    if (v instanceof Number) return "a number";
    return "a " + v.getClass().getSimpleName();
  }

  public static List<Waiver> parse(String sourceFile, List<?> raw) throws CheckInputException {
    return parse(sourceFile, raw, Set.of());
  }

  /** As {@link #parse(String, List)}; with a non-empty {@code controlIds} each rule must be one of them. */
  public static List<Waiver> parse(String sourceFile, List<?> raw, Set<String> controlIds) throws CheckInputException {
    List<Waiver> out = new ArrayList<>();
    if (raw == null) return out;
    for (int i = 0; i < raw.size(); i++) {
      Object item = raw.get(i);
      String where = "waivers[" + i + "]";
      if (!(item instanceof Map<?, ?> m)) {
        throw new CheckInputException(sourceFile, where + ": expected a mapping with " + String.join(", ", FIELDS));
      }
      List<String> missing = new ArrayList<>();
      for (String f : FIELDS) {
        Object v = m.get(f);
        if (v == null || v.toString().isBlank()) missing.add(f);
      }
      for (String f : TEXT_FIELDS) {
        Object v = m.get(f);
        if (v != null && !(v instanceof String)) {
          throw new CheckInputException(sourceFile, where + "." + f + ": expected a non-empty string, got " + kindOf(v));
        }
      }
      if (!missing.isEmpty()) {
        throw new CheckInputException(sourceFile, where + ": missing required field(s) " + String.join(", ", missing)
            + " (a waiver needs rule, urn, reason, owner and expires)");
      }
      LocalDate expires;
      Object e = m.get("expires");
      if (e instanceof java.util.Date d) {
        // YAML parsers turn an unquoted 2026-12-31 into a timestamp at UTC midnight
        expires = d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      } else if (e instanceof LocalDate ld) {
        expires = ld;
      } else {
        try {
          expires = LocalDate.parse(e.toString().trim());
        } catch (DateTimeParseException ex) {
          throw new CheckInputException(sourceFile, where + ".expires: expected an ISO date like 2026-12-31, got '" + e + "'");
        }
      }
      String rule = m.get("rule").toString().trim();
      if (!controlIds.isEmpty() && !rule.equals("*") && !controlIds.contains(rule)) {
        throw new CheckInputException(sourceFile, where + ".rule: '" + rule + "' names no control of the policy pack"
            + ControlIds.suggestion(rule, controlIds));
      }
      out.add(new Waiver(sourceFile, i, rule, UrnGlob.compile(m.get("urn").toString().trim()),
          m.get("reason").toString().trim(), m.get("owner").toString().trim(), expires));
    }
    return out;
  }
}
