package eu.rampart.rego.builtins;

import com.google.re2j.Pattern;
import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.List;

/** OPA's glob.match and glob.quote_meta (topdown/glob.go, gobwas/glob semantics). */
public final class GlobBuiltins implements BuiltinFamily {
  /** Compiled globs: a {@link GlobTokens} matcher where possible, else an RE2 {@link Pattern}. */
  private static final PatternCache<String, Object> CACHE = new PatternCache<>(1000);
  private static final int[] DEFAULT_DELIMITERS = {'.'};

  @Override
  public void register(BuiltinRegistry r) {
    r.register("glob.match", List.of(Type.STRING, Type.union(Type.ARRAY, Type.NULL), Type.STRING), Type.BOOLEAN,
        GlobBuiltins::match);
    r.register("glob.quote_meta", List.of(Type.STRING), Type.STRING,
        (c, a) -> StringValue.of(quoteMeta(Args.string(a, 0))));
  }

  private static Value match(BuiltinContext ctx, Value[] a) {
    String pattern = Args.string(a, 0);
    int[] delimiters;
    if (a[1] instanceof NullValue) {
      delimiters = new int[0];
    } else if (a[1] instanceof ArrayValue arr) {
      delimiters = runes(arr);
      // An empty list means the default delimiter; null means none at all.
      if (delimiters.length == 0) delimiters = DEFAULT_DELIMITERS;
    } else {
      throw new BuiltinTypeError("operand 2 must be one of {array, null} but got " + a[1].typeName());
    }
    String value = Args.string(a, 2);
    StringBuilder key = new StringBuilder(pattern.length() + 8);
    for (int d : delimiters) key.appendCodePoint(d);
    key.append('\u0000').append(pattern);
    int[] delims = delimiters;
    Object m = CACHE.get(key.toString(), k -> compile(pattern, delims));
    return BooleanValue.of(m instanceof GlobTokens t ? t.matches(value) : ((Pattern) m).matches(value));
  }

  static Object compile(String pattern, int[] delimiters) {
    GlobTokens t = GlobTokens.of(pattern, delimiters);
    return t != null ? t : GlobPattern.compile(pattern, delimiters);
  }

  private static int[] runes(ArrayValue arr) {
    int[] out = new int[arr.size()];
    for (int k = 0; k < out.length; k++) {
      Value e = arr.get(k);
      if (!(e instanceof StringValue s)) throw TextOperands.elementError(1, arr, "string", e);
      String v = s.value();
      if (v.isEmpty() || v.codePointCount(0, v.length()) != 1) throw TextOperands.elementError(1, arr, "rune", e);
      out[k] = v.codePointAt(0);
    }
    return out;
  }

  /** gobwas/glob's QuoteMeta: backslash before each of * ? \ [ ] { }. */
  static String quoteMeta(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("*?\\[]{}".indexOf(c) >= 0) sb.append('\\');
      sb.append(c);
    }
    return sb.toString();
  }
}
