package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.Value;
import java.util.LinkedHashSet;
import java.util.List;

/** and (&amp;), or (|), intersection, union. */
public final class SetBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("and", List.of(Type.SET, Type.SET), Type.SET, (c, a) -> {
      SetValue x = Args.set(a, 0), y = Args.set(a, 1);
      LinkedHashSet<Value> out = new LinkedHashSet<>();
      for (Value v : x.elements()) if (y.contains(v)) out.add(v);
      return SetValue.wrap(out);
    });
    r.register("or", List.of(Type.SET, Type.SET), Type.SET, (c, a) -> {
      LinkedHashSet<Value> out = new LinkedHashSet<>(Args.set(a, 0).elements());
      out.addAll(Args.set(a, 1).elements());
      return SetValue.wrap(out);
    });
    r.register("intersection", List.of(Type.SET), Type.SET, (c, a) -> {
      LinkedHashSet<Value> out = null;
      for (Value s : Args.set(a, 0).elements()) {
        if (!(s instanceof SetValue sv)) throw new BuiltinTypeError("operand 1 must be set of sets but got set containing " + s.typeName());
        if (out == null) out = new LinkedHashSet<>(sv.elements());
        else out.retainAll(sv.elements());
      }
      return out == null ? SetValue.EMPTY : SetValue.wrap(out);
    });
    r.register("union", List.of(Type.SET), Type.SET, (c, a) -> {
      LinkedHashSet<Value> out = new LinkedHashSet<>();
      for (Value s : Args.set(a, 0).elements()) {
        if (!(s instanceof SetValue sv)) throw new BuiltinTypeError("operand 1 must be set of sets but got set containing " + s.typeName());
        out.addAll(sv.elements());
      }
      return SetValue.wrap(out);
    });
  }
}
