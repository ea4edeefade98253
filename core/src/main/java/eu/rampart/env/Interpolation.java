package eu.rampart.env;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulumi ESC interpolation over the {@code values} tree: a string that is exactly
 * {@code ${path.to.value}} becomes that value with its type (object, list, number...); references
 * inside a longer string substitute the value's text; {@code $${} stays a literal {@code ${}.
 * References resolve against {@code values}, recursively, and a cycle or an unknown path is an
 * error naming the file, the line and the path.
 */
final class Interpolation {
  private static final Pattern REF = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern WHOLE = Pattern.compile("^\\$\\{([^}]*)}$");
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");
  private static final String ESCAPED = "\u0000ESC_DOLLAR_BRACE\u0000";

  private final Path file;
  private final YamlTree tree;
  private final Map<String, Object> values;
  private final Set<String> resolving = new HashSet<>();
  private final Map<String, Object> resolved = new LinkedHashMap<>();
  /**
   * Size of each resolved value as it would be written out (shared references counted each time),
   * so that references of references cannot grow a value beyond the limit even when it is only
   * built as shared structure.
   */
  private final java.util.IdentityHashMap<Object, Long> weights = new java.util.IdentityHashMap<>();
  private final long maxChars = eu.rampart.limits.Limits.INTERPOLATED_CHARS.value();
  /** References resolved inside one another; a chain this long is refused rather than followed. */
  private static final int MAX_REFERENCE_DEPTH = 64;

  Interpolation(Path file, YamlTree tree, Map<String, Object> values) {
    this.file = file;
    this.tree = tree;
    this.values = values;
  }

  /** The whole {@code values} tree with every reference replaced. */
  @SuppressWarnings("unchecked")
  Map<String, Object> resolveAll() {
    Map<String, Object> out = (Map<String, Object>) resolve(values, "values");
    checkSize(out, "values");
    return out;
  }

  private void checkSize(Object value, String path) {
    if (weight(value) > maxChars) {
      throw error(path, "interpolation makes the value larger than " + maxChars + " characters ("
          + eu.rampart.limits.Limits.INTERPOLATED_CHARS.howToRaise() + ")");
    }
  }

  private long weight(Object v) {
    if (v instanceof String s) return s.length() + 1L;
    if (!(v instanceof Map) && !(v instanceof List)) return 8;
    Long known = weights.get(v);
    if (known != null) return known;
    long sum = 1;
    Iterable<?> children = v instanceof Map<?, ?> m ? m.values() : (List<?>) v;
    for (Object child : children) {
      sum += weight(child);
      if (sum > maxChars) break; // no need to count further; also keeps the sum from overflowing
    }
    weights.put(v, sum);
    return sum;
  }

  private Object resolve(Object v, String path) {
    if (v instanceof String s) return resolveString(s, path);
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) out.put((String) e.getKey(), resolve(e.getValue(), path + "." + e.getKey()));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) out.add(resolve(l.get(i), path + "[" + i + "]"));
      return out;
    }
    return v;
  }

  private Object resolveString(String s, String path) {
    if (!s.contains("${")) return s;
    String text = s.replace("$${", ESCAPED);
    Matcher whole = WHOLE.matcher(text);
    if (whole.matches()) return lookup(whole.group(1).trim(), path);
    Matcher m = REF.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = lookup(m.group(1).trim(), path);
      if (value instanceof Map || value instanceof List) {
        throw error(path, "${" + m.group(1) + "} is an object or list and cannot be placed inside a string");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
      if (out.length() > maxChars) checkSize(out.toString(), path);
    }
    m.appendTail(out);
    return out.toString().replace(ESCAPED, "${");
  }

  private Object lookup(String ref, String fromPath) {
    if (ref.isEmpty()) throw error(fromPath, "empty reference ${}");
    if (resolved.containsKey(ref)) return resolved.get(ref);
    if (!resolving.add(ref)) throw error(fromPath, "reference cycle through ${" + ref + "}");
    if (resolving.size() > MAX_REFERENCE_DEPTH) {
      resolving.remove(ref);
      throw error(fromPath, "references nested more than " + MAX_REFERENCE_DEPTH + " deep (${" + ref + "})");
    }
    try {
      Object cur = values;
      Matcher seg = SEGMENT.matcher(ref);
      int consumed = 0;
      StringBuilder at = new StringBuilder("values");
      while (seg.find()) {
        if (seg.start() != consumed && !(seg.start() == consumed + 1 && ref.charAt(consumed) == '.')) {
          throw error(fromPath, "malformed reference ${" + ref + "}");
        }
        consumed = seg.end();
        if (seg.group(1) != null) {
          if (!(cur instanceof Map<?, ?> m) || !m.containsKey(seg.group(1))) {
            throw error(fromPath, "unknown reference ${" + ref + "}: " + at + " has no key '" + seg.group(1) + "'");
          }
          cur = m.get(seg.group(1));
          at.append('.').append(seg.group(1));
        } else {
          String digits = seg.group(2);
          if (digits.length() > 9) throw error(fromPath, "unknown reference ${" + ref + "}: index " + digits + " is out of range");
          int i = Integer.parseInt(digits);
          if (!(cur instanceof List<?> l) || i >= l.size()) {
            throw error(fromPath, "unknown reference ${" + ref + "}: " + at + " has no item [" + i + "]");
          }
          cur = l.get(i);
          at.append('[').append(i).append(']');
        }
      }
      if (consumed != ref.length()) throw error(fromPath, "malformed reference ${" + ref + "}");
      Object value = resolve(cur, at.toString());
      checkSize(value, fromPath);
      resolved.put(ref, value);
      return value;
    } finally {
      resolving.remove(ref);
    }
  }

  private EnvironmentException error(String path, String message) {
    return new EnvironmentException(file, tree.line(path), message + " (at " + path + ")");
  }
}
