package eu.rampart.cli.rego;

import java.util.List;

/**
 * The {@code --ignore} patterns of {@code opa test} and {@code opa eval} (cmd/filters.go
 * loaderFilter.Apply with loader.GlobExcludeName(pattern, 1)): a file or directory below a
 * given path is skipped, with everything under it, when its name (not its path) matches one
 * pattern in Go's filepath.Match syntax. The paths given on the command line are never skipped.
 */
final class IgnoreFilter {
  static final IgnoreFilter NONE = new IgnoreFilter(List.of());

  private final List<String> patterns;

  IgnoreFilter(List<String> patterns) { this.patterns = List.copyOf(patterns); }

  boolean ignores(String name, int depth) {
    if (depth < 1) return false;
    for (String p : patterns) if (GoNameMatch.matches(p, name)) return true;
    return false;
  }
}
