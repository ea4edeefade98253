package eu.rampart.rego.builtins;

import eu.rampart.rego.builtins.GoTemplateParser.Action;
import eu.rampart.rego.builtins.GoTemplateParser.Dot;
import eu.rampart.rego.builtins.GoTemplateParser.Field;
import eu.rampart.rego.builtins.GoTemplateParser.Ident;
import eu.rampart.rego.builtins.GoTemplateParser.If;
import eu.rampart.rego.builtins.GoTemplateParser.Literal;
import eu.rampart.rego.builtins.GoTemplateParser.Node;
import eu.rampart.rego.builtins.GoTemplateParser.Paren;
import eu.rampart.rego.builtins.GoTemplateParser.Pipeline;
import eu.rampart.rego.builtins.GoTemplateParser.Range;
import eu.rampart.rego.builtins.GoTemplateParser.Term;
import eu.rampart.rego.builtins.GoTemplateParser.Text;
import eu.rampart.rego.builtins.GoTemplateParser.Variable;
import eu.rampart.rego.builtins.GoTemplateParser.With;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of Go's text/template that {@code strings.render_template} templates use: text,
 * {{.field.chains}}, $variables, literals, pipelines with |, if / else if / else, range (over
 * arrays and objects, with one or two variables), with, comments, {{- -}} trimming, and the
 * functions and, or, not, len, index, eq, ne, lt, le, gt, ge, print, println, printf. Variables
 * are seen as Go sees OPA's JSON conversion (decoded with UseNumber): numbers are json.Number,
 * a string type, so they print as their text, are always truthy and compare as strings; sets
 * are arrays. Integer constants in templates are ints, other numeric constants float64s. A missing
 * object key renders as {@code <undefined>}, as OPA does. Anything else is an error, never a guess.
 */
final class GoTemplate {
  private GoTemplate() {}

  private static final Object MISSING = new Object() {
    @Override public String toString() { return "<undefined>"; }
  };

  /** Go's json.Number: a string type holding the number's JSON text. */
  record GoNumber(String text) {
    @Override public String toString() { return text; }
  }
  /** Parsed templates (and parse errors), since policies render the same few templates over and over. */
  private static final PatternCache<String, List<Node>> CACHE = new PatternCache<>(256);

  static String render(String template, ObjectValue vars) {
    return render(template, vars, null);
  }

  /** Renders; a non-null ctx has its evaluation budget checked as the template runs (ranges can nest). */
  static String render(String template, ObjectValue vars, BuiltinContext ctx) {
    List<Node> nodes = CACHE.get(template, GoTemplateParser::parse);
    Object data = toGo(vars);
    StringBuilder out = new StringBuilder();
    Exec ex = new Exec(data, out, ctx);
    ex.walk(nodes, data);
    return out.toString();
  }

  static BuiltinError error(String msg) {
    return new BuiltinError("template: " + msg);
  }

  // ---- Go view of Rego values ----

  static Object toGo(Value v) {
    if (v instanceof StringValue s) return s.value();
    if (v instanceof NumberValue n) return new GoNumber(n.toJsonText());
    if (v instanceof BooleanValue b) return b.value();
    if (v instanceof ArrayValue a) {
      List<Object> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) out.add(toGo(a.get(i)));
      return out;
    }
    if (v instanceof SetValue s) {
      List<Object> out = new ArrayList<>(s.size());
      for (Value e : s.sorted()) out.add(toGo(e));
      return out;
    }
    if (v instanceof ObjectValue o) {
      TreeMap<String, Object> out = new TreeMap<>();
      for (Value k : o.sortedKeys()) {
        String key = k instanceof StringValue s ? s.value() : k.toString();
        out.put(key, toGo(o.get(k)));
      }
      return out;
    }
    return null;
  }

  /** fmt's %v of a Go value; nested nils print as <nil>, a top-level one as <no value>. */
  static void print(StringBuilder sb, Object v, boolean top) {
    if (v == null) {
      sb.append(top ? "<no value>" : "<nil>");
    } else if (v == MISSING) {
      sb.append("<undefined>");
    } else if (v instanceof Double d) {
      sb.append(GoFloat.format(d, 'g', -1));
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) sb.append(' ');
        print(sb, l.get(i), false);
      }
      sb.append(']');
    } else if (v instanceof Map<?, ?> m) {
      sb.append("map[");
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) sb.append(' ');
        first = false;
        sb.append(e.getKey()).append(':');
        print(sb, e.getValue(), false);
      }
      sb.append(']');
    } else {
      sb.append(v);
    }
  }

  static boolean truth(Object v) {
    if (v == null || v == MISSING) return false;
    if (v instanceof Boolean b) return b;
    if (v instanceof GoNumber n) return !n.text().isEmpty();
    if (v instanceof Double d) return d != 0;
    if (v instanceof Long l) return l != 0;
    if (v instanceof String s) return !s.isEmpty();
    if (v instanceof List<?> l) return !l.isEmpty();
    if (v instanceof Map<?, ?> m) return !m.isEmpty();
    return true;
  }

  // ---- execution ----

  private static final class Exec {
    private final StringBuilder out;
    private final List<String> varNames = new ArrayList<>();
    private final List<Object> varValues = new ArrayList<>();
    private final BuiltinContext ctx;
    private int steps;

    Exec(Object root, StringBuilder out, BuiltinContext ctx) {
      this.out = out;
      this.ctx = ctx;
      varNames.add("$");
      varValues.add(root);
    }

    void walk(List<Node> nodes, Object dot) {
      for (Node n : nodes) {
        if ((++steps & 1023) == 0 && ctx != null) ctx.checkBudget();
        if (n instanceof Text t) {
          out.append(t.text());
        } else if (n instanceof Action a) {
          Object v = pipeline(a.pipe(), dot);
          if (a.pipe().decl().isEmpty()) print(out, v, true);
        } else if (n instanceof If i) {
          int mark = varNames.size();
          boolean cond = truth(pipeline(i.cond(), dot));
          walk(cond ? i.then() : i.otherwise(), dot);
          pop(mark);
        } else if (n instanceof With w) {
          int mark = varNames.size();
          Object v = pipeline(w.pipe(), dot);
          if (truth(v)) walk(w.body(), v);
          else walk(w.otherwise(), dot);
          pop(mark);
        } else if (n instanceof Range r) {
          range(r, dot);
        }
      }
    }

    private void pop(int mark) {
      while (varNames.size() > mark) {
        varNames.remove(varNames.size() - 1);
        varValues.remove(varValues.size() - 1);
      }
    }

    private void range(Range r, Object dot) {
      int mark = varNames.size();
      Pipeline p = r.pipe();
      Pipeline valueOnly = new Pipeline(List.of(), false, p.commands());
      Object v = pipeline(valueOnly, dot);
      List<String> decl = p.decl();
      boolean any = false;
      if (v instanceof List<?> l) {
        for (int i = 0; i < l.size(); i++) {
          any = true;
          iteration(decl, (long) i, l.get(i), r.body());
        }
      } else if (v instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          any = true;
          iteration(decl, e.getKey(), e.getValue(), r.body());
        }
      } else if (v != null && v != MISSING) {
        throw error("range can't iterate over " + describe(v));
      }
      pop(mark);
      if (!any) walk(r.otherwise(), dot);
    }

    private void iteration(List<String> decl, Object key, Object elem, List<Node> body) {
      int mark = varNames.size();
      if (decl.size() == 1) {
        push(decl.get(0), elem);
      } else if (decl.size() == 2) {
        push(decl.get(0), key);
        push(decl.get(1), elem);
      }
      walk(body, elem);
      pop(mark);
    }

    private void push(String name, Object v) {
      varNames.add(name);
      varValues.add(v);
    }

    private Object variable(String name) {
      for (int i = varNames.size() - 1; i >= 0; i--) if (varNames.get(i).equals(name)) return varValues.get(i);
      throw error("undefined variable: " + name);
    }

    private void setVariable(String name, Object v) {
      for (int i = varNames.size() - 1; i >= 0; i--) {
        if (varNames.get(i).equals(name)) {
          varValues.set(i, v);
          return;
        }
      }
      throw error("undefined variable: " + name);
    }

    Object pipeline(Pipeline p, Object dot) {
      Object value = null;
      boolean first = true;
      for (List<Term> cmd : p.commands()) {
        value = command(cmd, dot, first ? NO_FINAL : value);
        first = false;
      }
      if (p.decl().size() == 1) {
        if (p.assign()) setVariable(p.decl().get(0), value);
        else push(p.decl().get(0), value);
      } else if (p.decl().size() > 1) {
        throw error("too many declarations in command");
      }
      return value;
    }

    private static final Object NO_FINAL = new Object();

    private Object command(List<Term> cmd, Object dot, Object fin) {
      Term head = cmd.get(0);
      if (head instanceof Ident id) {
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < cmd.size(); i++) args.add(arg(cmd.get(i), dot));
        if (fin != NO_FINAL) args.add(fin);
        return call(id.name(), args);
      }
      if (cmd.size() > 1 || fin != NO_FINAL) {
        throw error("can't give argument to non-function " + describeTerm(head));
      }
      return arg(head, dot);
    }

    private Object arg(Term t, Object dot) {
      if (t instanceof Dot) return dot;
      if (t instanceof Literal l) return l.value();
      if (t instanceof Field f) return fields(dot, f.names());
      if (t instanceof Variable v) return fields(variable(v.name()), v.names());
      if (t instanceof Paren p) return fields(pipeline(p.pipe(), dot), p.names());
      Ident id = (Ident) t;
      return call(id.name(), List.of());
    }

    private Object fields(Object receiver, List<String> names) {
      Object v = receiver;
      for (String name : names) {
        if (v == MISSING) return MISSING;
        if (v instanceof Map<?, ?> m) {
          v = m.containsKey(name) ? m.get(name) : MISSING;
        } else if (v == null) {
          throw error("nil pointer evaluating interface {}." + name);
        } else {
          throw error("can't evaluate field " + name + " in type " + goType(v));
        }
      }
      return v;
    }

    private Object call(String name, List<Object> a) {
      switch (name) {
        case "and": {
          need(name, a, 1, -1);
          for (Object o : a) if (!truth(o)) return o;
          return a.get(a.size() - 1);
        }
        case "or": {
          need(name, a, 1, -1);
          for (Object o : a) if (truth(o)) return o;
          return a.get(a.size() - 1);
        }
        case "not":
          need(name, a, 1, 1);
          return !truth(a.get(0));
        case "len": {
          need(name, a, 1, 1);
          Object o = a.get(0);
          if (o instanceof String || o instanceof GoNumber) return (long) o.toString().getBytes(StandardCharsets.UTF_8).length;
          if (o instanceof List<?> l) return (long) l.size();
          if (o instanceof Map<?, ?> m) return (long) m.size();
          throw error("error calling len: len of type " + goType(o));
        }
        case "index": {
          need(name, a, 1, -1);
          Object v = a.get(0);
          for (int i = 1; i < a.size(); i++) {
            Object k = a.get(i);
            if (v instanceof Map<?, ?> m && k instanceof String s) {
              v = m.get(s);
            } else if (v instanceof List<?> l && k instanceof Long n) {
              int idx = n < 0 || n > Integer.MAX_VALUE ? -1 : (int) (long) n;
              if (idx < 0 || idx >= l.size()) throw error("error calling index: index out of range: " + idx);
              v = l.get(idx);
            } else {
              throw error("error calling index: cannot index " + goType(v) + " with " + goType(k));
            }
          }
          return v;
        }
        case "eq": {
          need(name, a, 1, -1);
          if (a.size() == 1) throw error("error calling eq: missing argument for comparison");
          for (int i = 1; i < a.size(); i++) if (compare(a.get(0), a.get(i), "eq") == 0) return true;
          return false;
        }
        case "ne":
          need(name, a, 2, 2);
          return compare(a.get(0), a.get(1), "ne") != 0;
        case "lt":
          need(name, a, 2, 2);
          return ordered(a, "lt") < 0;
        case "le":
          need(name, a, 2, 2);
          return ordered(a, "le") <= 0;
        case "gt":
          need(name, a, 2, 2);
          return ordered(a, "gt") > 0;
        case "ge":
          need(name, a, 2, 2);
          return ordered(a, "ge") >= 0;
        case "print":
          return sprint(a, false);
        case "println":
          return sprint(a, true);
        case "printf": {
          need(name, a, 1, -1);
          if (!(a.get(0) instanceof String f)) throw error("error calling printf: format must be a string");
          Object[] args = new Object[a.size() - 1];
          for (int i = 1; i < a.size(); i++) args[i - 1] = goFormatArg(a.get(i));
          return SprintfFormatter.formatGo(f, args);
        }
        default:
          throw error("function \"" + name + "\" not defined");
      }
    }

    /** Strings, float64s and bools go to Sprintf as they are; composites as their %v text. */
    private static Object goFormatArg(Object o) {
      if (o instanceof String || o instanceof Double || o instanceof Boolean || o instanceof Long) return o;
      if (o instanceof GoNumber n) return new SprintfFormatter.NamedString("json.Number", n.text());
      StringBuilder sb = new StringBuilder();
      print(sb, o, false);
      return sb.toString();
    }

    private static void need(String name, List<Object> a, int min, int max) {
      if (a.size() < min || (max >= 0 && a.size() > max)) {
        throw error("wrong number of args for " + name + ": want " + (max == min ? String.valueOf(min) : "at least " + min)
            + " got " + a.size());
      }
    }

    private static int ordered(List<Object> a, String fn) {
      Object x = a.get(0);
      Object y = a.get(1);
      if (x instanceof Boolean || y instanceof Boolean || x == null || y == null) {
        throw error("error calling " + fn + ": invalid type for comparison");
      }
      return compare(x, y, fn);
    }

    private static int compare(Object x, Object y, String fn) {
      if (x instanceof Double a && y instanceof Double b) return Double.compare(a, b);
      if (x instanceof Long a && y instanceof Long b) return Long.compare(a, b);
      // json.Number is a string kind to text/template: compared as text, even against strings.
      if ((x instanceof String || x instanceof GoNumber) && (y instanceof String || y instanceof GoNumber)) {
        return x.toString().compareTo(y.toString());
      }
      if (x instanceof Boolean a && y instanceof Boolean b) return a.equals(b) ? 0 : 1;
      if (x == null && y == null) return 0;
      if (x == MISSING || y == MISSING) return x == y ? 0 : 1;
      if (x instanceof List || x instanceof Map || y instanceof List || y instanceof Map) {
        throw error("error calling " + fn + ": non-comparable type " + goType(x instanceof List || x instanceof Map ? x : y));
      }
      throw error("error calling " + fn + ": incompatible types for comparison");
    }

    private static String sprint(List<Object> a, boolean ln) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < a.size(); i++) {
        boolean isString = a.get(i) instanceof String;
        if (i > 0 && (ln || (!isString && !(a.get(i - 1) instanceof String)))) sb.append(' ');
        print(sb, a.get(i), false);
      }
      if (ln) sb.append('\n');
      return sb.toString();
    }
  }

  private static String goType(Object v) {
    if (v == null) return "<nil>";
    if (v instanceof String) return "string";
    if (v instanceof Double) return "float64";
    if (v instanceof Long) return "int";
    if (v instanceof GoNumber) return "json.Number";
    if (v instanceof Boolean) return "bool";
    if (v instanceof List) return "[]interface {}";
    if (v instanceof Map) return "map[string]interface {}";
    return "interface {}";
  }

  private static String describe(Object v) {
    StringBuilder sb = new StringBuilder();
    print(sb, v, true);
    return "{{" + sb + "}} of type " + goType(v);
  }

  private static String describeTerm(Term t) {
    if (t instanceof Field f) return "." + String.join(".", f.names());
    if (t instanceof Variable v) return v.name();
    if (t instanceof Literal l) return String.valueOf(l.value());
    return t.toString();
  }
}
