package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** json.filter, json.remove and json.patch (editing documents by JSON paths), json.verify_schema and json.match_schema. */
public final class JsonPathBuiltins implements BuiltinFamily {
  /**
   * Multi-kind operands are registered as ANY and checked in the body, whose messages keep OPA's
   * order of kinds ("one of {set, array}"), which an unordered {@link Type} cannot.
   */
  private static final Type PATHS = Type.ANY;

  @Override
  public void register(BuiltinRegistry r) {
    r.register("json.filter", List.of(Type.OBJECT, PATHS), Type.ANY, (c, a) -> filter(a));
    r.register("json.remove", List.of(Type.OBJECT, PATHS), Type.ANY, (c, a) -> remove(a));
    r.register("json.patch", List.of(Type.ANY, Type.ARRAY), Type.ANY, (c, a) -> JsonPatch.apply(a));
    Type schema = Type.ANY;
    r.register("json.verify_schema", List.of(schema), Type.ARRAY, (c, a) -> verifySchema(a));
    r.register("json.match_schema", List.of(Type.ANY, schema), Type.ARRAY, (c, a) -> matchSchema(a));
  }

  /** [true, null] for a usable schema, else [false, "jsonschema: <why>"]. */
  private static Value verifySchema(Value[] a) {
    try {
      JsonSchema.verify(JsonSchema.operand(a[0], 0, "schema"));
      return ArrayValue.of(BooleanValue.TRUE, NullValue.NULL);
    } catch (JsonSchema.InvalidSchema e) {
      return ArrayValue.of(BooleanValue.FALSE, StringValue.of("jsonschema: " + e.getMessage()));
    }
  }

  /** [valid, errors] of a document against a schema; an unusable schema is an error. */
  private static Value matchSchema(Value[] a) {
    Value doc = JsonSchema.operand(a[0], 0, "document");
    Value schema = JsonSchema.operand(a[1], 1, "schema");
    try {
      JsonSchema.verify(schema);
    } catch (JsonSchema.InvalidSchema e) {
      throw new BuiltinError(e.getMessage());
    }
    List<Value> errors = JsonSchema.validate(schema, doc);
    return ArrayValue.of(BooleanValue.of(errors.isEmpty()), ArrayValue.of(errors));
  }

  /** A trie of the paths given to json.filter / json.remove; a leaf selects the whole subtree. */
  private static final class PathTree {
    boolean leaf;
    final Map<Value, PathTree> kids = new LinkedHashMap<>();

    void add(List<Value> segments) {
      PathTree node = this;
      for (Value s : segments) {
        if (node.leaf) return; // a shorter path already covers this one
        node = node.kids.computeIfAbsent(s, k -> new PathTree());
      }
      node.leaf = true;
      node.kids.clear();
    }

    /** The child for an object key, set element or array index; string and number indexes both match. */
    PathTree child(Value key) {
      return kids.get(key);
    }

    PathTree index(int i) {
      PathTree t = kids.get(StringValue.of(Integer.toString(i)));
      return t != null ? t : kids.get(eu.rampart.rego.value.NumberValue.of(i));
    }
  }

  private static PathTree paths(Value[] a) {
    List<Value> elements;
    if (a[1] instanceof SetValue s) elements = List.of(s.sorted());
    else if (a[1] instanceof ArrayValue arr) elements = arr.items();
    else throw Args.typeError(1, "one of {set, array}", a[1]);
    PathTree tree = new PathTree();
    for (Value e : elements) tree.add(segments(e));
    return tree;
  }

  /** "a/b/c" (leading slash optional, ~1 and ~0 unescaped) or an array of segments. */
  static List<Value> segments(Value path) {
    if (path instanceof StringValue s) {
      String p = s.value();
      while (p.startsWith("/")) p = p.substring(1);
      List<Value> out = new ArrayList<>();
      for (String part : p.split("/", -1)) out.add(StringValue.of(part.replace("~1", "/").replace("~0", "~")));
      return out;
    }
    if (path instanceof ArrayValue arr) return arr.items();
    throw new BuiltinTypeError("operand 2 must be one of {set, array} containing string paths or array of path segments but got "
        + path.typeName());
  }

  private static Value filter(Value[] a) {
    ObjectValue doc = Args.object(a, 0);
    PathTree tree = paths(a);
    Value out = keep(doc, tree);
    return out == null ? ObjectValue.EMPTY : out;
  }

  /** The part of v selected by tree, or null when nothing is selected. */
  private static Value keep(Value v, PathTree tree) {
    if (tree.leaf) return v;
    if (v instanceof ObjectValue o) {
      LinkedHashMap<Value, Value> out = new LinkedHashMap<>();
      for (Map.Entry<Value, Value> e : o.entries()) {
        PathTree t = tree.child(e.getKey());
        if (t == null) continue;
        Value kept = keep(e.getValue(), t);
        if (kept != null) out.put(e.getKey(), kept);
      }
      return ObjectValue.wrap(out);
    }
    if (v instanceof ArrayValue arr) {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        PathTree t = tree.index(i);
        if (t == null) continue;
        Value kept = keep(arr.get(i), t);
        if (kept != null) out.add(kept);
      }
      return ArrayValue.of(out);
    }
    if (v instanceof SetValue s) {
      List<Value> out = new ArrayList<>();
      for (Value e : s.elements()) {
        PathTree t = tree.child(e);
        if (t == null) continue;
        Value kept = keep(e, t);
        if (kept != null) out.add(kept);
      }
      return SetValue.of(out);
    }
    return null;
  }

  private static Value remove(Value[] a) {
    ObjectValue doc = Args.object(a, 0);
    PathTree tree = paths(a);
    return drop(doc, tree);
  }

  /** v without the parts selected by tree (tree is not a leaf). */
  private static Value drop(Value v, PathTree tree) {
    if (tree.kids.isEmpty()) return v;
    if (v instanceof ObjectValue o) {
      LinkedHashMap<Value, Value> out = new LinkedHashMap<>();
      for (Map.Entry<Value, Value> e : o.entries()) {
        PathTree t = tree.child(e.getKey());
        if (t == null) out.put(e.getKey(), e.getValue());
        else if (!t.leaf) out.put(e.getKey(), drop(e.getValue(), t));
      }
      return ObjectValue.wrap(out);
    }
    if (v instanceof ArrayValue arr) {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        PathTree t = tree.index(i);
        if (t == null) out.add(arr.get(i));
        else if (!t.leaf) out.add(drop(arr.get(i), t));
      }
      return ArrayValue.of(out);
    }
    if (v instanceof SetValue s) {
      List<Value> out = new ArrayList<>();
      for (Value e : s.elements()) {
        PathTree t = tree.child(e);
        if (t == null) out.add(e);
        else if (!t.leaf) out.add(drop(e, t));
      }
      return SetValue.of(out);
    }
    return v;
  }
}
