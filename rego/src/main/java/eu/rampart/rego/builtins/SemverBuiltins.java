package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.List;
import java.util.regex.Pattern;

/** OPA's semver.is_valid and semver.compare (OPA's fork of coreos/go-semver). */
public final class SemverBuiltins implements BuiltinFamily {
  private static final Pattern IDENTIFIER = Pattern.compile("^[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*$");

  @Override
  public void register(BuiltinRegistry r) {
    r.register("semver.is_valid", List.of(Type.ANY), Type.BOOLEAN,
        (c, a) -> BooleanValue.of(a[0] instanceof StringValue s && Version.parse(s.value()) != null));
    r.register("semver.compare", List.of(Type.STRING, Type.STRING), Type.NUMBER, SemverBuiltins::compare);
  }

  private static Value compare(BuiltinContext ctx, Value[] a) {
    Version x = version(a, 0);
    Version y = version(a, 1);
    return NumberValue.of(x.compareTo(y));
  }

  private static Version version(Value[] a, int i) {
    String s = Args.string(a, i);
    Version v = Version.parse(s);
    if (v == null) throw new BuiltinError("operand " + (i + 1) + ": string " + a[i] + " is not a valid SemVer");
    return v;
  }

  /** major.minor.patch[-prerelease][+metadata]; metadata does not take part in comparison. */
  record Version(long major, long minor, long patch, String preRelease) implements Comparable<Version> {
    static Version parse(String s) {
      String rest = s;
      String metadata = "";
      int plus = rest.indexOf('+');
      if (plus >= 0) {
        metadata = rest.substring(plus + 1);
        rest = rest.substring(0, plus);
      }
      String pre = "";
      int dash = rest.indexOf('-');
      if (dash >= 0) {
        pre = rest.substring(dash + 1);
        rest = rest.substring(0, dash);
      }
      String[] parts = rest.split("\\.", 3);
      if (parts.length != 3) return null;
      if (!pre.isEmpty() && !IDENTIFIER.matcher(pre).matches()) return null;
      if (!metadata.isEmpty() && !IDENTIFIER.matcher(metadata).matches()) return null;
      long[] n = new long[3];
      for (int i = 0; i < 3; i++) {
        Long v = parseInt64(parts[i]);
        if (v == null) return null;
        n[i] = v;
      }
      return new Version(n[0], n[1], n[2], pre);
    }

    /** strconv.ParseInt(s, 10, 64): optional sign, decimal digits only. */
    private static Long parseInt64(String s) {
      if (s.isEmpty()) return null;
      int start = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
      if (start == s.length()) return null;
      for (int i = start; i < s.length(); i++) if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') return null;
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }

    @Override
    public int compareTo(Version o) {
      int c = Long.compare(major, o.major);
      if (c == 0) c = Long.compare(minor, o.minor);
      if (c == 0) c = Long.compare(patch, o.patch);
      if (c != 0) return Integer.signum(c);
      if (preRelease.isEmpty() && !o.preRelease.isEmpty()) return 1;
      if (o.preRelease.isEmpty() && !preRelease.isEmpty()) return -1;
      String[] a = preRelease.split("\\.", -1);
      String[] b = o.preRelease.split("\\.", -1);
      for (int i = 0; ; i++) {
        if (i == a.length) return i == b.length ? 0 : -1;
        if (i == b.length) return 1;
        Long ai = atoi(a[i]);
        Long bi = atoi(b[i]);
        if (ai != null && bi == null) return -1;
        if (ai == null && bi != null) return 1;
        if (ai != null) {
          int k = Long.compare(ai, bi);
          if (k != 0) return k;
        }
        int k = a[i].compareTo(b[i]);
        if (k != 0) return k > 0 ? 1 : -1;
      }
    }

    private static Long atoi(String s) {
      return parseInt64(s);
    }
  }
}
