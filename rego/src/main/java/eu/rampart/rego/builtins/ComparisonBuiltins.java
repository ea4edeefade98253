package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.BooleanValue;
import java.util.List;

/** equal, neq, lt, gt, lte, gte: OPA's total order over all values (==, !=, <, >, <=, >=). */
public final class ComparisonBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    List<Type> two = List.of(Type.ANY, Type.ANY);
    r.register("equal", two, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].equals(a[1])));
    r.register("neq", two, Type.BOOLEAN, (c, a) -> BooleanValue.of(!a[0].equals(a[1])));
    r.register("lt", two, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].compareTo(a[1]) < 0));
    r.register("gt", two, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].compareTo(a[1]) > 0));
    r.register("lte", two, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].compareTo(a[1]) <= 0));
    r.register("gte", two, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].compareTo(a[1]) >= 0));
  }
}
