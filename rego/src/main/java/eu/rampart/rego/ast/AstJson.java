package eu.rampart.rego.ast;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** A parsed module as a value in the shape of OPA's AST JSON (for {@code rego.parse_module}). */
public final class AstJson {
  private AstJson() {}

  public static Value module(Module m) {
    ObjectValue.Builder b = ObjectValue.builder();
    List<Value> pkg = new ArrayList<>();
    pkg.add(term("var", StringValue.of("data")));
    for (String p : m.pkg()) pkg.add(term("string", StringValue.of(p)));
    b.put("package", ObjectValue.builder().put("path", ArrayValue.of(pkg)).build());
    List<Value> imports = new ArrayList<>();
    for (Module.Import i : m.imports()) {
      ObjectValue.Builder ib = ObjectValue.builder().put("path", term(i.path()));
      if (i.alias() != null && !i.alias().equals(lastName(i.path()))) ib.put("alias", StringValue.of(i.alias()));
      imports.add(ib.build());
    }
    if (!imports.isEmpty()) b.put("imports", ArrayValue.of(imports));
    List<Value> rules = new ArrayList<>();
    for (Rule r : m.rules()) rules.add(rule(r));
    if (!rules.isEmpty()) b.put("rules", ArrayValue.of(rules));
    return b.build();
  }

  private static String lastName(Term.Ref r) {
    if (r.path().isEmpty()) return r.head().toString();
    Term t = r.path().get(r.path().size() - 1);
    return t instanceof Term.Scalar s && s.value() instanceof StringValue sv ? sv.value() : null;
  }

  private static Value rule(Rule r) {
    ObjectValue.Builder head = ObjectValue.builder().put("name", StringValue.of(r.name()));
    List<Value> ref = new ArrayList<>();
    ref.add(term("var", StringValue.of(r.name())));
    for (int i = 1; i < r.ref().size(); i++) ref.add(term(r.ref().get(i)));
    head.put("ref", ArrayValue.of(ref));
    if (!r.args().isEmpty()) {
      List<Value> args = new ArrayList<>();
      for (Term a : r.args()) args.add(term(a));
      head.put("args", ArrayValue.of(args));
    }
    if (r.key() != null) head.put("key", term(r.key()));
    if (r.value() != null) head.put("value", term(r.value()));
    ObjectValue.Builder b = ObjectValue.builder().put("head", head.build()).put("body", body(r.body()));
    if (r.isDefault()) b.put("default", BooleanValue.TRUE);
    if (r.elseRule() != null) b.put("else", rule(r.elseRule()));
    return b.build();
  }

  private static Value body(List<Expr> body) {
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Expr e = body.get(i);
      ObjectValue.Builder b = ObjectValue.builder().put("index", NumberValue.of(i));
      switch (e.kind()) {
        case SOME_DECL: {
          List<Value> vs = new ArrayList<>();
          for (Term.Var v : e.someVars()) vs.add(term(v));
          b.put("terms", ObjectValue.builder().put("symbols", ArrayValue.of(vs)).build());
          break;
        }
        case SOME_IN: {
          List<Value> args = new ArrayList<>();
          if (e.key() != null) args.add(term(e.key()));
          args.add(term(e.value()));
          args.add(term(e.domain()));
          List<Value> call = new ArrayList<>();
          call.add(opRef(e.key() != null ? "internal.member_3" : "internal.member_2"));
          call.addAll(args);
          b.put("terms", ObjectValue.builder().put("symbols", ArrayValue.of(List.of(term("call", ArrayValue.of(call))))).build());
          break;
        }
        case EVERY: {
          ObjectValue.Builder ev = ObjectValue.builder();
          if (e.key() != null) ev.put("key", term(e.key()));
          ev.put("value", term(e.value())).put("domain", term(e.domain())).put("body", body(e.body()));
          b.put("terms", ev.build());
          break;
        }
        default:
          if (e.term() instanceof Term.Call c) {
            List<Value> ts = new ArrayList<>();
            ts.add(opRef(c.name()));
            for (Term a : c.args()) ts.add(term(a));
            b.put("terms", ArrayValue.of(ts));
          } else {
            b.put("terms", term(e.term()));
          }
      }
      if (e.negated()) b.put("negated", BooleanValue.TRUE);
      if (!e.withs().isEmpty()) {
        List<Value> ws = new ArrayList<>();
        for (Expr.With w : e.withs()) ws.add(ObjectValue.builder().put("target", term(w.target())).put("value", term(w.value())).build());
        b.put("with", ArrayValue.of(ws));
      }
      out.add(b.build());
    }
    return ArrayValue.of(out);
  }

  private static Value opRef(String dotted) {
    List<Value> parts = new ArrayList<>();
    String[] ps = dotted.split("\\.");
    parts.add(term("var", StringValue.of(ps[0])));
    for (int i = 1; i < ps.length; i++) parts.add(term("string", StringValue.of(ps[i])));
    return term("ref", ArrayValue.of(parts));
  }

  private static Value term(String type, Value value) {
    return ObjectValue.builder().put("type", StringValue.of(type)).put("value", value).build();
  }

  public static Value term(Term t) {
    if (t instanceof Term.Scalar s) {
      Value v = s.value();
      return term(v instanceof NullValue ? "null" : v.typeName(), v);
    }
    if (t instanceof Term.Var v) return term("var", StringValue.of(v.name()));
    if (t instanceof Term.Ref r) {
      List<Value> parts = new ArrayList<>();
      parts.add(term(r.head()));
      for (Term p : r.path()) parts.add(term(p));
      return term("ref", ArrayValue.of(parts));
    }
    if (t instanceof Term.ArrayTerm a) return term("array", terms(a.items()));
    if (t instanceof Term.SetTerm s) return term("set", terms(s.items()));
    if (t instanceof Term.ObjectTerm o) {
      List<Value> pairs = new ArrayList<>();
      for (int i = 0; i < o.keys().size(); i++) pairs.add(ArrayValue.of(term(o.keys().get(i)), term(o.values().get(i))));
      return term("object", ArrayValue.of(pairs));
    }
    if (t instanceof Term.Call c) {
      List<Value> ts = new ArrayList<>();
      ts.add(opRef(c.name()));
      for (Term a : c.args()) ts.add(term(a));
      return term("call", ArrayValue.of(ts));
    }
    if (t instanceof Term.ArrayCompr c) {
      return term("arraycomprehension", ObjectValue.builder().put("term", term(c.term())).put("body", body(c.body())).build());
    }
    if (t instanceof Term.SetCompr c) {
      return term("setcomprehension", ObjectValue.builder().put("term", term(c.term())).put("body", body(c.body())).build());
    }
    if (t instanceof Term.ObjectCompr c) {
      return term("objectcomprehension", ObjectValue.builder().put("key", term(c.key())).put("value", term(c.value()))
          .put("body", body(c.body())).build());
    }
    if (t instanceof Term.Template tp) {
      List<Value> parts = new ArrayList<>();
      for (Object p : tp.parts()) parts.add(p instanceof String s ? term("string", StringValue.of(s)) : body(List.of((Expr) p)));
      return term("templatestring", ArrayValue.of(parts));
    }
    return term("null", NullValue.NULL);
  }

  private static Value terms(List<Term> ts) {
    List<Value> out = new ArrayList<>();
    for (Term t : ts) out.add(term(t));
    return ArrayValue.of(out);
  }
}
