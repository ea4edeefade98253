package eu.rampart.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses the raw waiver maps of an environment file; every field is required. */
public final class Waivers {
  private static final List<String> FIELDS = List.of("rule", "urn", "reason", "owner", "expires");

  private Waivers() {}

  public static List<Waiver> parse(String sourceFile, List<?> raw) throws CheckInputException {
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
      out.add(new Waiver(sourceFile, i, rule, UrnGlob.compile(m.get("urn").toString().trim()),
          m.get("reason").toString().trim(), m.get("owner").toString().trim(), expires));
    }
    return out;
  }
}
