package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.Value;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** object.get, object.keys, object.remove, object.filter, object.union, object.union_n, object.subset. */
public final class ObjectBuiltins implements BuiltinFamily {
  /**
   * Operands OPA declares as "one of {object, set, array}" are registered as ANY and checked in the
   * body: OPA's messages list the kinds in that order, which a {@link Type} (an unordered set of
   * kinds) cannot reproduce.
   */
  private static final Type CHECKED_IN_BODY = Type.ANY;

  @Override
  public void register(BuiltinRegistry r) {
    r.register("object.get", List.of(Type.OBJECT, Type.ANY, Type.ANY), Type.ANY, (c, a) -> get(a));
    r.register("object.keys", List.of(Type.OBJECT), Type.SET, (c, a) -> SetValue.of(Args.object(a, 0).keys()));
    r.register("object.remove", List.of(Type.OBJECT, CHECKED_IN_BODY), Type.OBJECT, (c, a) -> remove(a));
    r.register("object.filter", List.of(Type.OBJECT, CHECKED_IN_BODY), Type.OBJECT, (c, a) -> filter(a));
    r.register("object.union", List.of(Type.OBJECT, Type.OBJECT), Type.OBJECT,
        (c, a) -> union(Args.object(a, 0), Args.object(a, 1)));
    r.register("object.union_n", List.of(Type.ARRAY), Type.OBJECT, (c, a) -> unionN(a));
    r.register("object.subset", List.of(CHECKED_IN_BODY, CHECKED_IN_BODY), Type.BOOLEAN, (c, a) -> subset(a));
  }

  private static Value get(Value[] a) {
    ObjectValue obj = Args.object(a, 0);
    if (!(a[1] instanceof ArrayValue path)) {
      Value v = obj.get(a[1]);
      return v != null ? v : a[2];
    }
    Value cur = obj;
    for (int i = 0; i < path.size(); i++) {
      cur = child(cur, path.get(i));
      if (cur == null) return a[2];
    }
    return cur;
  }

  /** One step of a path through objects (by key), arrays (by integer index) and sets (by element). */
  static Value child(Value container, Value segment) {
    if (container instanceof ObjectValue o) return o.get(segment);
    if (container instanceof SetValue s) return s.contains(segment) ? segment : null;
    if (container instanceof ArrayValue arr && segment instanceof NumberValue n && n.isLong()) {
      long i = n.longValue();
      return i >= 0 && i < arr.size() ? arr.get((int) i) : null;
    }
    return null;
  }

  /** The keys named by operand 2: an object's keys, or the elements of a set or array. */
  private static Collection<Value> keyOperand(Value[] a) {
    if (a[1] instanceof ObjectValue o) return o.keys();
    if (a[1] instanceof SetValue s) return s.elements();
    if (a[1] instanceof ArrayValue arr) return arr.items();
    throw new BuiltinTypeError("operand 2 must be one of {object, set, array} but got " + a[1].typeName());
  }

  private static Value remove(Value[] a) {
    ObjectValue obj = Args.object(a, 0);
    Collection<Value> keys = keyOperand(a);
    LinkedHashSet<Value> drop = new LinkedHashSet<>(keys);
    LinkedHashMap<Value, Value> out = new LinkedHashMap<>();
    for (Map.Entry<Value, Value> e : obj.entries()) {
      if (!drop.contains(e.getKey())) out.put(e.getKey(), e.getValue());
    }
    return ObjectValue.wrap(out);
  }

  private static Value filter(Value[] a) {
    ObjectValue obj = Args.object(a, 0);
    Collection<Value> keys = keyOperand(a);
    LinkedHashSet<Value> keep = new LinkedHashSet<>(keys);
    LinkedHashMap<Value, Value> out = new LinkedHashMap<>();
    for (Map.Entry<Value, Value> e : obj.entries()) {
      if (keep.contains(e.getKey())) out.put(e.getKey(), e.getValue());
    }
    return ObjectValue.wrap(out);
  }

  /** Recursive merge: on a key conflict the right value wins unless both values are objects. */
  static ObjectValue union(ObjectValue left, ObjectValue right) {
    if (left.size() == 0) return right;
    if (right.size() == 0) return left;
    LinkedHashMap<Value, Value> out = new LinkedHashMap<>(left.asMap());
    for (Map.Entry<Value, Value> e : right.entries()) {
      Value prev = out.get(e.getKey());
      if (prev instanceof ObjectValue po && e.getValue() instanceof ObjectValue no) {
        out.put(e.getKey(), union(po, no));
      } else {
        out.put(e.getKey(), e.getValue());
      }
    }
    return ObjectValue.wrap(out);
  }

  private static Value unionN(Value[] a) {
    ArrayValue arr = Args.array(a, 0);
    ObjectValue acc = ObjectValue.EMPTY;
    for (int i = 0; i < arr.size(); i++) {
      if (!(arr.get(i) instanceof ObjectValue o)) {
        throw new BuiltinTypeError("operand 1 must be array of objects but got array containing " + arr.get(i).typeName());
      }
      acc = union(acc, o);
    }
    return acc;
  }

  private static Value subset(Value[] a) {
    Value sup = a[0], sub = a[1];
    if (sup instanceof ObjectValue o && sub instanceof ObjectValue so) return BooleanValue.of(objectSubset(o, so));
    if (sup instanceof SetValue s && sub instanceof SetValue ss) return BooleanValue.of(setSubset(s, ss));
    if (sup instanceof ArrayValue arr && sub instanceof ArrayValue sa) return BooleanValue.of(arraySubset(arr, sa));
    if (sup instanceof ArrayValue arr && sub instanceof SetValue ss) {
      LinkedHashSet<Value> items = new LinkedHashSet<>(arr.items());
      return BooleanValue.of(items.containsAll(ss.elements()));
    }
    // a built-in error, not a type error, as in OPA: undefined unless built-in errors are strict
    throw new BuiltinError("both arguments object.subset must be of the same type or array and set");
  }

  /** Every key of sub is in sup with an equal value, where nested collections compare by subset. */
  private static boolean objectSubset(ObjectValue sup, ObjectValue sub) {
    for (Map.Entry<Value, Value> e : sub.entries()) {
      Value sv = sup.get(e.getKey());
      if (sv == null) return false;
      Value want = e.getValue();
      if (sv instanceof ObjectValue so && want instanceof ObjectValue wo) {
        if (!objectSubset(so, wo)) return false;
      } else if (sv instanceof SetValue ss && want instanceof SetValue ws) {
        if (!setSubset(ss, ws)) return false;
      } else if (sv instanceof ArrayValue sa && want instanceof ArrayValue wa) {
        if (!arraySubset(sa, wa)) return false;
      } else if (!sv.equals(want)) {
        return false;
      }
    }
    return true;
  }

  private static boolean setSubset(SetValue sup, SetValue sub) {
    return sup.elements().containsAll(sub.elements());
  }

  /** sub occurs in sup as a contiguous run. */
  private static boolean arraySubset(ArrayValue sup, ArrayValue sub) {
    if (sub.size() == 0) return true;
    outer:
    for (int start = 0; start + sub.size() <= sup.size(); start++) {
      for (int j = 0; j < sub.size(); j++) {
        if (!sup.get(start + j).equals(sub.get(j))) continue outer;
      }
      return true;
    }
    return false;
  }
}
