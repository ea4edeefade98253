package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.StringValue;
import java.util.List;

/** is_number ... is_null and type_name. */
public final class TypeBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    List<Type> any = List.of(Type.ANY);
    r.register("is_number", any, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].isNumber()));
    r.register("is_string", any, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].isString()));
    r.register("is_boolean", any, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].isBoolean()));
    r.register("is_array", any, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].isArray()));
    r.register("is_set", any, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].isSet()));
    r.register("is_object", any, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].isObject()));
    r.register("is_null", any, Type.BOOLEAN, (c, a) -> BooleanValue.of(a[0].isNull()));
    r.register("type_name", any, Type.STRING, (c, a) -> StringValue.of(a[0].typeName()));
  }
}
