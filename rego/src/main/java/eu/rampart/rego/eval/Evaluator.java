package eu.rampart.rego.eval;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Location;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import eu.rampart.rego.builtins.Builtin;
import eu.rampart.rego.builtins.BuiltinContext;
import eu.rampart.rego.builtins.BuiltinError;
import eu.rampart.rego.builtins.BuiltinTypeError;
import eu.rampart.rego.compile.CompiledPolicy;
import eu.rampart.rego.compile.CompiledRule;
import eu.rampart.rego.compile.RuleIndex;
import eu.rampart.rego.compile.RuleNode;
import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Top-down evaluator in continuation-passing style, after OPA's topdown package: each
 * expression calls its continuation once per solution, bindings are undone on backtracking.
 * Virtual documents are computed on first use and memoised for the query (per {@code with} context).
 */
final class Evaluator implements BuiltinContext {
  private static final Object UNDEFINED = new Object();
  private static final Object IN_PROGRESS = new Object();

  private final CompiledPolicy policy;
  private final EvalOptions opts;
  private Ctx ctx;
  private long steps;
  private final long deadline;
  private final long startNanos = System.currentTimeMillis() * 1_000_000L;
  private final Map<Object, Object> queryCache = new HashMap<>();
  private CompiledRule currentRule;
  /** Sizes of the values this evaluation builds (built-in results, comprehensions). */
  private final EvalBudget sizes = new EvalBudget();

  /** A helper of a parallel query: computes shared documents ahead and gives way rather than wait in a cycle. */
  private final boolean helper;
  /** The shared document this evaluator waits for, if any (for the helpers' deadlock check). */
  private volatile SharedDocuments.Slot waitingOn;
  /** The query's shared state when it runs on several threads (also seen from inside with contexts), else null. */
  private final SharedDocuments shared;
  /** Steps already added to the shared step count. */
  private long stepsReported;
  /** Where covered lines go ({@code rego test --coverage}); null almost always. */
  private final CoverageTracker coverage;

  Evaluator(CompiledPolicy policy, EvalOptions opts, Value input) {
    this(policy, opts, input, null, false);
  }

  Evaluator(CompiledPolicy policy, EvalOptions opts, Value input, SharedDocuments shared, boolean helper) {
    this.policy = policy;
    this.opts = opts;
    this.ctx = new Ctx(input, List.of(), Map.of(), shared);
    this.shared = shared;
    this.helper = helper;
    this.coverage = opts.coverage();
    long t = opts.timeout() == null || opts.timeout().isZero() ? Long.MAX_VALUE : System.nanoTime() + opts.timeout().toNanos();
    this.deadline = t;
  }

  // ---- BuiltinContext

  @Override public long queryTimeNanos() { return startNanos; }
  @Override public Map<Object, Object> queryCache() { return queryCache; }
  @Override public void print(String line) { if (opts.printSink() != null) opts.printSink().accept(line); }
  @Override public void checkBudget() { budget(); }
  @Override public Value runtime() { return policy.runtime(); }
  @Override public void reserve(long size) { sizes.reserve(size); }

  private void step() {
    if ((++steps & 1023) == 0) budget();
  }

  private void budget() {
    if (helper && shared.finished) throw new Yield();
    // on several threads the step budget is for the whole query, as on one
    long total = steps;
    if (shared != null) {
      total = shared.steps.addAndGet(steps - stepsReported);
      stepsReported = steps;
    }
    if (opts.maxSteps() > 0 && total > opts.maxSteps()) {
      throw new EvalException("eval_cancel_error", "evaluation exceeded the step budget of " + opts.maxSteps() + " steps", null, 0, 0);
    }
    if (System.nanoTime() > deadline) {
      throw new EvalException("eval_cancel_error", "evaluation timed out after " + opts.timeout().toMillis() + " ms (the evaluation time budget;"
          + " raise with RAMPART_LIMITS_EVAL_SECONDS=N)", null, 0, 0);
    }
  }

  // ---- queries

  /** Runs a query body; calls k with the bindings once per solution. exprValues[i] is set for the i-th reordered expression. */
  void query(List<Expr> body, Value[] exprValues, Bindings b, Runnable k) {
    queryExpr(body, 0, exprValues, b, k);
  }

  private void queryExpr(List<Expr> body, int i, Value[] vals, Bindings b, Runnable k) {
    if (i == body.size()) { k.run(); return; }
    Expr e = body.get(i);
    if (e.kind() == Expr.Kind.TERM && !e.negated() && !e.withs().isEmpty() && !isRelation(e.term())
        && !(e.term() instanceof Term.Call c0 && outputArgCall(c0))) {
      step();
      evalTermWith(e, b, v -> {
        if (v.equals(BooleanValue.FALSE)) return;
        vals[i] = v;
        queryExpr(body, i + 1, vals, b, k);
      });
      return;
    }
    if (e.kind() == Expr.Kind.TERM && !e.negated() && e.withs().isEmpty() && !isRelation(e.term())) {
      step();
      if (e.term() instanceof Term.Call c && outputArgCall(c)) {
        evalExpr(e, b, () -> { vals[i] = BooleanValue.TRUE; queryExpr(body, i + 1, vals, b, k); });
        return;
      }
      evalTerm(e.term(), b, v -> {
        if (v.equals(BooleanValue.FALSE)) return;
        vals[i] = v;
        queryExpr(body, i + 1, vals, b, k);
      });
      return;
    }
    evalExpr(e, b, () -> { vals[i] = BooleanValue.TRUE; queryExpr(body, i + 1, vals, b, k); });
  }

  private static boolean isRelation(Term t) {
    if (!(t instanceof Term.Call c)) return false;
    switch (c.name()) {
      case "eq": case "assign": case "equal": case "neq": case "lt": case "gt": case "lte": case "gte":
      case "internal.member_2": case "internal.member_3": case "print":
        return true;
      default:
        return false;
    }
  }

  // ---- bodies and expressions

  void evalBody(List<Expr> body, int i, Bindings b, Runnable k) {
    if (i == body.size()) { k.run(); return; }
    Expr e = body.get(i);
    if (e.kind() == Expr.Kind.SOME_IN && i + 1 < body.size()) {
      FieldIndex.Filter f = fieldIndex.filter(e, body.get(i + 1));
      if (f != null && b.get(f.var()) == null && (f.keyVar() == null || b.get(f.keyVar()) == null) && probeBound(f.probe(), b)) {
        step();
        if (coverage != null) coverage.hit(e.loc());
        Runnable rest = () -> evalBody(body, i + 1, b, k);
        evalTerm(e.domain(), b, coll -> {
          FieldIndex.Index index = fieldIndex.index(coll, f.path());
          if (index == null) { evalPositiveMembers(e, coll, b, rest); return; }
          // without any member having the field the filter never evaluates its probe: nothing to visit
          if (!index.anyDefined()) return;
          List<Value> probes = new ArrayList<>(1);
          evalTerm(f.probe(), b, probes::add);
          if (probes.isEmpty()) return;
          List<Value[]> members = probes.size() == 1 ? index.members(f, probes.get(0)) : null;
          if (members == null) { evalPositiveMembers(e, coll, b, rest); return; }
          for (Value[] kv : members) visitMember(e, kv[0], kv[1], b, rest);
        });
        return;
      }
    }
    evalExpr(e, b, () -> evalBody(body, i + 1, b, k));
  }

  private final FieldIndex fieldIndex = new FieldIndex();

  /** The vars of an index probe are bound, so it has (at most) one value. */
  private boolean probeBound(Term probe, Bindings b) {
    Term head = probe instanceof Term.Ref r ? r.head() : probe;
    if (!(head instanceof Term.Var v)) return true;
    return v.name().equals("input") || v.name().equals("data") || b.get(v.name()) != null;
  }

  private void evalPositiveMembers(Expr e, Value coll, Bindings b, Runnable k) {
    forEachMember(coll, (key, val) -> visitMember(e, key, val, b, k));
  }

  private void visitMember(Expr e, Value key, Value val, Bindings b, Runnable k) {
    step();
    if (e.key() != null) unifyValue(e.key(), key, b, () -> unifyValue(e.value(), val, b, k));
    else unifyValue(e.value(), val, b, k);
  }

  private void evalExpr(Expr e, Bindings b, Runnable k) {
    step();
    if (coverage != null) coverage.hit(e.loc());
    if (!e.withs().isEmpty()) { evalWith(e, b, k); return; }
    if (e.negated()) {
      int m = b.mark();
      boolean found = exists(() -> evalPositive(e, b, HALT));
      b.undo(m);
      if (!found) k.run();
      return;
    }
    evalPositive(e, b, k);
  }

  private static final Runnable HALT = () -> { throw new Halt(); };

  /** True if r finds at least one solution (r's continuation throws Halt). */
  private boolean exists(Runnable r) {
    CompiledRule saveRule = currentRule;
    Ctx saveCtx = ctx;
    try {
      r.run();
      return false;
    } catch (Halt h) {
      return true;
    } finally {
      currentRule = saveRule;
      ctx = saveCtx;
    }
  }

  private void evalPositive(Expr e, Bindings b, Runnable k) {
    switch (e.kind()) {
      case SOME_DECL:
        k.run();
        return;
      case SOME_IN:
        evalTerm(e.domain(), b, coll -> evalPositiveMembers(e, coll, b, k));
        return;
      case EVERY:
        evalTerm(e.domain(), b, coll -> {
          if (!coll.isCollection()) return;
          boolean[] ok = {true};
          forEachMember(coll, (key, val) -> {
            if (!ok[0]) return;
            int m = b.mark();
            boolean found = exists(() -> {
              Runnable body = () -> evalBody(e.body(), 0, b, HALT);
              if (e.key() != null) unifyValue(e.key(), key, b, () -> unifyValue(e.value(), val, b, body));
              else unifyValue(e.value(), val, b, body);
            });
            b.undo(m);
            if (!found) ok[0] = false;
          });
          if (ok[0]) k.run();
        });
        return;
      default:
    }
    Term t = e.term();
    if (t instanceof Term.Call c) {
      switch (c.name()) {
        case "eq":
        case "assign":
          unify(c.args().get(0), c.args().get(1), b, k);
          return;
        default:
          if (outputArgCall(c)) {
            Term out = c.args().get(c.args().size() - 1);
            evalCall(c, b, v -> unifyValue(out, v, b, k));
            return;
          }
      }
    }
    if (isCompound(t) && single(t, b)) {
      Value v = one(t, b);
      if (v != null && !v.equals(BooleanValue.FALSE)) k.run();
      return;
    }
    evalTerm(t, b, v -> { if (!v.equals(BooleanValue.FALSE)) k.run(); });
  }

  private boolean outputArgCall(Term.Call c) {
    return site(c).outputArg;
  }

  /** Sites this evaluation resolved first; the policy keeps them for later evaluations (publishCallSites). */
  private java.util.IdentityHashMap<Term.Call, CallSite> newSites;

  private CallSite site(Term.Call c) {
    Object shared = policy.callSite(c);
    if (shared != null) return (CallSite) shared;
    if (newSites == null) newSites = new java.util.IdentityHashMap<>();
    CallSite s = newSites.get(c);
    if (s == null) {
      s = CallSite.resolve(policy, c);
      newSites.put(c, s);
    }
    return s;
  }

  /** Hands the call sites this evaluation resolved to the policy, for the evaluations after it. */
  void publishCallSites() {
    if (newSites != null) policy.rememberCallSites(newSites);
    newSites = null;
  }

  private int arity(String name) {
    return name.equals("print") ? -1 : policy.arity(name);
  }

  interface MemberVisitor { void visit(Value key, Value value); }

  private static void forEachMember(Value coll, MemberVisitor v) {
    if (coll instanceof ArrayValue a) {
      for (int i = 0; i < a.size(); i++) v.visit(NumberValue.of(i), a.get(i));
    } else if (coll instanceof SetValue s) {
      for (Value x : s.sorted()) v.visit(x, x);
    } else if (coll instanceof ObjectValue o) {
      for (Value key : o.sortedKeys()) v.visit(key, o.get(key));
    }
  }

  // ---- with

  private void evalWith(Expr e, Bindings b, Runnable k) {
    List<Object[]> mods = new ArrayList<>();
    evalWithValues(e.withs(), 0, b, mods, () -> {
      Ctx outer = ctx;
      Ctx inner = applyWith(outer, mods);
      Expr plain = e.withWiths(List.of());
      ctx = inner;
      try {
        evalExpr(plain, b, () -> {
          ctx = outer;
          try {
            k.run();
          } finally {
            ctx = inner;
          }
        });
      } finally {
        ctx = outer;
      }
    });
  }

  /** Evaluates an expression's term under its with modifiers; k runs in the outer context. */
  private void evalTermWith(Expr e, Bindings b, Consumer<Value> k) {
    List<Object[]> mods = new ArrayList<>();
    evalWithValues(e.withs(), 0, b, mods, () -> {
      Ctx outer = ctx;
      Ctx inner = applyWith(outer, mods);
      ctx = inner;
      try {
        evalTerm(e.term(), b, v -> {
          ctx = outer;
          try {
            k.accept(v);
          } finally {
            ctx = inner;
          }
        });
      } finally {
        ctx = outer;
      }
    });
  }

  private void evalWithValues(List<Expr.With> ws, int i, Bindings b, List<Object[]> acc, Runnable k) {
    if (i == ws.size()) { k.run(); return; }
    Expr.With w = ws.get(i);
    String fnName = functionTarget(w.target());
    if (fnName != null) {
      String replacement = functionValueName(w.value());
      if (replacement != null) {
        acc.add(new Object[] {w, fnName, replacement});
        evalWithValues(ws, i + 1, b, acc, k);
        acc.remove(acc.size() - 1);
        return;
      }
    }
    // OPA's rewriteWithModifiers evaluates a with value before the expression, as an expression of
    // its own: a value that iterates (`with input.x as xs[_]`) runs the expression once per value.
    evalTerm(w.value(), b, v -> {
      acc.add(new Object[] {w, fnName, v});
      evalWithValues(ws, i + 1, b, acc, k);
      acc.remove(acc.size() - 1);
    });
  }

  /** The function or built-in a with target names, or null for input/data paths. */
  private String functionTarget(Term target) {
    String name = refName(target);
    if (name == null) return null;
    if (policy.isFunction(name)) return name;
    if (name.startsWith("data.") || name.equals("data") || name.equals("input") || name.startsWith("input.")) return null;
    return name;
  }

  private String functionValueName(Term value) {
    String name = refName(value);
    if (name == null) return null;
    if (policy.isFunction(name) || policy.builtins().get(name) != null && !name.startsWith("data.")) return name;
    return null;
  }

  private static String refName(Term t) {
    if (t instanceof Term.Var v) return v.name();
    if (t instanceof Term.Ref r && r.head() instanceof Term.Var v) {
      StringBuilder sb = new StringBuilder(v.name());
      for (Term p : r.path()) {
        if (!(p instanceof Term.Scalar s && s.value() instanceof StringValue sv)) return null;
        sb.append('.').append(sv.value());
      }
      return sb.toString();
    }
    return null;
  }

  private Ctx applyWith(Ctx outer, List<Object[]> mods) {
    Value input = outer.input;
    List<Ctx.DataOverride> data = new ArrayList<>(outer.dataOverrides);
    Map<String, Object> fns = new HashMap<>(outer.fnOverrides);
    for (Object[] m : mods) {
      Expr.With w = (Expr.With) m[0];
      String fn = (String) m[1];
      if (fn != null) {
        fns.put(fn, m[2]);
        continue;
      }
      Value v = (Value) m[2];
      List<String> path = stringPath(w.target());
      if (path == null) throw error("eval_type_error", "with target must be a ground reference", w.loc());
      if (path.get(0).equals("input")) {
        input = path.size() == 1 ? v : setPath(input == null ? ObjectValue.EMPTY : input, path.subList(1, path.size()), v);
      } else {
        data.add(new Ctx.DataOverride(List.copyOf(path.subList(1, path.size())), v));
      }
    }
    return new Ctx(input, data, fns);
  }

  private static List<String> stringPath(Term t) {
    List<String> out = new ArrayList<>();
    if (t instanceof Term.Var v) { out.add(v.name()); return out; }
    if (t instanceof Term.Ref r && r.head() instanceof Term.Var v) {
      out.add(v.name());
      for (Term p : r.path()) {
        if (!(p instanceof Term.Scalar s && s.value() instanceof StringValue sv)) return null;
        out.add(sv.value());
      }
      return out;
    }
    return null;
  }

  /** Copy of base with value placed at path, creating objects as needed. */
  static Value setPath(Value base, List<String> path, Value v) {
    if (path.isEmpty()) return v;
    ObjectValue o = base instanceof ObjectValue ob ? ob : ObjectValue.EMPTY;
    LinkedHashMap<Value, Value> m = new LinkedHashMap<>(o.asMap());
    StringValue key = StringValue.of(path.get(0));
    Value child = m.get(key);
    m.put(key, setPath(child == null ? ObjectValue.EMPTY : child, path.subList(1, path.size()), v));
    return ObjectValue.wrap(m);
  }

  // ---- terms

  void evalTerm(Term t, Bindings b, Consumer<Value> k) {
    if (t instanceof Term.Scalar s) { k.accept(s.value()); return; }
    if (isCompound(t) && single(t, b)) {
      Value v = one(t, b);
      if (v != null) k.accept(v);
      return;
    }
    evalTermSearch(t, b, k);
  }

  private static boolean isCompound(Term t) {
    return t instanceof Term.Ref || t instanceof Term.Call || t instanceof Term.ArrayTerm
        || t instanceof Term.ObjectTerm || t instanceof Term.SetTerm;
  }

  // ---- single-valued terms, computed directly

  /**
   * True if t has at most one value under b, so it can be computed directly instead of through
   * continuations: every variable outside comprehensions is bound, and every call returns one
   * value (no walk, print, or output argument, and no with-replaced function).
   */
  private boolean single(Term t, Bindings b) {
    if (t instanceof Term.Scalar) return true;
    if (t instanceof Term.Var v) {
      String n = v.name();
      return n.equals("input") || n.equals("data") || b.get(n) != null;
    }
    if (t instanceof Term.Ref r) {
      if (!single(r.head(), b)) return false;
      List<Term> path = r.path();
      for (int i = 0; i < path.size(); i++) if (!single(path.get(i), b)) return false;
      return true;
    }
    if (t instanceof Term.Call c) {
      if (!ctx.fnOverrides.isEmpty() || !site(c).singleValued()) return false;
      return allSingle(c.args(), b);
    }
    if (t instanceof Term.ArrayTerm a) return allSingle(a.items(), b);
    if (t instanceof Term.SetTerm st) return allSingle(st.items(), b);
    if (t instanceof Term.ObjectTerm o) return allSingle(o.keys(), b) && allSingle(o.values(), b);
    // comprehensions and templates always have exactly one value
    return t instanceof Term.ArrayCompr || t instanceof Term.SetCompr || t instanceof Term.ObjectCompr
        || t instanceof Term.Template;
  }

  private boolean allSingle(List<Term> ts, Bindings b) {
    for (int i = 0; i < ts.size(); i++) if (!single(ts.get(i), b)) return false;
    return true;
  }

  /**
   * The value of a term for which {@link #single} holds, or null when undefined. Evaluates in the
   * same order as the search and stops at the first undefined part, so errors are the same.
   */
  private Value one(Term t, Bindings b) {
    if (t instanceof Term.Scalar s) return s.value();
    if (t instanceof Term.Var v) {
      switch (v.name()) {
        case "input": return ctx.input;
        case "data": return captured(t, b);
        default: return b.get(v.name());
      }
    }
    if (t instanceof Term.Ref r) {
      Value cur;
      if (r.head() instanceof Term.Var hv) {
        switch (hv.name()) {
          case "data": return captured(t, b);
          case "input": cur = ctx.input; break;
          default: cur = b.get(hv.name());
        }
      } else {
        cur = one(r.head(), b);
      }
      List<Term> path = r.path();
      for (int i = 0; i < path.size() && cur != null; i++) {
        Value key = one(path.get(i), b);
        if (key == null) return null;
        cur = lookup(cur, key);
      }
      return cur;
    }
    if (t instanceof Term.Call c) {
      CallSite site = site(c);
      switch (site.kind) {
        case METADATA_RULE: return currentRule == null ? ObjectValue.EMPTY : currentRule.metadata;
        case METADATA_CHAIN: return currentRule == null || currentRule.metadataChain == null ? ArrayValue.EMPTY : currentRule.metadataChain;
        default:
      }
      Value[] args = oneEach(site.inputArgs, b);
      return args == null ? null : invoke(site, args, c.loc());
    }
    if (t instanceof Term.ArrayTerm a) {
      Value[] items = oneEach(a.items(), b);
      return items == null ? null : ArrayValue.wrap(items);
    }
    if (t instanceof Term.SetTerm st) {
      Value[] items = oneEach(st.items(), b);
      return items == null ? null : SetValue.of(items);
    }
    if (t instanceof Term.ObjectTerm o) {
      Value[] keys = oneEach(o.keys(), b);
      if (keys == null) return null;
      Value[] vals = oneEach(o.values(), b);
      if (vals == null) return null;
      LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
      for (int i = 0; i < keys.length; i++) m.put(keys[i], vals[i]);
      return ObjectValue.wrap(m);
    }
    return captured(t, b);
  }

  private Value[] oneEach(List<Term> ts, Bindings b) {
    Value[] out = new Value[ts.size()];
    for (int i = 0; i < out.length; i++) {
      Value v = one(ts.get(i), b);
      if (v == null) return null;
      out[i] = v;
    }
    return out;
  }

  /** The one value of a term evaluated by search (data references, comprehensions, templates). */
  private Value captured(Term t, Bindings b) {
    Value[] out = {null};
    evalTermSearch(t, b, v -> out[0] = v);
    return out[0];
  }

  /** Evaluates a term by search: k is called once per value. */
  private void evalTermSearch(Term t, Bindings b, Consumer<Value> k) {
    if (t instanceof Term.Scalar s) { k.accept(s.value()); return; }
    if (t instanceof Term.Var v) {
      switch (v.name()) {
        case "input": if (ctx.input != null) k.accept(ctx.input); return;
        case "data": dataNav(policy.root(), List.of(), 0, b, k); return;
        default:
      }
      Value x = b.get(v.name());
      if (x == null) throw error("eval_internal_error", "var " + v.name() + " is unbound", v.loc());
      k.accept(x);
      return;
    }
    if (t instanceof Term.Ref r) { evalRef(r, b, k); return; }
    if (t instanceof Term.Call c) {
      if (outputArgCall(c)) {
        Term out = c.args().get(c.args().size() - 1);
        evalCall(c, b, v -> unifyValue(out, v, b, () -> k.accept(BooleanValue.TRUE)));
        return;
      }
      evalCall(c, b, k);
      return;
    }
    if (t instanceof Term.ArrayTerm a) {
      evalItems(a.items(), 0, new Value[a.items().size()], b, vals -> k.accept(ArrayValue.wrap(vals.clone())));
      return;
    }
    if (t instanceof Term.SetTerm s) {
      evalItems(s.items(), 0, new Value[s.items().size()], b, vals -> k.accept(SetValue.of(vals)));
      return;
    }
    if (t instanceof Term.ObjectTerm o) {
      int n = o.keys().size();
      List<Term> all = new ArrayList<>(o.keys());
      all.addAll(o.values());
      evalItems(all, 0, new Value[2 * n], b, vals -> {
        LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) m.put(vals[i], vals[n + i]);
        k.accept(ObjectValue.wrap(m));
      });
      return;
    }
    if (t instanceof Term.ArrayCompr c) {
      List<Value> out = new ArrayList<>();
      int m = b.mark();
      evalBody(c.body(), 0, b, () -> evalTerm(c.term(), b, v -> { out.add(v); if ((out.size() & 1023) == 0) sizes.growing(out.size()); }));
      b.undo(m);
      k.accept(ArrayValue.of(out));
      return;
    }
    if (t instanceof Term.SetCompr c) {
      LinkedHashSet<Value> out = new LinkedHashSet<>();
      int m = b.mark();
      evalBody(c.body(), 0, b, () -> evalTerm(c.term(), b, v -> { if (out.add(v) && (out.size() & 1023) == 0) sizes.growing(out.size()); }));
      b.undo(m);
      k.accept(SetValue.wrap(out));
      return;
    }
    if (t instanceof Term.ObjectCompr c) {
      LinkedHashMap<Value, Value> out = new LinkedHashMap<>();
      int m = b.mark();
      evalBody(c.body(), 0, b, () -> evalTerm(c.key(), b, key -> evalTerm(c.value(), b, val -> {
        Value prev = out.putIfAbsent(key, val);
        if (prev != null && !prev.equals(val)) throw error("eval_conflict_error", "object keys must be unique", c.loc());
        if (prev == null && (out.size() & 1023) == 0) sizes.growing(out.size());
      })));
      b.undo(m);
      k.accept(ObjectValue.wrap(out));
      return;
    }
    if (t instanceof Term.Template tp) {
      StringBuilder sb = new StringBuilder();
      for (Object p : tp.parts()) {
        if (p instanceof String s) { sb.append(s); continue; }
        Expr e = (Expr) p;
        List<Value> vals = new ArrayList<>();
        int m = b.mark();
        if (e.kind() == Expr.Kind.TERM && !e.negated() && !isRelation(e.term())) {
          if (e.withs().isEmpty()) evalTerm(e.term(), b, vals::add);
          else {
            List<Object[]> mods = new ArrayList<>();
            evalWithValues(e.withs(), 0, b, mods, () -> {
              Ctx outer = ctx;
              ctx = applyWith(outer, mods);
              try {
                evalTerm(e.term(), b, vals::add);
              } finally {
                ctx = outer;
              }
            });
          }
        } else {
          evalExpr(e, b, () -> vals.add(BooleanValue.TRUE));
          if (vals.isEmpty() && (e.negated() || isRelation(e.term()))) vals.add(BooleanValue.FALSE);
        }
        b.undo(m);
        if (vals.isEmpty()) sb.append("<undefined>");
        else if (vals.size() > 1 && !vals.stream().allMatch(vals.get(0)::equals)) {
          throw error("eval_conflict_error", "template expression produced multiple outputs", tp.loc());
        } else sb.append(display(vals.get(0)));
      }
      k.accept(StringValue.of(sb.toString()));
      return;
    }
    throw error("eval_internal_error", "cannot evaluate term " + t, t.loc());
  }

  static String display(Value v) {
    return v instanceof StringValue s ? s.value() : v.toString();
  }

  private void evalItems(List<Term> items, int i, Value[] acc, Bindings b, Consumer<Value[]> k) {
    if (i == items.size()) { k.accept(acc); return; }
    evalTerm(items.get(i), b, v -> {
      acc[i] = v;
      evalItems(items, i + 1, acc, b, k);
    });
  }

  // ---- unification

  private boolean hasUnbound(Term t, Bindings b) {
    if (t instanceof Term.Var v) {
      return !v.name().equals("input") && !v.name().equals("data") && b.get(v.name()) == null;
    }
    if (t instanceof Term.ArrayTerm a) {
      for (Term x : a.items()) if (hasUnbound(x, b)) return true;
      return false;
    }
    if (t instanceof Term.ObjectTerm o) {
      for (Term x : o.values()) if (hasUnbound(x, b)) return true;
      return false;
    }
    return false;
  }

  void unify(Term a, Term c, Bindings b, Runnable k) {
    boolean ua = hasUnbound(a, b), uc = hasUnbound(c, b);
    if (!ua) { evalTerm(a, b, av -> unifyValue(c, av, b, k)); return; }
    if (!uc) {
      if (isCompound(c) && single(c, b)) {
        Value cv = one(c, b);
        if (cv != null) unifyValue(a, cv, b, k);
        return;
      }
      evalTerm(c, b, cv -> unifyValue(a, cv, b, k));
      return;
    }
    if (a instanceof Term.ArrayTerm x && c instanceof Term.ArrayTerm y) {
      if (x.items().size() == y.items().size()) unifyPairs(x.items(), y.items(), 0, b, k);
      return;
    }
    if (a instanceof Term.ObjectTerm x && c instanceof Term.ObjectTerm y) {
      if (x.keys().size() != y.keys().size()) return;
      evalItems(x.keys(), 0, new Value[x.keys().size()], b, xk -> {
        Value[] xks = xk.clone();
        evalItems(y.keys(), 0, new Value[y.keys().size()], b, yk -> {
          List<Term> l = new ArrayList<>(), r = new ArrayList<>();
          for (int i = 0; i < xks.length; i++) {
            int j = Arrays.asList(yk).indexOf(xks[i]);
            if (j < 0) return;
            l.add(x.values().get(i));
            r.add(y.values().get(j));
          }
          unifyPairs(l, r, 0, b, k);
        });
      });
      return;
    }
    throw error("eval_internal_error", "cannot unify " + a + " with " + c + ": both sides have unbound variables", a.loc());
  }

  private void unifyPairs(List<Term> l, List<Term> r, int i, Bindings b, Runnable k) {
    if (i == l.size()) { k.run(); return; }
    unify(l.get(i), r.get(i), b, () -> unifyPairs(l, r, i + 1, b, k));
  }

  void unifyValue(Term t, Value v, Bindings b, Runnable k) {
    if (t instanceof Term.Var var && !var.name().equals("input") && !var.name().equals("data")) {
      Value cur = b.get(var.name());
      if (cur == null) {
        int m = b.mark();
        b.bind(var.name(), v);
        k.run();
        b.undo(m);
      } else if (cur.equals(v)) {
        k.run();
      }
      return;
    }
    if (t instanceof Term.Scalar s) {
      if (s.value().equals(v)) k.run();
      return;
    }
    if (t instanceof Term.ArrayTerm a) {
      if (!(v instanceof ArrayValue av) || av.size() != a.items().size()) return;
      unifyElems(a.items(), av, 0, b, k);
      return;
    }
    if (t instanceof Term.ObjectTerm o && hasUnbound(t, b)) {
      if (!(v instanceof ObjectValue ov) || ov.size() != o.keys().size()) return;
      evalItems(o.keys(), 0, new Value[o.keys().size()], b, keys -> {
        Value[] ks = keys.clone();
        unifyObject(o, ks, ov, 0, b, k);
      });
      return;
    }
    evalTerm(t, b, tv -> { if (tv.equals(v)) k.run(); });
  }

  private void unifyElems(List<Term> items, ArrayValue av, int i, Bindings b, Runnable k) {
    if (i == items.size()) { k.run(); return; }
    unifyValue(items.get(i), av.get(i), b, () -> unifyElems(items, av, i + 1, b, k));
  }

  private void unifyObject(Term.ObjectTerm o, Value[] keys, ObjectValue ov, int i, Bindings b, Runnable k) {
    if (i == keys.length) { k.run(); return; }
    Value v = ov.get(keys[i]);
    if (v == null) return;
    unifyValue(o.values().get(i), v, b, () -> unifyObject(o, keys, ov, i + 1, b, k));
  }

  // ---- refs

  private void evalRef(Term.Ref r, Bindings b, Consumer<Value> k) {
    Term head = r.head();
    if (head instanceof Term.Var v) {
      switch (v.name()) {
        case "data": dataNav(policy.root(), r.path(), 0, b, k); return;
        case "input": if (ctx.input != null) walk(ctx.input, r.path(), 0, b, k); return;
        default:
          Value x = b.get(v.name());
          if (x == null) throw error("eval_internal_error", "var " + v.name() + " is unbound", v.loc());
          walk(x, r.path(), 0, b, k);
          return;
      }
    }
    evalTerm(head, b, hv -> walk(hv, r.path(), 0, b, k));
  }

  private void walk(Value v, List<Term> path, int i, Bindings b, Consumer<Value> k) {
    if (i == path.size()) { k.accept(v); return; }
    Term p = path.get(i);
    if (hasUnbound(p, b)) {
      step();
      forEachMember(v, (key, val) -> {
        step();
        unifyValue(p, key, b, () -> walk(val, path, i + 1, b, k));
      });
      return;
    }
    evalTerm(p, b, key -> {
      Value child = lookup(v, key);
      if (child != null) walk(child, path, i + 1, b, k);
    });
  }

  /** Base documents are JSON: an integer key also finds the object member named by its digits. */
  private static Value baseLookup(Value v, Value key) {
    Value c = lookup(v, key);
    if (c == null && v instanceof ObjectValue && key instanceof NumberValue n && n.isInteger()) {
      c = lookup(v, StringValue.of(n.toJsonText()));
    }
    return c;
  }

  private void walkBase(Value v, List<Term> path, int i, Bindings b, Consumer<Value> k) {
    if (i == path.size()) { k.accept(v); return; }
    Term p = path.get(i);
    if (hasUnbound(p, b)) { walk(v, path, i, b, k); return; }
    evalTerm(p, b, key -> {
      Value child = baseLookup(v, key);
      if (child != null) walkBase(child, path, i + 1, b, k);
    });
  }

  static Value lookup(Value v, Value key) {
    if (v instanceof ObjectValue o) return o.get(key);
    if (v instanceof ArrayValue a) {
      if (key instanceof NumberValue n && n.isInteger()) {
        try {
          int idx = n.intValueExact();
          return idx >= 0 && idx < a.size() ? a.get(idx) : null;
        } catch (ArithmeticException e) {
          return null;
        }
      }
      return null;
    }
    if (v instanceof SetValue s) return s.contains(key) ? key : null;
    return null;
  }

  // ---- data: base documents merged with virtual documents

  private void dataNav(RuleNode node, List<Term> path, int i, Bindings b, Consumer<Value> k) {
    Value ov = overrideAt(node.path);
    if (ov != null) { walk(ov, path, i, b, k); return; }
    if (!node.rules.isEmpty() || node.defaultRule != null || i == path.size()) {
      if (i < path.size() && byKey(node) && !hasUnbound(path.get(i), b)) {
        // data.p[key] on a partial object: only the rules that can produce key are evaluated, as in OPA.
        evalTerm(path.get(i), b, key -> {
          Value v = keyedOrWhole(node, key);
          if (v != null) walk(v, path, i + 1, b, k);
        });
        return;
      }
      Value v = nodeValue(node);
      if (v != null) walk(v, path, i, b, k);
      return;
    }
    Term p = path.get(i);
    if (!hasUnbound(p, b)) {
      evalTerm(p, b, key -> {
        RuleNode child = key instanceof StringValue s ? node.children.get(s.value()) : null;
        if (child != null) {
          dataNav(child, path, i + 1, b, k);
        } else {
          Value base = baseAt(node.path);
          if (base != null) {
            Value c = baseLookup(base, key);
            if (c != null) walkBase(c, path, i + 1, b, k);
          }
        }
      });
      return;
    }
    Value v = nodeValue(node);
    if (v != null) walk(v, path, i, b, k);
  }

  private Value overrideAt(List<String> path) {
    List<Ctx.DataOverride> os = ctx.dataOverrides;
    for (int j = os.size() - 1; j >= 0; j--) {
      Ctx.DataOverride o = os.get(j);
      if (o.path().size() <= path.size() && path.subList(0, o.path().size()).equals(o.path())) {
        Value v = o.value();
        for (int x = o.path().size(); x < path.size() && v != null; x++) v = lookup(v, StringValue.of(path.get(x)));
        return v == null ? null : applyOverridesBelow(path, v, j + 1);
      }
    }
    return null;
  }

  private Value baseAt(List<String> path) {
    Value v = policy.data();
    for (String p : path) {
      if (v == null) break;
      v = lookup(v, StringValue.of(p));
    }
    return applyOverridesBelow(path, v, 0);
  }

  private Value applyOverridesBelow(List<String> path, Value v, int from) {
    List<Ctx.DataOverride> os = ctx.dataOverrides;
    for (int j = from; j < os.size(); j++) {
      Ctx.DataOverride o = os.get(j);
      if (o.path().size() > path.size() && o.path().subList(0, path.size()).equals(path)) {
        v = setPath(v == null ? ObjectValue.EMPTY : v, o.path().subList(path.size(), o.path().size()), o.value());
      }
    }
    return v;
  }

  private Value nodeValue(RuleNode node) {
    boolean reusable = reusesConstants();
    if (reusable) {
      java.util.Optional<Value> known = policy.constantDocument(node, opts.strictBuiltinErrors());
      if (known != null) return known.orElse(null);
    }
    Value v = ctx.shared != null ? sharedNodeValue(node) : contextNodeValue(node);
    if (reusable) policy.rememberConstantDocument(node, opts.strictBuiltinErrors(), v);
    return v;
  }

  /**
   * Documents no input can change are computed once per policy, not per evaluation, unless
   * {@code with} replaces data or functions here, or coverage must see every line evaluated.
   */
  private boolean reusesConstants() {
    return ctx.dataOverrides.isEmpty() && ctx.fnOverrides.isEmpty() && opts.coverage() == null;
  }

  private Value contextNodeValue(RuleNode node) {
    Object c = ctx.nodeCache.get(node);
    if (c == UNDEFINED) return null;
    if (c == IN_PROGRESS) {
      throw new EvalException("eval_recursion_error", "rule " + node.dataPath() + " is recursive", null, 0, 0);
    }
    if (c != null) return (Value) c;
    Value ov = overrideAt(node.path);
    if (ov != null) return ov;
    ctx.nodeCache.put(node, IN_PROGRESS);
    Value v;
    Ctx my = ctx;
    try {
      v = computeNode(node);
      v = applyOverridesBelow(node.path, v, 0);
    } catch (RuntimeException | Error e) {
      my.nodeCache.remove(node);
      throw e;
    }
    my.nodeCache.put(node, v == null ? UNDEFINED : v);
    return v;
  }

  /**
   * nodeValue for the root context of a parallel query: each document is computed once, by whoever
   * asks first. The root context has no {@code with} replacements, so there are none to apply.
   */
  private Value sharedNodeValue(RuleNode node) {
    SharedDocuments shared = ctx.shared;
    while (true) {
      SharedDocuments.Slot s = shared.slots.get(node);
      if (s == null) {
        SharedDocuments.Slot mine = new SharedDocuments.Slot(this);
        if (shared.slots.putIfAbsent(node, mine) != null) continue;
        Value v;
        try {
          v = computeNode(node);
        } catch (RuntimeException | Error e) {
          shared.slots.remove(node, mine);
          mine.finish(SharedDocuments.ABANDONED);
          throw e;
        }
        mine.finish(v == null ? UNDEFINED : v);
        return v;
      }
      Object r = s.result();
      if (r == null) {
        if (s.owner == this) {
          throw new EvalException("eval_recursion_error", "rule " + node.dataPath() + " is recursive", null, 0, 0);
        }
        r = awaitDocument(s);
      }
      if (r == SharedDocuments.ABANDONED) {
        shared.slots.remove(node, s);
        continue;
      }
      return r == UNDEFINED ? null : (Value) r;
    }
  }

  /** Waits for a document another evaluator computes; a helper gives way if that would close a cycle of waits. */
  private Object awaitDocument(SharedDocuments.Slot s) {
    waitingOn = s;
    try {
      while (true) {
        Object r = s.result();
        if (r != null) return r;
        if (helper && waitsForItself(s)) throw new Yield();
        budget();
        try {
          s.await(2);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new EvalException("eval_cancel_error", "evaluation interrupted", null, 0, 0);
        }
      }
    } finally {
      waitingOn = null;
    }
  }

  private boolean waitsForItself(SharedDocuments.Slot s) {
    Evaluator e = s.owner;
    for (int hops = 0; e != null && hops < 64; hops++) {
      if (e == this) return true;
      SharedDocuments.Slot w = e.waitingOn;
      e = w == null ? null : w.owner;
    }
    return false;
  }

  /**
   * A helper's work: computes the documents of a plan (dependencies first) backwards from start,
   * wrapping round, while the query itself starts from the front. A document that fails here is
   * left to the query, which computes it again and reports the error if it really needs it.
   */
  void prefetch(List<RuleNode> plan, int start) {
    try {
      prefetchFrom(plan, start);
    } finally {
      publishCallSites();
    }
  }

  private void prefetchFrom(List<RuleNode> plan, int start) {
    int size = plan.size();
    for (int step = 0; step < size; step++) {
      if (ctx.shared.finished) return;
      RuleNode n = plan.get(Math.floorMod(start - step, size));
      if (ctx.shared.slots.containsKey(n)) continue;
      try {
        nodeValue(n);
      } catch (RuntimeException | StackOverflowError e) {
        // Yield, an evaluation error, or an engine fault: the main evaluation decides
      }
    }
  }

  private Value computeNode(RuleNode node) {
    boolean complete = node.defaultRule != null, multi = false;
    for (CompiledRule r : node.rules) {
      if (r.suffix.isEmpty()) {
        if (r.rule.kind() == Rule.Kind.MULTI) multi = true;
        else complete = true;
      }
    }
    if (complete) return evalComplete(node);
    if (multi) {
      LinkedHashSet<Value> out = new LinkedHashSet<>();
      for (CompiledRule r : candidates(node)) {
        if (isGround(r.rule.key())) {
          try {
            evalRuleBody(r, r.rule, bb -> evalTerm(r.rule.key(), bb, v -> {
              out.add(v);
              throw EARLY_EXIT;
            }));
          } catch (EarlyExit done) {
            // a constant element is in the set once
          }
        } else {
          evalRuleBody(r, r.rule, (bb) -> evalTerm(r.rule.key(), bb, out::add));
        }
      }
      for (CompiledRule r : node.rules) if (!r.suffix.isEmpty()) throw error("eval_conflict_error", "conflicting rules " + node.dataPath(), r.rule.loc());
      return SetValue.wrap(out);
    }
    Tree tree = new Tree();
    Value base = baseAt(node.path);
    if (base instanceof ObjectValue bo) for (Map.Entry<Value, Value> e : bo.entries()) tree.map.put(e.getKey(), e.getValue());
    for (Map.Entry<String, RuleNode> ch : node.children.entrySet()) {
      RuleNode cn = ch.getValue();
      if (cn.isFunctionLeaf() && !hasOverrideBelow(cn.path)) continue;
      Value cv = nodeValue(cn);
      if (cv != null) tree.map.put(StringValue.of(ch.getKey()), cv);
    }
    for (CompiledRule r : candidates(node)) {
      if (r.suffix.isEmpty()) continue;
      evalRuleBody(r, r.rule, bb -> evalItems(r.suffix, 0, new Value[r.suffix.size()], bb, keys -> {
        Value[] ks = keys.clone();
        if (r.rule.kind() == Rule.Kind.MULTI) {
          evalTerm(r.rule.key(), bb, v -> tree.insert(ks, 0, v, true, r.rule.loc()));
        } else {
          evalTerm(r.rule.value(), bb, v -> tree.insert(ks, 0, v, false, r.rule.loc()));
        }
      }));
    }
    return tree.toValue();
  }

  /** True if node's value is an object built only from ref-head/partial-object rules (and children), not yet computed. */
  private boolean byKey(RuleNode node) {
    boolean computed = ctx.shared != null ? ctx.shared.slots.containsKey(node) : ctx.nodeCache.containsKey(node);
    if (node.defaultRule != null || computed || hasOverrideBelow(node.path)) return false;
    for (CompiledRule r : node.rules) if (r.suffix.isEmpty()) return false;
    return true;
  }

  /**
   * data.p[key]: the first lookup of a node evaluates only the rules for that key; a second lookup
   * with another key computes the whole document once instead, because each keyed evaluation scans
   * the rule bodies in full (an index joined per resource would otherwise cost N x N). If the whole
   * document raises an error, keyed evaluation is used from then on, so an error that a keyed lookup
   * would not meet is never raised.
   */
  private Value keyedOrWhole(RuleNode node, Value key) {
    Map<Value, Object> cache = ctx.keyCache.get(node);
    if (cache != null) {
      Object c = cache.get(key);
      if (c == UNDEFINED) return null;
      if (c != null) return (Value) c;
    }
    if (cache == null || cache.isEmpty() || policy.prints() || ctx.wholeFailed.containsKey(node)) {
      return nodeKeyValue(node, key);
    }
    Value whole;
    try {
      whole = nodeValue(node);
    } catch (EvalException e) {
      ctx.wholeFailed.put(node, Boolean.TRUE);
      return nodeKeyValue(node, key);
    }
    return whole == null ? null : lookup(whole, key);
  }

  private Value nodeKeyValue(RuleNode node, Value key) {
    Map<Value, Object> cache = ctx.keyCache.computeIfAbsent(node, n -> new HashMap<>());
    Object c = cache.get(key);
    if (c == UNDEFINED) return null;
    if (c != null) return (Value) c;
    Tree tree = new Tree();
    Value base = baseAt(node.path);
    if (base instanceof ObjectValue bo && bo.get(key) != null) tree.map.put(key, bo.get(key));
    if (key instanceof StringValue ks) {
      RuleNode child = node.children.get(ks.value());
      if (child != null && !child.isFunctionLeaf()) {
        Value cv = nodeValue(child);
        if (cv != null) tree.map.put(key, cv);
      }
    }
    for (CompiledRule r : candidates(node)) {
      Term first = r.suffix.get(0);
      boolean prebind = first instanceof Term.Var || first instanceof Term.Scalar;
      if (first instanceof Term.Scalar sc && !sc.value().equals(key)) continue;
      CompiledRule save = currentRule;
      currentRule = r;
      try {
        Bindings bb = new Bindings();
        Runnable body = () -> evalBody(r.rule.body(), 0, bb, () -> evalItems(r.suffix, 0, new Value[r.suffix.size()], bb, keys -> {
          if (!keys[0].equals(key)) return;
          if (coverage != null) coverage.hit(r.rule.loc());
          Value[] ks = keys.clone();
          if (r.rule.kind() == Rule.Kind.MULTI) evalTerm(r.rule.key(), bb, v -> tree.insert(ks, 0, v, true, r.rule.loc()));
          else evalTerm(r.rule.value(), bb, v -> tree.insert(ks, 0, v, false, r.rule.loc()));
        }));
        if (prebind) unifyValue(first, key, bb, body);
        else body.run();
      } finally {
        currentRule = save;
      }
    }
    Value v = ((ObjectValue) tree.toValue()).get(key);
    cache.put(key, v == null ? UNDEFINED : v);
    return v;
  }

  private boolean hasOverrideBelow(List<String> path) {
    for (Ctx.DataOverride o : ctx.dataOverrides) {
      if (o.path().size() >= path.size() && o.path().subList(0, path.size()).equals(path)) return true;
    }
    return false;
  }

  /** A partially built object for partial-object and ref-head rules. */
  private final class Tree {
    final LinkedHashMap<Value, Object> map = new LinkedHashMap<>();

    void insert(Value[] keys, int i, Value v, boolean multi, Location loc) {
      Value key = keys[i];
      Object cur = map.get(key);
      if (i == keys.length - 1) {
        if (multi) {
          if (cur == null) { LinkedHashSet<Value> s = new LinkedHashSet<>(); s.add(v); map.put(key, s); }
          else if (cur instanceof LinkedHashSet<?> s) { @SuppressWarnings("unchecked") LinkedHashSet<Value> ss = (LinkedHashSet<Value>) s; ss.add(v); }
          else if (cur instanceof SetValue sv) { LinkedHashSet<Value> s = new LinkedHashSet<>(sv.elements()); s.add(v); map.put(key, s); }
          else throw error("eval_conflict_error", "object keys must be unique", loc);
          return;
        }
        if (cur == null) map.put(key, v);
        else if (!(cur instanceof Value cv && cv.equals(v))) throw error("eval_conflict_error", "object keys must be unique", loc);
        return;
      }
      Tree sub;
      if (cur == null) { sub = new Tree(); map.put(key, sub); }
      else if (cur instanceof Tree t) sub = t;
      else if (cur instanceof ObjectValue ov) {
        sub = new Tree();
        for (Map.Entry<Value, Value> e : ov.entries()) sub.map.put(e.getKey(), e.getValue());
        map.put(key, sub);
      } else throw error("eval_conflict_error", "object keys must be unique", loc);
      sub.insert(keys, i + 1, v, multi, loc);
    }

    Value toValue() {
      LinkedHashMap<Value, Value> out = new LinkedHashMap<>();
      for (Map.Entry<Value, Object> e : map.entrySet()) {
        Object o = e.getValue();
        Value v;
        if (o instanceof Tree t) v = t.toValue();
        else if (o instanceof LinkedHashSet<?> s) { @SuppressWarnings("unchecked") LinkedHashSet<Value> ss = (LinkedHashSet<Value>) s; v = SetValue.wrap(ss); }
        else v = (Value) o;
        out.put(e.getKey(), v);
      }
      return ObjectValue.wrap(out);
    }
  }

  private List<CompiledRule> candidates(RuleNode node) {
    List<CompiledRule> rules;
    RuleIndex idx = node.index;
    if (idx == null) rules = node.rules;
    else {
      Value iv = ctx.input;
      for (Value p : idx.inputPath) { if (iv == null) break; iv = lookup(iv, p); }
      List<CompiledRule> hit = iv == null ? null : idx.byValue.get(iv);
      if (hit == null) rules = idx.unindexed;
      else {
        rules = new ArrayList<>(idx.unindexed.size() + hit.size());
        rules.addAll(idx.unindexed);
        rules.addAll(hit);
      }
    }
    List<CompiledRule> out = new ArrayList<>(rules.size());
    outer:
    for (CompiledRule r : rules) {
      for (CompiledRule.Condition c : r.conditions) {
        Value iv = ctx.input;
        for (Value p : c.inputPath()) { if (iv == null) break; iv = lookup(iv, p); }
        if (iv == null || !iv.equals(c.value())) continue outer;
      }
      out.add(r);
    }
    return out;
  }

  private Value evalComplete(RuleNode node) {
    LinkedHashSet<Value> vals = new LinkedHashSet<>();
    for (CompiledRule r : candidates(node)) {
      evalChain(r, r.rule, v -> {
        vals.add(v);
        if (vals.size() > 1) throw error("eval_conflict_error", "complete rules must not produce multiple outputs", r.rule.loc());
      });
    }
    if (!vals.isEmpty()) return vals.iterator().next();
    if (node.defaultRule != null) {
      Value[] out = {null};
      evalRuleBody(node.defaultRule, node.defaultRule.rule, bb -> evalTerm(node.defaultRule.rule.value(), bb, v -> out[0] = v));
      return out[0];
    }
    return null;
  }

  /** Evaluates a rule and its else chain: the first body with a solution gives the values. */
  private void evalChain(CompiledRule cr, Rule rule, Consumer<Value> out) {
    boolean[] found = {false};
    if (isGround(rule.value())) {
      // Every solution gives the same value: stop at the first (OPA's early exit).
      try {
        evalRuleBody(cr, rule, bb -> evalTerm(rule.value(), bb, v -> {
          found[0] = true;
          out.accept(v);
          throw EARLY_EXIT;
        }));
      } catch (EarlyExit done) {
        // found
      }
    } else {
      evalRuleBody(cr, rule, bb -> evalTerm(rule.value(), bb, v -> { found[0] = true; out.accept(v); }));
    }
    if (!found[0] && rule.elseRule() != null) evalChain(cr, rule.elseRule(), out);
  }

  /** Ends a rule body's search once its (constant) value is known. */
  private static final class EarlyExit extends RuntimeException {
    EarlyExit() { super(null, null, false, false); }
  }

  /** Carries no state (no stack trace, no message), so one instance serves every early exit. */
  private static final EarlyExit EARLY_EXIT = new EarlyExit();

  private static boolean isGround(Term t) {
    if (t instanceof Term.Scalar) return true;
    if (t instanceof Term.ArrayTerm a) return a.items().stream().allMatch(Evaluator::isGround);
    if (t instanceof Term.SetTerm st) return st.items().stream().allMatch(Evaluator::isGround);
    if (t instanceof Term.ObjectTerm o) return o.keys().stream().allMatch(Evaluator::isGround)
        && o.values().stream().allMatch(Evaluator::isGround);
    return false;
  }

  private void evalRuleBody(CompiledRule cr, Rule rule, Consumer<Bindings> onSolution) {
    CompiledRule save = currentRule;
    currentRule = cr;
    try {
      Bindings bb = new Bindings();
      if (coverage != null) {
        evalBody(rule.body(), 0, bb, () -> { coverage.hit(rule.loc()); onSolution.accept(bb); });
        return;
      }
      evalBody(rule.body(), 0, bb, () -> onSolution.accept(bb));
    } finally {
      currentRule = save;
    }
  }

  // ---- calls

  private void evalCall(Term.Call c, Bindings b, Consumer<Value> k) {
    String name = c.name();
    Object ov = ctx.fnOverrides.get(name);
    if (ov instanceof Value constant) {
      int n = arity(name);
      int nin = n >= 0 && c.args().size() == n + 1 ? n : c.args().size();
      evalItems(c.args().subList(0, nin), 0, new Value[nin], b, vals -> k.accept(constant));
      return;
    }
    if (ov instanceof String replacement) {
      // The replacement runs without the function mocks in force, so it may call the function it
      // replaces and never reaches another mock (OPA: "mock will not call other mock"); with
      // modifiers inside the replacement apply again.
      Ctx outer = ctx;
      Ctx inner = new Ctx(outer.input, outer.dataOverrides, Map.of());
      String fn = replacement;
      int n = arity(fn);
      int nin = n >= 0 && c.args().size() == n + 1 ? n : c.args().size();
      evalItems(c.args().subList(0, nin), 0, new Value[nin], b, vals -> {
        Value[] args = vals.clone();
        ctx = inner;
        Value r;
        try {
          r = invoke(fn, args, c.loc());
        } finally {
          ctx = outer;
        }
        if (r != null) k.accept(r);
      });
      return;
    }
    switch (name) {
      case "print": {
        List<String> parts = new ArrayList<>();
        for (Term a : c.args()) {
          List<Value> vals = new ArrayList<>();
          int m = b.mark();
          try {
            evalTerm(a, b, vals::add);
          } catch (EvalException e) {
            vals.clear();
          }
          b.undo(m);
          parts.add(vals.isEmpty() ? "<undefined>" : display(vals.get(0)));
        }
        print(String.join(" ", parts));
        k.accept(BooleanValue.TRUE);
        return;
      }
      case "walk":
        evalTerm(c.args().get(0), b, v -> walkValue(new ArrayList<>(), v, k));
        return;
      case "rego.metadata.rule":
        k.accept(currentRule == null ? ObjectValue.EMPTY : currentRule.metadata);
        return;
      case "rego.metadata.chain":
        k.accept(currentRule == null || currentRule.metadataChain == null ? ArrayValue.EMPTY : currentRule.metadataChain);
        return;
      default:
    }
    CallSite site = site(c);
    int nin = site.inputs;
    List<Term> args = site.inputArgs;
    int[] order = argOrder(args, b);
    if (order == null) {
      evalItems(args, 0, new Value[nin], b, vals -> {
        Value r = invoke(site, vals.clone(), c.loc());
        if (r != null) k.accept(r);
      });
      return;
    }
    List<Term> ordered = new ArrayList<>();
    for (int i : order) ordered.add(args.get(i));
    evalItems(ordered, 0, new Value[nin], b, vals -> {
      Value[] inOrder = new Value[nin];
      for (int i = 0; i < nin; i++) inOrder[order[i]] = vals[i];
      Value r = invoke(site, inOrder, c.loc());
      if (r != null) k.accept(r);
    });
  }

  /**
   * Arguments that use a var still unbound (bound by iterating a ref in a later argument, as in
   * {@code x == input.xs[x]}) are evaluated last; null when the written order works.
   */
  private int[] argOrder(List<Term> args, Bindings b) {
    boolean any = false;
    for (Term a : args) if (usesUnbound(a, b)) { any = true; break; }
    if (!any) return null;
    int[] order = new int[args.size()];
    int j = 0;
    for (int i = 0; i < args.size(); i++) if (!usesUnbound(args.get(i), b)) order[j++] = i;
    for (int i = 0; i < args.size(); i++) if (usesUnbound(args.get(i), b)) order[j++] = i;
    return order;
  }

  private boolean usesUnbound(Term t, Bindings b) {
    if (t instanceof Term.Scalar) return false;
    if (t instanceof Term.Var v) return b.get(v.name()) == null && !v.name().equals("input") && !v.name().equals("data");
    if (t instanceof Term.Ref r) return usesUnbound(r.head(), b);
    if (t instanceof Term.ArrayTerm a) return anyUnbound(a.items(), b);
    if (t instanceof Term.SetTerm st) return anyUnbound(st.items(), b);
    if (t instanceof Term.ObjectTerm o) return anyUnbound(o.values(), b) || anyUnbound(o.keys(), b);
    if (t instanceof Term.Call c) return anyUnbound(c.args(), b);
    return false;
  }

  private boolean anyUnbound(List<Term> ts, Bindings b) {
    for (int i = 0; i < ts.size(); i++) if (usesUnbound(ts.get(i), b)) return true;
    return false;
  }

  private void walkValue(List<Value> path, Value v, Consumer<Value> k) {
    k.accept(ArrayValue.of(ArrayValue.of(path), v));
    forEachMember(v, (key, val) -> {
      if (v instanceof SetValue) { /* sets: path element is the member itself */ }
      path.add(key);
      walkValue(path, val, k);
      path.remove(path.size() - 1);
    });
  }

  /** Calls a function by name (a with replacement): resolved here rather than at a call site. */
  private Value invoke(String name, Value[] args, Location loc) {
    switch (name) {
      case "internal.member_2": return BooleanValue.of(member(args[0], args[1]));
      case "internal.member_3": return member3(args);
      default:
    }
    if (policy.isFunction(name)) return callUser(name, policy.function(name), args, loc);
    Builtin bi = policy.builtin(name);
    if (bi == null && args.length == 0 && name.startsWith("data.")) return zeroArgRule(name, loc);
    if (bi == null) throw error("eval_type_error", "undefined function " + name, loc);
    return callBuiltin(name, bi, null, args, loc);
  }

  private Value invoke(CallSite site, Value[] args, Location loc) {
    switch (site.kind) {
      case MEMBER_2: return BooleanValue.of(member(args[0], args[1]));
      case MEMBER_3: return member3(args);
      case USER: return callUser(site.name, site.definitions, args, loc);
      case BUILTIN: return callBuiltin(site.name, site.builtin, site.checked, args, loc);
      default: return invoke(site.name, args, loc);
    }
  }

  /**
   * {@code f()} where {@code f() := v} declared a plain rule (OPA's parser gives a head with empty
   * parentheses no arguments): the call reads the rule's value, as the reference {@code f} does.
   */
  private Value zeroArgRule(String name, Location loc) {
    List<Term> path = new ArrayList<>();
    for (String p : name.substring(5).split("\\.")) path.add(new Term.Scalar(StringValue.of(p), loc));
    Value[] out = {null};
    dataNav(policy.root(), path, 0, new Bindings(), v -> out[0] = v);
    return out[0];
  }

  /** Sets pair each member with itself as key and value, as in `some k, v in set`. */
  private static Value member3(Value[] args) {
    Value v = lookup(args[2], args[0]);
    return BooleanValue.of(v != null && v.equals(args[1]));
  }

  private Value callBuiltin(String name, Builtin bi, boolean[] checked, Value[] args, Location loc) {
    if (args.length != bi.arity()) throw error("eval_type_error", name + ": expected " + bi.arity() + " arguments but got " + args.length, loc);
    for (int i = 0; i < args.length; i++) {
      if (checked != null && !checked[i]) continue;
      Type t = bi.args().get(i);
      if (!t.isAny() && !t.accepts(kind(args[i]))) {
        // As in OPA, an operand of the wrong type is an error only with strict built-in errors;
        // otherwise the call is undefined. Policy gates always evaluate strictly.
        if (!opts.strictBuiltinErrors()) return null;
        throw error("eval_type_error", name + ": operand " + (i + 1) + " must be " + t + " but got " + args[i].typeName(), loc);
      }
    }
    // Built-in results are not memoised: most are cheap, and nondeterministic ones keep their
    // per-query answers in the BuiltinContext query cache themselves.
    try {
      Value result = bi.fn().call(this, args);
      sizes.charge(result);
      return result;
    } catch (eu.rampart.rego.builtins.BuiltinHalt e) {
      throw error("eval_builtin_error", name + ": " + e.getMessage(), loc);
    } catch (BuiltinTypeError e) {
      if (!opts.strictBuiltinErrors()) return null;
      throw error("eval_type_error", name + ": " + e.getMessage(), loc);
    } catch (BuiltinError e) {
      if (opts.strictBuiltinErrors()) throw error("eval_builtin_error", name + ": " + e.getMessage(), loc);
      return null;
    } catch (EvalException | Halt | StackOverflowError e) {
      throw e;
    } catch (RuntimeException e) {
      throw error("eval_builtin_error", name + ": " + e, loc);
    }
  }

  private static Type.Kind kind(Value v) {
    if (v instanceof StringValue) return Type.Kind.STRING;
    if (v instanceof NumberValue) return Type.Kind.NUMBER;
    if (v instanceof BooleanValue) return Type.Kind.BOOLEAN;
    if (v instanceof ObjectValue) return Type.Kind.OBJECT;
    if (v instanceof ArrayValue) return Type.Kind.ARRAY;
    if (v instanceof SetValue) return Type.Kind.SET;
    return Type.Kind.NULL;
  }

  private static boolean member(Value x, Value coll) {
    if (coll instanceof SetValue s) return s.contains(x);
    if (coll instanceof ArrayValue a) {
      for (int i = 0; i < a.size(); i++) if (a.get(i).equals(x)) return true;
      return false;
    }
    if (coll instanceof ObjectValue o) {
      for (Value v : o.asMap().values()) if (v.equals(x)) return true;
      return false;
    }
    return false;
  }

  private Value callUser(String name, List<CompiledRule> defs, Value[] args, Location loc) {
    FnKey key = new FnKey(name, args);
    Object hit = ctx.fnCache.get(key);
    if (hit != null) return hit == UNDEFINED ? null : (Value) hit;
    Value[] result = {null};
    if (defs != null) {
      for (CompiledRule cr : defs) {
        for (Rule r = cr.rule; r != null; r = r.elseRule()) {
          if (evalFunctionRule(cr, r, args, result)) break;
        }
      }
    }
    Value out = result[0];
    if (out == null) {
      CompiledRule d = policy.defaultFunction(name);
      if (d != null) {
        Value[] dv = {null};
        evalRuleBody(d, d.rule, bb -> evalTerm(d.rule.value(), bb, v -> dv[0] = v));
        out = dv[0];
      }
    }
    ctx.fnCache.put(key, out == null ? UNDEFINED : out);
    return out;
  }

  /**
   * Evaluates one definition (or else branch) of a function for the arguments; its value goes to
   * result[0], where a different value from another definition is a conflict. True if it had one.
   */
  private boolean evalFunctionRule(CompiledRule cr, Rule rule, Value[] args, Value[] result) {
    boolean[] found = {false};
    CompiledRule save = currentRule;
    currentRule = cr;
    try {
      Bindings bb = new Bindings();
      boolean constant = isGround(rule.value());
      Runnable body = () -> evalBody(rule.body(), 0, bb, () -> evalTerm(rule.value(), bb, v -> {
        found[0] = true;
        if (coverage != null) coverage.hit(rule.loc());
        if (result[0] == null) {
          result[0] = v;
        } else if (!result[0].equals(v)) {
          throw error("eval_conflict_error", "functions must not produce multiple outputs for same inputs", rule.loc());
        }
        if (constant) throw EARLY_EXIT;
      }));
      List<Term> params = rule.args();
      if (plainParams(params)) {
        if (bindParams(params, args, bb)) body.run();
      } else {
        unifyArgs(params, args, 0, bb, body);
      }
    } catch (EarlyExit done) {
      // this definition's value is known
    } finally {
      currentRule = save;
    }
    return found[0];
  }

  /** Parameters that are all variables or constants bind without a search. */
  private static boolean plainParams(List<Term> params) {
    for (int i = 0; i < params.size(); i++) {
      Term p = params.get(i);
      if (!(p instanceof Term.Var) && !(p instanceof Term.Scalar)) return false;
    }
    return true;
  }

  /** Binds plain parameters to the arguments; false if a constant or repeated variable does not match. */
  private static boolean bindParams(List<Term> params, Value[] args, Bindings b) {
    for (int i = 0; i < params.size(); i++) {
      Term p = params.get(i);
      if (p instanceof Term.Var v) {
        Value cur = b.get(v.name());
        if (cur == null) b.bind(v.name(), args[i]);
        else if (!cur.equals(args[i])) return false;
      } else if (!((Term.Scalar) p).value().equals(args[i])) {
        return false;
      }
    }
    return true;
  }

  private void unifyArgs(List<Term> params, Value[] args, int i, Bindings b, Runnable k) {
    if (i == params.size()) { k.run(); return; }
    unifyValue(params.get(i), args[i], b, () -> unifyArgs(params, args, i + 1, b, k));
  }

  EvalException error(String code, String msg, Location l) {
    if (l == null) return new EvalException(code, msg, null, 0, 0);
    return new EvalException(code, msg, l.file(), l.line(), l.col());
  }
}
