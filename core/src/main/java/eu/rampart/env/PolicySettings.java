package eu.rampart.env;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code rampart.policy} section: allowed regions per cloud, per-rule enforcement overrides
 * ({@code mandatory}, {@code advisory}, {@code disabled}) and waivers, kept as raw maps for the
 * checker to interpret.
 */
public record PolicySettings(Map<String, List<String>> allowedRegions, Map<String, String> enforcement,
                             List<Map<String, Object>> waivers, Platform platform) {
  /**
   * The scope model (docs/environments.md): the projects of the platform (landing-zone) stacks and
   * the controls they provide for every workload stack of the environment. Empty when the file
   * names no platform: every stack is then judged on its own, as before.
   */
  public record Platform(List<String> stacks, List<String> provides) {
    public static final Platform NONE = new Platform(List.of(), List.of());

    public boolean named() { return !stacks.isEmpty() && !provides.isEmpty(); }
  }

  private static final Set<String> LEVELS = Set.of("mandatory", "advisory", "disabled");

  static PolicySettings from(Path file, YamlTree tree, Object raw) {
    String base = "values.rampart.policy";
    if (raw == null) throw new EnvironmentException(file, tree.line("values.rampart"), "missing 'rampart.policy' section");
    if (!(raw instanceof Map<?, ?> policy)) throw new EnvironmentException(file, tree.line(base), "'rampart.policy' must be a mapping");

    Map<String, List<String>> regions = new LinkedHashMap<>();
    Object rawRegions = policy.get("allowedRegions");
    if (!(rawRegions instanceof Map<?, ?> rm) || rm.isEmpty()) {
      throw new EnvironmentException(file, tree.line(base + ".allowedRegions"),
          "'rampart.policy.allowedRegions' must map each cloud to a list of regions");
    }
    for (Map.Entry<?, ?> e : rm.entrySet()) {
      String at = base + ".allowedRegions." + e.getKey();
      if (!(e.getValue() instanceof List<?> list)) throw new EnvironmentException(file, tree.line(at), at + " must be a list of region names");
      List<String> names = new ArrayList<>();
      for (Object o : list) {
        if (!(o instanceof String s) || s.isBlank()) throw new EnvironmentException(file, tree.line(at), at + " must contain region names, found " + o);
        names.add(s);
      }
      regions.put((String) e.getKey(), List.copyOf(names));
    }

    Map<String, String> enforcement = new LinkedHashMap<>();
    Object rawEnf = policy.get("enforcement");
    if (rawEnf != null) {
      if (!(rawEnf instanceof Map<?, ?> em)) throw new EnvironmentException(file, tree.line(base + ".enforcement"), "'rampart.policy.enforcement' must be a mapping of rule id to level");
      for (Map.Entry<?, ?> e : em.entrySet()) {
        String at = base + ".enforcement." + e.getKey();
        if (!(e.getValue() instanceof String level) || !LEVELS.contains(level)) {
          throw new EnvironmentException(file, tree.line(at), at + " must be mandatory, advisory or disabled, got " + e.getValue());
        }
        enforcement.put((String) e.getKey(), level);
      }
    }

    List<Map<String, Object>> waivers = new ArrayList<>();
    Object rawWaivers = policy.get("waivers");
    if (rawWaivers != null) {
      if (!(rawWaivers instanceof List<?> wl)) throw new EnvironmentException(file, tree.line(base + ".waivers"), "'rampart.policy.waivers' must be a list");
      for (int i = 0; i < wl.size(); i++) {
        if (!(wl.get(i) instanceof Map<?, ?> w)) {
          throw new EnvironmentException(file, tree.line(base + ".waivers[" + i + "]"), "waiver #" + (i + 1) + " must be a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> waiver = (Map<String, Object>) w;
        waivers.add(Collections.unmodifiableMap(new LinkedHashMap<>(waiver)));
      }
    }
    return new PolicySettings(Collections.unmodifiableMap(regions), Collections.unmodifiableMap(enforcement), List.copyOf(waivers),
        platform(file, tree, policy.get("platform")));
  }

  private static Platform platform(Path file, YamlTree tree, Object raw) {
    String base = "values.rampart.policy.platform";
    if (raw == null) return Platform.NONE;
    if (!(raw instanceof Map<?, ?> m)) throw new EnvironmentException(file, tree.line(base), "'rampart.policy.platform' must be a mapping with stacks and provides");
    for (Object k : m.keySet()) {
      if (!"stacks".equals(k) && !"provides".equals(k)) {
        throw new EnvironmentException(file, tree.line(base + "." + k), base + "." + k + ": unknown key (expected stacks, provides)");
      }
    }
    List<String> stacks = names(file, tree, base + ".stacks", m.get("stacks"), "platform stack project names");
    List<String> provides = names(file, tree, base + ".provides", m.get("provides"), "control ids");
    return new Platform(stacks, provides);
  }

  private static List<String> names(Path file, YamlTree tree, String at, Object raw, String what) {
    if (!(raw instanceof List<?> list) || list.isEmpty()) throw new EnvironmentException(file, tree.line(at), at + " must be a non-empty list of " + what);
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s) || s.isBlank()) throw new EnvironmentException(file, tree.line(at), at + " must contain " + what + " (non-empty strings)");
      out.add(s.trim());
    }
    return List.copyOf(out);
  }
}
