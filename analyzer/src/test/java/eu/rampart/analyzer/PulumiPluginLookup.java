package eu.rampart.analyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds an analyzer plugin the way the Pulumi CLI does for a policy pack of runtime R
 * (pulumi/pulumi {@code plugin.NewPolicyAnalyzer} asks {@code workspace.GetPluginPath} for the
 * analyzer plugin "policy-R"): first the executable {@code pulumi-analyzer-policy-R} on PATH
 * ({@code exec.LookPath}, unless PULUMI_IGNORE_AMBIENT_PLUGINS), then the plugin cache
 * {@code $PULUMI_HOME/plugins}: directories named {@code <kind>-<name>-v<version>} ({@code pluginRegexp}
 * in {@code tryPlugin}), skipping those with a {@code .partial} marker ({@code getPlugins}), the
 * highest version when none is requested ({@code LegacySelectCompatiblePlugin}), and in it the file
 * {@code pulumi-<kind>-<name>} ({@code getPluginPath}). Never the pack directory.
 */
final class PulumiPluginLookup {
  private static final Pattern PLUGIN_DIR = Pattern.compile("^([a-z]+)-([a-zA-Z0-9-][a-zA-Z0-9-_.]*[a-zA-Z0-9])-v(.*)$");

  private PulumiPluginLookup() {}

  static Optional<Path> find(String runtime, String path, Path pulumiHome, boolean ignoreAmbient) throws IOException {
    String name = "policy-" + runtime;
    String file = "pulumi-analyzer-" + name;
    if (!ignoreAmbient && path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (dir.isEmpty()) continue;
        Path candidate = Path.of(dir, file);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
      }
    }
    Path plugins = pulumiHome.resolve("plugins");
    if (!Files.isDirectory(plugins)) return Optional.empty();
    try (Stream<Path> s = Files.list(plugins)) {
      List<Path> matches = s.filter(Files::isDirectory).filter(d -> {
        Matcher m = PLUGIN_DIR.matcher(d.getFileName().toString());
        return m.matches() && m.group(1).equals("analyzer") && m.group(2).equals(name)
            && !Files.exists(d.resolveSibling(d.getFileName() + ".partial"));
      }).sorted(Comparator.comparing(d -> version(d.getFileName().toString()))).toList();
      if (matches.isEmpty()) return Optional.empty();
      return Optional.of(matches.get(matches.size() - 1).resolve(file));
    }
  }

  /** Semantic version as a comparable string of zero-padded numbers (enough for x.y.z). */
  private static String version(String dir) {
    Matcher m = PLUGIN_DIR.matcher(dir);
    m.matches();
    StringBuilder sb = new StringBuilder();
    for (String part : m.group(3).split("[.+-]")) sb.append(String.format("%010d", part.matches("\\d+") ? Long.parseLong(part) : 0));
    return sb.toString();
  }
}
