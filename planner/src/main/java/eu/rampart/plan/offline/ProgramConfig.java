package eu.rampart.plan.offline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stack config a program is given, as the language host passes it ({@code PULUMI_CONFIG}:
 * full keys {@code ns:key} to strings, objects and lists as JSON text; {@code PULUMI_CONFIG_SECRET_KEYS}).
 * A secret whose value cannot be known (no passphrase, a cloud secrets provider) is passed as the
 * engine's unknown sentinel and marked secret: the program runs, and the value stays an unknown
 * secret everywhere it flows.
 *
 * @param sources where each key's value came from, for messages (never the value)
 */
public record ProgramConfig(Map<String, String> values, Set<String> secretKeys, Set<String> unknownKeys,
                            Map<String, String> sources) {
  public static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

  public ProgramConfig {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    secretKeys = java.util.Collections.unmodifiableSet(new TreeSet<>(secretKeys));
    unknownKeys = java.util.Collections.unmodifiableSet(new TreeSet<>(unknownKeys));
    sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  /** The plain texts of the secret values, to mask anything the planner prints. */
  public Set<String> secretTexts() {
    Set<String> out = new TreeSet<>();
    for (String k : secretKeys) {
      String v = values.get(k);
      if (v != null && !v.isEmpty() && !v.equals(UNKNOWN)) out.add(v);
    }
    return out;
  }
}
