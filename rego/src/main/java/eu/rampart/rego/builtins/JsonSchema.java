package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Schema (draft 4 to 7 keywords) for json.verify_schema and json.match_schema, reporting
 * errors with the texts, types and field paths of gojsonschema, the library OPA uses. Covers
 * type, enum, const, the numeric, string, array and object keywords, allOf/anyOf/oneOf/not,
 * if/then/else, dependencies, local $ref and the common string formats.
 */
final class JsonSchema {
  private JsonSchema() {}

  private static final Set<String> TYPES = Set.of("array", "boolean", "integer", "number", "null", "object", "string");

  /** A schema that cannot be used; the message is gojsonschema's. */
  static final class InvalidSchema extends Exception {
    InvalidSchema(String message) { super(message, null, false, false); }
  }

  /** Checks that schema is a usable schema (recursively). */
  static void verify(Value schema) throws InvalidSchema {
    if (schema instanceof BooleanValue) return;
    if (!(schema instanceof ObjectValue s)) throw new InvalidSchema("Invalid type. Expected: object, given: " + typeOf(schema));
    Value type = s.get("type");
    if (type != null) {
      List<Value> names = type instanceof ArrayValue a ? a.items() : List.of(type);
      for (Value n : names) {
        if (!(n instanceof StringValue str)) throw new InvalidSchema("type must be of type string or array");
        if (!TYPES.contains(str.value())) {
          throw new InvalidSchema("has a primitive type that is NOT VALID -- given: /" + str.value()
              + "/ Expected valid values are:[array boolean integer number null object string]");
        }
      }
    }
    for (String k : new String[] {"properties", "patternProperties", "definitions", "$defs"}) {
      Value v = s.get(k);
      if (v == null) continue;
      if (!(v instanceof ObjectValue o)) throw new InvalidSchema(k + " must be of type object");
      for (Value sub : o.asMap().values()) verify(sub);
    }
    for (String k : new String[] {"allOf", "anyOf", "oneOf"}) {
      Value v = s.get(k);
      if (v == null) continue;
      if (!(v instanceof ArrayValue a) || a.size() == 0) throw new InvalidSchema(k + " must be of type array");
      for (Value sub : a.items()) verify(sub);
    }
    for (String k : new String[] {"not", "additionalProperties", "additionalItems", "contains", "propertyNames", "if", "then", "else"}) {
      Value v = s.get(k);
      if (v != null) verify(v);
    }
    Value items = s.get("items");
    if (items instanceof ArrayValue a) for (Value sub : a.items()) verify(sub);
    else if (items != null) verify(items);
    Value required = s.get("required");
    if (required != null) {
      if (!(required instanceof ArrayValue a)) throw new InvalidSchema("required must be of type array");
      for (Value r : a.items()) if (!(r instanceof StringValue)) throw new InvalidSchema("required items must be string");
    }
    for (String k : new String[] {"minimum", "maximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems",
        "minProperties", "maxProperties"}) {
      Value v = s.get(k);
      if (v != null && !(v instanceof NumberValue)) throw new InvalidSchema(k + " must be of type number");
    }
    if (s.get("patternProperties") instanceof ObjectValue pp) {
      for (Value k : pp.keys()) {
        if (!(k instanceof StringValue ks)) throw new InvalidSchema("patternProperties keys must be strings");
        compiles(ks.value());
      }
    }
    Value pattern = s.get("pattern");
    if (pattern != null) {
      if (!(pattern instanceof StringValue p)) throw new InvalidSchema("pattern must be of type string");
      compiles(p.value());
    }
  }

  private static void compiles(String regex) throws InvalidSchema {
    try {
      com.google.re2j.Pattern.compile(regex);
    } catch (com.google.re2j.PatternSyntaxException e) {
      throw new InvalidSchema("Invalid regex pattern '" + regex + "'");
    }
  }

  /** Validation errors as gojsonschema reports them: {error, type, field, desc} objects. */
  static List<Value> validate(Value schema, Value doc) {
    Validator v = new Validator(schema);
    v.check(schema, doc, new ArrayList<>(List.of("(root)")));
    return v.errors;
  }

  /** gojsonschema's type name of a value: integral numbers are "integer". */
  static String typeOf(Value v) {
    if (v instanceof NumberValue n) return n.isInteger() ? "integer" : "number";
    if (v instanceof SetValue) return "array";
    return v.typeName();
  }

  private static final class Validator {
    final Value root;
    final List<Value> errors = new ArrayList<>();
    int depth;

    Validator(Value root) { this.root = root; }

    void error(List<String> ctx, String type, String desc) {
      String context = String.join(".", ctx);
      String field = context.startsWith("(root).") ? context.substring("(root).".length()) : context;
      errors.add(ObjectValue.builder()
          .put("error", StringValue.of(field + ": " + desc))
          .put("type", StringValue.of(type))
          .put("field", StringValue.of(field))
          .put("desc", StringValue.of(desc))
          .build());
    }

    boolean valid(Value schema, Value doc, List<String> ctx) {
      Validator sub = new Validator(root);
      sub.depth = depth;
      sub.check(schema, doc, new ArrayList<>(ctx));
      return sub.errors.isEmpty();
    }

    void check(Value schema, Value doc, List<String> ctx) {
      if (++depth > 512) throw new BuiltinError("jsonschema: $ref recursion too deep");
      try {
        run(schema, doc, ctx);
      } finally {
        depth--;
      }
    }

    private void run(Value schema, Value doc, List<String> ctx) {
      if (schema instanceof BooleanValue b) {
        if (!b.value()) error(ctx, "false", "False always fails validation");
        return;
      }
      ObjectValue s = (ObjectValue) schema;
      Value ref = s.get("$ref");
      if (ref instanceof StringValue r) {
        check(resolve(r.value()), doc, ctx);
        return;
      }
      if (doc instanceof SetValue set) doc = ArrayValue.of(List.of(set.sorted()));
      Value type = s.get("type");
      if (type != null) {
        List<Value> names = type instanceof ArrayValue a ? a.items() : List.of(type);
        boolean ok = false;
        for (Value n : names) ok |= hasType(doc, ((StringValue) n).value());
        if (!ok) {
          String expected = names.size() == 1 ? ((StringValue) names.get(0)).value() : joinTypes(names);
          error(ctx, "invalid_type", "Invalid type. Expected: " + expected + ", given: " + typeOf(doc));
          return;
        }
      }
      combinators(s, doc, ctx);
      Value constant = s.get("const");
      if (constant != null && !constant.equals(doc)) {
        error(ctx, "const", field(ctx) + " does not match: " + Json.write(constant));
      }
      Value en = s.get("enum");
      if (en instanceof ArrayValue options && !options.items().contains(doc)) {
        List<String> texts = new ArrayList<>();
        for (Value o : options.items()) texts.add(Json.write(o));
        error(ctx, "enum", field(ctx) + " must be one of the following: " + String.join(", ", texts));
      }
      if (doc instanceof ArrayValue a) array(s, a, ctx);
      if (doc instanceof ObjectValue o) object(s, o, ctx);
      if (doc instanceof StringValue str) string(s, str.value(), ctx);
      if (doc instanceof NumberValue n) number(s, n.bigDecimal(), ctx);
    }

    private static String field(List<String> ctx) {
      String c = String.join(".", ctx);
      return c.startsWith("(root).") ? c.substring(7) : c;
    }

    private static String joinTypes(List<Value> names) {
      List<String> s = new ArrayList<>();
      for (Value n : names) s.add(((StringValue) n).value());
      return "[" + String.join(",", s) + "]";
    }

    private static boolean hasType(Value doc, String type) {
      return switch (type) {
        case "integer" -> doc instanceof NumberValue n && n.isInteger();
        case "number" -> doc instanceof NumberValue;
        case "array" -> doc instanceof ArrayValue || doc instanceof SetValue;
        default -> doc.typeName().equals(type);
      };
    }

    private Value resolve(String ref) {
      if (!ref.startsWith("#")) throw new BuiltinError("jsonschema: only local $ref are supported, got " + ref);
      Value cur = root;
      String pointer = ref.substring(1);
      if (pointer.isEmpty()) return cur;
      for (String part : pointer.substring(1).split("/", -1)) {
        String key = part.replace("~1", "/").replace("~0", "~");
        Value next = cur instanceof ObjectValue o ? o.get(key)
            : cur instanceof ArrayValue a && key.matches("\\d+") && Integer.parseInt(key) < a.size() ? a.get(Integer.parseInt(key)) : null;
        if (next == null) throw new BuiltinError("jsonschema: $ref " + ref + " does not resolve");
        cur = next;
      }
      return cur;
    }

    private void combinators(ObjectValue s, Value doc, List<String> ctx) {
      if (s.get("anyOf") instanceof ArrayValue any) {
        boolean ok = false;
        for (Value sub : any.items()) if (valid(sub, doc, ctx)) { ok = true; break; }
        if (!ok) error(ctx, "number_any_of", "Must validate at least one schema (anyOf)");
      }
      if (s.get("oneOf") instanceof ArrayValue one) {
        int n = 0;
        for (Value sub : one.items()) if (valid(sub, doc, ctx)) n++;
        if (n != 1) error(ctx, "number_one_of", "Must validate one and only one schema (oneOf)");
      }
      if (s.get("allOf") instanceof ArrayValue all) {
        boolean ok = true;
        for (Value sub : all.items()) ok &= valid(sub, doc, ctx);
        if (!ok) error(ctx, "number_all_of", "Must validate all the schemas (allOf)");
      }
      Value not = s.get("not");
      if (not != null && valid(not, doc, ctx)) error(ctx, "number_not", "Must not validate the schema (not)");
      Value cond = s.get("if");
      if (cond != null) {
        if (valid(cond, doc, ctx)) {
          Value then = s.get("then");
          if (then != null && !valid(then, doc, ctx)) error(ctx, "condition_then", "Must validate \"then\" as \"if\" was valid");
        } else {
          Value otherwise = s.get("else");
          if (otherwise != null && !valid(otherwise, doc, ctx)) error(ctx, "condition_else", "Must validate \"else\" as \"if\" was not valid");
        }
      }
      if (s.get("dependencies") instanceof ObjectValue deps && doc instanceof ObjectValue o) {
        for (Map.Entry<Value, Value> d : deps.entries()) {
          if (!o.containsKey(d.getKey())) continue;
          if (d.getValue() instanceof ArrayValue needed) {
            for (Value n : needed.items()) {
              if (!o.containsKey(n)) error(ctx, "missing_dependency", "Has a dependency on " + ((StringValue) n).value());
            }
          } else {
            check(d.getValue(), doc, ctx);
          }
        }
      }
    }

    private void array(ObjectValue s, ArrayValue a, List<String> ctx) {
      Value items = s.get("items");
      if (items instanceof ArrayValue positional) {
        for (int i = 0; i < Math.min(a.size(), positional.size()); i++) check(positional.get(i), a.get(i), with(ctx, i));
        Value additional = s.get("additionalItems");
        if (a.size() > positional.size()) {
          if (BooleanValue.FALSE.equals(additional)) {
            error(ctx, "array_no_additional_items", "No additional items allowed on array");
          } else if (additional instanceof ObjectValue) {
            for (int i = positional.size(); i < a.size(); i++) check(additional, a.get(i), with(ctx, i));
          }
        }
      } else if (items != null) {
        for (int i = 0; i < a.size(); i++) check(items, a.get(i), with(ctx, i));
      }
      if (s.get("minItems") instanceof NumberValue min && a.size() < min.longValue()) {
        error(ctx, "array_min_items", "Array must have at least " + min + " items");
      }
      if (s.get("maxItems") instanceof NumberValue max && a.size() > max.longValue()) {
        error(ctx, "array_max_items", "Array must have at most " + max + " items");
      }
      if (BooleanValue.TRUE.equals(s.get("uniqueItems"))) {
        outer:
        for (int i = 0; i < a.size(); i++) {
          for (int j = i + 1; j < a.size(); j++) {
            if (a.get(i).equals(a.get(j))) {
              error(ctx, "unique", "array items[" + i + "," + j + "] must be unique");
              break outer;
            }
          }
        }
      }
      Value contains = s.get("contains");
      if (contains != null) {
        boolean any = false;
        for (Value item : a.items()) if (valid(contains, item, ctx)) { any = true; break; }
        if (!any) error(ctx, "contains", "At least one of the items must match");
      }
    }

    private void object(ObjectValue s, ObjectValue o, List<String> ctx) {
      if (s.get("required") instanceof ArrayValue required) {
        for (Value r : required.items()) {
          if (!o.containsKey(r)) error(ctx, "required", ((StringValue) r).value() + " is required");
        }
      }
      ObjectValue props = s.get("properties") instanceof ObjectValue p ? p : ObjectValue.EMPTY;
      ObjectValue patterns = s.get("patternProperties") instanceof ObjectValue p ? p : ObjectValue.EMPTY;
      Value additional = s.get("additionalProperties");
      for (Value key : o.sortedKeys()) {
        String name = key instanceof StringValue ks ? ks.value() : Json.write(key);
        boolean matched = false;
        Value ps = props.get(key);
        if (ps != null) {
          matched = true;
          check(ps, o.get(key), with(ctx, name));
        }
        for (Map.Entry<Value, Value> pp : patterns.entries()) {
          if (com.google.re2j.Pattern.compile(((StringValue) pp.getKey()).value()).matcher(name).find()) {
            matched = true;
            check(pp.getValue(), o.get(key), with(ctx, name));
          }
        }
        if (!matched && additional != null) {
          if (BooleanValue.FALSE.equals(additional)) {
            error(ctx, "additional_property_not_allowed", "Additional property " + name + " is not allowed");
          } else if (additional instanceof ObjectValue) {
            check(additional, o.get(key), with(ctx, name));
          }
        }
        Value names = s.get("propertyNames");
        if (names != null && !valid(names, StringValue.of(name), ctx)) {
          error(ctx, "invalid_property_name", "Property name of \"" + name + "\" does not match");
        }
      }
      if (s.get("minProperties") instanceof NumberValue min && o.size() < min.longValue()) {
        error(ctx, "array_min_properties", "Must have at least " + min + " properties");
      }
      if (s.get("maxProperties") instanceof NumberValue max && o.size() > max.longValue()) {
        error(ctx, "array_max_properties", "Must have at most " + max + " properties");
      }
    }

    private void string(ObjectValue s, String str, List<String> ctx) {
      int len = str.codePointCount(0, str.length());
      if (s.get("minLength") instanceof NumberValue min && len < min.longValue()) {
        error(ctx, "string_gte", "String length must be greater than or equal to " + min);
      }
      if (s.get("maxLength") instanceof NumberValue max && len > max.longValue()) {
        error(ctx, "string_lte", "String length must be less than or equal to " + max);
      }
      if (s.get("pattern") instanceof StringValue p && !com.google.re2j.Pattern.compile(p.value()).matcher(str).find()) {
        error(ctx, "pattern", "Does not match pattern '" + p.value() + "'");
      }
      if (s.get("format") instanceof StringValue f && !Formats.matches(f.value(), str)) {
        error(ctx, "format", "Does not match format '" + f.value() + "'");
      }
    }

    private void number(ObjectValue s, BigDecimal n, List<String> ctx) {
      if (s.get("multipleOf") instanceof NumberValue m && m.signum() != 0
          && n.remainder(m.bigDecimal()).signum() != 0) {
        error(ctx, "multiple_of", "Must be a multiple of " + m);
      }
      boolean draft4ExclusiveMax = BooleanValue.TRUE.equals(s.get("exclusiveMaximum"));
      boolean draft4ExclusiveMin = BooleanValue.TRUE.equals(s.get("exclusiveMinimum"));
      if (s.get("maximum") instanceof NumberValue max) {
        int c = n.compareTo(max.bigDecimal());
        if (draft4ExclusiveMax ? c >= 0 : c > 0) {
          error(ctx, draft4ExclusiveMax ? "number_lt" : "number_lte",
              (draft4ExclusiveMax ? "Must be less than " : "Must be less than or equal to ") + max);
        }
      }
      if (s.get("minimum") instanceof NumberValue min) {
        int c = n.compareTo(min.bigDecimal());
        if (draft4ExclusiveMin ? c <= 0 : c < 0) {
          error(ctx, draft4ExclusiveMin ? "number_gt" : "number_gte",
              (draft4ExclusiveMin ? "Must be greater than " : "Must be greater than or equal to ") + min);
        }
      }
      if (s.get("exclusiveMaximum") instanceof NumberValue xmax && n.compareTo(xmax.bigDecimal()) >= 0) {
        error(ctx, "number_lt", "Must be less than " + xmax);
      }
      if (s.get("exclusiveMinimum") instanceof NumberValue xmin && n.compareTo(xmin.bigDecimal()) <= 0) {
        error(ctx, "number_gt", "Must be greater than " + xmin);
      }
    }

    private static List<String> with(List<String> ctx, Object part) {
      List<String> out = new ArrayList<>(ctx);
      out.add(String.valueOf(part));
      return out;
    }
  }

  /** The string formats gojsonschema checks; other format names are accepted unchecked, as there. */
  static final class Formats {
    private Formats() {}

    private static final com.google.re2j.Pattern HOSTNAME = com.google.re2j.Pattern.compile(
        "^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])(\\.([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9]))*\\.?$");
    private static final com.google.re2j.Pattern UUID = com.google.re2j.Pattern.compile(
        "^(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final com.google.re2j.Pattern EMAIL = com.google.re2j.Pattern.compile("^[^@\\s<>]+@[^@\\s<>]+$");
    private static final com.google.re2j.Pattern URI = com.google.re2j.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.\\-]*:[^\\s]*$");

    static boolean matches(String format, String v) {
      switch (format) {
        case "date-time": return parses("2006-01-02T15:04:05Z07:00", v);
        case "date": return parses("2006-01-02", v);
        case "time": return parses("15:04:05Z07:00", v) || parses("15:04:05", v);
        case "ipv4": return v.indexOf(':') < 0 && IpNet.parseIp(v) != null;
        case "ipv6": return v.indexOf(':') >= 0 && IpNet.parseIp(v) != null;
        case "hostname": return v.length() <= 255 && HOSTNAME.matcher(v).matches();
        case "email": return EMAIL.matcher(v).matches();
        case "uri": return URI.matcher(v).matches();
        case "uuid": return UUID.matcher(v).matches();
        case "regex":
          try {
            com.google.re2j.Pattern.compile(v);
            return true;
          } catch (com.google.re2j.PatternSyntaxException e) {
            return false;
          }
        default: return true;
      }
    }

    private static boolean parses(String layout, String v) {
      try {
        GoTimeLayout.parse(layout, v);
        return true;
      } catch (GoTimeLayout.ParseException e) {
        return false;
      }
    }
  }

  /** A schema or document operand: a JSON string is parsed, anything else is taken as is. */
  static Value operand(Value v, int index, String what) {
    if (v instanceof StringValue s) {
      try {
        return Json.parse(s.value());
      } catch (RuntimeException e) {
        throw new BuiltinError("operand " + (index + 1) + ": " + what + " is not valid JSON: " + e.getMessage());
      }
    }
    // a schema is an object or a boolean (draft 6+); a document may be any value
    if (v instanceof ObjectValue || v instanceof BooleanValue || !what.equals("schema")) return v;
    throw Args.typeError(index, "one of {string, object, boolean}", v);
  }
}
