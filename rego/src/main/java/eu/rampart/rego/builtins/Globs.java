package eu.rampart.rego.builtins;

import java.util.function.Predicate;

/**
 * gobwas/glob patterns with no delimiters, as OPA compiles a bundle manifest's
 * {@code file_rego_versions} keys (bundle.Manifest numericRegoVersionForFile: glob.Compile(pattern)):
 * {@code *} matches any run of characters, slashes included. The same translation as glob.match.
 */
public final class Globs {
  private Globs() {}

  /** Compiles the pattern to a whole-text matcher; a malformed one throws IllegalArgumentException. */
  public static Predicate<String> compile(String glob) {
    try {
      com.google.re2j.Pattern p = GlobPattern.compile(glob, new int[0]);
      return text -> p.matcher(text).matches();
    } catch (BuiltinError e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }
}
