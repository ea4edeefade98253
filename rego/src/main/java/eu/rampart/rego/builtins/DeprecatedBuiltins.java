package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-ins OPA declares as deprecated (ast/builtins.go: SetDiff, NetCIDROverlap, Cast*,
 * RegexMatchDeprecated, All, Any). OPA 1.x keeps them for Rego v0 modules only ({@code --v0-compatible});
 * in a v1 module the compiler reports them as undefined functions ({@link #V0_ONLY}).
 */
public final class DeprecatedBuiltins implements BuiltinFamily {
  /** Names callable from v0 modules only. */
  public static final Set<String> V0_ONLY = Set.of("any", "all", "cast_array", "cast_set", "cast_string",
      "cast_boolean", "cast_null", "cast_object", "re_match", "set_diff", "net.cidr_overlap");

  private static final Type COLLECTION = Type.of(Type.Kind.ARRAY, Type.Kind.SET);

  @Override
  public void register(BuiltinRegistry r) {
    // topdown/aggregates.go builtinAll / builtinAny: over the members of an array or set
    r.register("all", List.of(COLLECTION), Type.BOOLEAN, (c, a) -> BooleanValue.of(members(a[0]).stream().allMatch(BooleanValue.TRUE::equals)));
    r.register("any", List.of(COLLECTION), Type.BOOLEAN, (c, a) -> BooleanValue.of(members(a[0]).stream().anyMatch(BooleanValue.TRUE::equals)));
    // topdown/casts.go: each cast returns its operand when it already has the type, else a type error
    r.register("cast_array", List.of(Type.ANY), Type.ARRAY, (c, a) -> {
      if (a[0] instanceof ArrayValue) return a[0];
      if (a[0] instanceof SetValue s) return ArrayValue.wrap(s.sorted().clone());
      throw Args.typeError(0, "one of {array, set}", a[0]);
    });
    r.register("cast_set", List.of(Type.ANY), Type.SET, (c, a) -> {
      if (a[0] instanceof SetValue) return a[0];
      if (a[0] instanceof ArrayValue arr) return SetValue.of(members(arr));
      throw Args.typeError(0, "one of {array, set}", a[0]);
    });
    r.register("cast_string", List.of(Type.ANY), Type.STRING, (c, a) -> cast(a[0], StringValue.class, "string"));
    r.register("cast_boolean", List.of(Type.ANY), Type.BOOLEAN, (c, a) -> cast(a[0], BooleanValue.class, "boolean"));
    r.register("cast_null", List.of(Type.ANY), Type.NULL, (c, a) -> cast(a[0], NullValue.class, "null"));
    r.register("cast_object", List.of(Type.ANY), Type.OBJECT, (c, a) -> cast(a[0], ObjectValue.class, "object"));
    // set_diff(a, b) is a - b on sets (replaced by minus)
    r.register("set_diff", List.of(Type.SET, Type.SET), Type.SET, (c, a) -> {
      LinkedHashSet<Value> out = new LinkedHashSet<>(Args.set(a, 0).elements());
      out.removeAll(Args.set(a, 1).elements());
      return SetValue.wrap(out);
    });
    // topdown/cidr.go builtinNetCIDROverlap: is the IP address (not a network) inside the CIDR?
    r.register("net.cidr_overlap", List.of(Type.STRING, Type.STRING), Type.BOOLEAN, (c, a) -> {
      String ip = Args.string(a, 1);
      if (IpNet.parseIp(ip) == null) throw new BuiltinError("invalid IP address: " + ip);
      return BuiltinRegistry.standard().get("net.cidr_contains").fn().call(c, a);
    });
  }

  private static List<Value> members(Value coll) {
    if (coll instanceof ArrayValue arr) {
      Value[] out = new Value[arr.size()];
      for (int i = 0; i < out.length; i++) out[i] = arr.get(i);
      return Arrays.asList(out);
    }
    return Arrays.asList(((SetValue) coll).sorted());
  }

  private static Value cast(Value v, Class<? extends Value> type, String name) {
    if (type.isInstance(v)) return v;
    throw Args.typeError(0, name, v);
  }
}
