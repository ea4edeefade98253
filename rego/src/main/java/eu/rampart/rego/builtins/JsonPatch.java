package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * json.patch: RFC 6902 operations applied to an immutable document, as OPA applies them. Paths are
 * JSON pointers or arrays of segments; like OPA, sets are addressed by their elements. An operation
 * that cannot be applied (missing target, bad index, failed test) makes the result undefined; a
 * malformed operation is an error.
 */
final class JsonPatch {
  private JsonPatch() {}

  /** Thrown inside the patch walk when an operation does not apply; becomes undefined. */
  private static final class NotApplicable extends RuntimeException {
    NotApplicable() { super(null, null, false, false); }
  }

  static Value apply(Value[] a) {
    ArrayValue ops = Args.array(a, 1);
    Value doc = a[0];
    for (int i = 0; i < ops.size(); i++) {
      if (!(ops.get(i) instanceof ObjectValue op)) {
        throw new BuiltinTypeError("operand 2 must be array of objects but got array containing " + ops.get(i).typeName());
      }
      try {
        doc = applyOne(doc, op);
      } catch (NotApplicable e) {
        return null;
      }
    }
    return doc;
  }

  private static Value attribute(ObjectValue op, String name) {
    Value v = op.get(name);
    if (v == null) throw new BuiltinError("missing '" + name + "' attribute");
    return v;
  }

  private static List<Value> path(ObjectValue op, String name) {
    Value p = attribute(op, name);
    if (p instanceof StringValue s) {
      if (s.value().isEmpty()) return List.of();
      return JsonPathBuiltins.segments(s);
    }
    if (p instanceof ArrayValue arr) return arr.items();
    throw new BuiltinError("attribute '" + name + "' must be a string or an array of path segments but got " + p.typeName());
  }

  private static Value applyOne(Value doc, ObjectValue op) {
    if (!(attribute(op, "op") instanceof StringValue name)) throw new BuiltinError("attribute 'op' must be a string");
    List<Value> path = path(op, "path");
    switch (name.value()) {
      case "add":
        return add(doc, path, attribute(op, "value"));
      case "remove":
        return remove(doc, path);
      case "replace": {
        Value value = attribute(op, "value");
        if (path.isEmpty()) return value;
        return add(remove(doc, path), path, value);
      }
      case "move": {
        List<Value> from = path(op, "from");
        Value moved = get(doc, from);
        return add(remove(doc, from), path, moved);
      }
      case "copy": {
        List<Value> from = path(op, "from");
        return add(doc, path, get(doc, from));
      }
      case "test": {
        Value want = attribute(op, "value");
        if (!get(doc, path).equals(want)) throw new NotApplicable();
        return doc;
      }
      default:
        throw new BuiltinError("unrecognized op '" + name.value() + "'");
    }
  }

  private static Value get(Value doc, List<Value> path) {
    Value cur = doc;
    for (Value seg : path) cur = child(cur, seg);
    return cur;
  }

  private static Value child(Value container, Value seg) {
    if (container instanceof ObjectValue o) {
      Value v = o.get(seg);
      if (v == null) throw new NotApplicable();
      return v;
    }
    if (container instanceof ArrayValue arr) return arr.get(index(seg, arr.size() - 1));
    if (container instanceof SetValue s) {
      if (!s.contains(seg)) throw new NotApplicable();
      return seg;
    }
    throw new NotApplicable();
  }

  /** An RFC 6901 array index ("0" or digits without a leading zero, or an integer segment) up to max. */
  private static int index(Value seg, int max) {
    long i;
    if (seg instanceof StringValue s) {
      String t = s.value();
      if (t.isEmpty() || t.length() > 9 || (t.length() > 1 && t.charAt(0) == '0')) throw new NotApplicable();
      for (int k = 0; k < t.length(); k++) if (t.charAt(k) < '0' || t.charAt(k) > '9') throw new NotApplicable();
      i = Long.parseLong(t);
    } else if (seg instanceof NumberValue n && n.isLong()) {
      i = n.longValue();
    } else {
      throw new NotApplicable();
    }
    if (i < 0 || i > max) throw new NotApplicable();
    return (int) i;
  }

  /** doc with container at path rebuilt by f. */
  private interface Edit {
    Value at(Value container, Value lastSegment);
  }

  private static Value edit(Value doc, List<Value> path, int depth, Edit f) {
    if (depth == path.size() - 1) return f.at(doc, path.get(depth));
    Value seg = path.get(depth);
    Value inner = child(doc, seg);
    Value updated = edit(inner, path, depth + 1, f);
    return replaceChild(doc, seg, updated);
  }

  private static Value replaceChild(Value container, Value seg, Value updated) {
    if (container instanceof ObjectValue o) {
      LinkedHashMap<Value, Value> m = new LinkedHashMap<>(o.asMap());
      m.put(seg, updated);
      return ObjectValue.wrap(m);
    }
    if (container instanceof ArrayValue arr) {
      int i = index(seg, arr.size() - 1);
      Value[] items = arr.items().toArray(new Value[0]);
      items[i] = updated;
      return ArrayValue.wrap(items);
    }
    SetValue s = (SetValue) container;
    LinkedHashSet<Value> out = new LinkedHashSet<>(s.elements());
    out.remove(seg);
    out.add(updated);
    return SetValue.wrap(out);
  }

  private static Value add(Value doc, List<Value> path, Value value) {
    if (path.isEmpty()) return value;
    return edit(doc, path, 0, (container, seg) -> {
      if (container instanceof ObjectValue o) {
        LinkedHashMap<Value, Value> m = new LinkedHashMap<>(o.asMap());
        m.put(seg, value);
        return ObjectValue.wrap(m);
      }
      if (container instanceof ArrayValue arr) {
        int i = seg instanceof StringValue s && s.value().equals("-") ? arr.size() : index(seg, arr.size());
        List<Value> items = new ArrayList<>(arr.items());
        items.add(i, value);
        return ArrayValue.of(items);
      }
      if (container instanceof SetValue s) {
        // a set element is its own key, so the value must be the element the path names
        if (!seg.equals(value)) throw new NotApplicable();
        LinkedHashSet<Value> out = new LinkedHashSet<>(s.elements());
        out.add(value);
        return SetValue.wrap(out);
      }
      throw new NotApplicable();
    });
  }

  private static Value remove(Value doc, List<Value> path) {
    if (path.isEmpty()) throw new NotApplicable();
    return edit(doc, path, 0, (container, seg) -> {
      if (container instanceof ObjectValue o) {
        if (!o.containsKey(seg)) throw new NotApplicable();
        LinkedHashMap<Value, Value> m = new LinkedHashMap<>(o.asMap());
        m.remove(seg);
        return ObjectValue.wrap(m);
      }
      if (container instanceof ArrayValue arr) {
        int i = index(seg, arr.size() - 1);
        List<Value> items = new ArrayList<>(arr.items());
        items.remove(i);
        return ArrayValue.of(items);
      }
      if (container instanceof SetValue s) {
        if (!s.contains(seg)) throw new NotApplicable();
        LinkedHashSet<Value> out = new LinkedHashSet<>(s.elements());
        out.remove(seg);
        return SetValue.wrap(out);
      }
      throw new NotApplicable();
    });
  }
}
