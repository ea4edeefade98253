package eu.rampart.rego.compile;

import eu.rampart.rego.api.RegoError;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Location;
import eu.rampart.rego.ast.Module;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import eu.rampart.rego.builtins.Builtin;
import eu.rampart.rego.builtins.BuiltinRegistry;
import eu.rampart.rego.parse.Parser;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles modules into a {@link CompiledPolicy}: parse, resolve names, check safety and
 * reorder bodies, build the rule tree, check rule conflicts, calls (undefined functions,
 * arity, constant argument types) and recursion, and build rule indexes.
 */
public final class Compiler {
  private final List<RegoError> errors = new ArrayList<>();
  private final BuiltinRegistry builtins = BuiltinRegistry.standard();
  final Map<String, Integer> functionArity = new HashMap<>();
  final Map<String, List<CompiledRule>> functions = new LinkedHashMap<>();
  final Map<String, CompiledRule> defaultFunctions = new HashMap<>();
  final RuleNode root = new RuleNode(List.of());
  final List<CompiledRule> allRules = new ArrayList<>();
  /** Set once all rules are added: what each rule group uses. */
  DependencyGraph dependencies;
  final List<Module> modules = new ArrayList<>();
  /** Each module's Rego version by file: v0's deprecated built-ins are undefined in v1 modules. */
  private final Map<String, eu.rampart.rego.api.RegoVersion> versionByFile = new HashMap<>();
  private final DynamicTerms dynamicTerms = new DynamicTerms();
  /** Whether the calls being checked are v1 code: a rule of a v1 module, or a query (v1 unless all modules are v0). */
  private boolean checkingV1 = true;

  private Compiler() {}

  public static CompiledPolicy compile(List<ModuleSource> sources, ObjectValue data) {
    return compile(sources, data, eu.rampart.rego.builtins.RuntimeBuiltins.opaRuntimeShape());
  }

  /** As {@link #compile(List, ObjectValue)}, with the value {@code opa.runtime()} returns. */
  public static CompiledPolicy compile(List<ModuleSource> sources, ObjectValue data, Value runtime) {
    try {
      return compile0(sources, data, runtime);
    } catch (StackOverflowError e) {
      throw new RegoException(new RegoError("rego_compile_error",
          "policy is nested too deeply to compile (stack exhausted)", sources.isEmpty() ? null : sources.get(0).file(), 0, 0));
    }
  }

  private static CompiledPolicy compile0(List<ModuleSource> sources, ObjectValue data, Value runtime) {
    Compiler c = new Compiler();
    List<RegoError> parseErrors = new ArrayList<>();
    for (ModuleSource s : sources) {
      try {
        c.modules.add(Parser.parseModule(s.file(), s.text(), s.version()));
      } catch (RegoException e) {
        parseErrors.addAll(e.errors());
      }
    }
    if (!parseErrors.isEmpty()) throw new RegoException(parseErrors);
    c.run();
    if (!c.errors.isEmpty()) throw new RegoException(c.errors);
    return new CompiledPolicy(c, data, runtime);
  }

  int arity(String name) {
    switch (name) {
      case "walk": return 1;
      case "internal.member_2": return 2;
      case "internal.member_3": return 3;
      case "rego.metadata.rule": case "rego.metadata.chain": return 0;
      default:
    }
    Integer n = functionArity.get(name);
    if (n != null) return n;
    Builtin b = builtins.get(name);
    if (b != null) return b.arity();
    return -1;
  }

  private static String key(List<String> pkg) { return String.join(".", pkg); }

  private void run() {
    Map<String, Set<String>> namesByPkg = new HashMap<>();
    for (Module m : modules) {
      Set<String> names = namesByPkg.computeIfAbsent(key(m.pkg()), k -> new LinkedHashSet<>());
      for (Rule r : m.rules()) {
        names.add(r.name());
        if (r.kind() == Rule.Kind.FUNCTION) {
          String full = "data." + key(m.pkg()) + "." + headName(r);
          Integer prev = functionArity.put(full, r.args().size());
          if (prev != null && prev != r.args().size()) {
            error("rego_type_error", "conflicting rules " + full + " found", r.loc());
          }
        }
      }
    }
    for (Module m : modules) {
      versionByFile.put(m.file(), m.version());
      if (m.version() != eu.rampart.rego.api.RegoVersion.V0) checkDuplicateImports(m);
      RuleNode n = root;
      for (String p : m.pkg()) n = n.child(p);
      n.isPackage = true;
    }
    Safety safety = new Safety(errors, this::arity);
    for (Module m : modules) {
      Map<String, Term.Ref> imports = new HashMap<>();
      for (Module.Import im : m.imports()) if (im.alias() != null) imports.put(im.alias(), im.path());
      Resolver resolver = new Resolver(m.pkg(), imports, namesByPkg.get(key(m.pkg())));
      for (Rule r0 : m.rules()) {
        Term.Call operator = CallScan.firstCall(r0, CallScan.MISCOUNTED_OPERATOR);
        if (operator != null) {
          errors.add(operatorArity(operator));
          continue;
        }
        Rule r = FunctionArgs.rewrite(r0);
        Rule resolved = resolver.resolveRule(r, r.args());
        Rule safe = safeRule(resolved, safety);
        addRule(m, safe);
      }
      errors.addAll(resolver.errors);
    }
    checkConflicts(root);
    for (CompiledRule r : allRules) {
      checkingV1 = versionByFile.get(r.file) != eu.rampart.rego.api.RegoVersion.V0;
      checkCalls(r.rule);
    }
    // queries are v1 unless every module is v0 (OPA's --v0-compatible applies to both)
    checkingV1 = modules.isEmpty() || modules.stream().anyMatch(m -> m.version() != eu.rampart.rego.api.RegoVersion.V0);
    dependencies = new DependencyGraph(root, allRules);
    new RecursionCheck(dependencies, errors).run();
    buildIndexes(root);
  }

  /** OPA's checkDuplicateImports, which Rego v1 always applies: two imports may not bind one name. */
  private void checkDuplicateImports(Module m) {
    Map<String, Module.Import> seen = new HashMap<>();
    for (Module.Import im : m.imports()) {
      if (im.alias() == null) continue; // future.keywords and rego.v1 bind no name
      Module.Import prev = seen.putIfAbsent(im.alias(), im);
      if (prev != null) {
        error("rego_compile_error", "import must not shadow import " + Resolver.refName(prev.path())
            + (prev.alias().equals(lastName(prev)) ? "" : " as " + prev.alias()), im.loc());
      }
    }
  }

  private static String lastName(Module.Import im) {
    List<Term> p = im.path().path();
    return p.isEmpty() ? ((Term.Var) im.path().head()).name()
        : p.get(p.size() - 1) instanceof Term.Scalar sc && sc.value() instanceof StringValue sv ? sv.value() : "";
  }

  private static String headName(Rule r) {
    StringBuilder sb = new StringBuilder();
    for (Term t : r.ref()) {
      if (sb.length() > 0) sb.append('.');
      sb.append(t instanceof Term.Scalar s && s.value() instanceof StringValue sv ? sv.value() : t.toString());
    }
    return sb.toString();
  }

  Rule safeRule(Rule r, Safety safety) {
    Set<String> bound = new LinkedHashSet<>();
    for (Term a : r.args()) Vars.deep(a, bound);
    Set<String> visible = new LinkedHashSet<>(bound);
    List<Term> head = new ArrayList<>(r.ref().subList(1, r.ref().size()));
    head.add(r.key());
    head.add(r.value());
    for (Term h : head) if (h != null) Vars.all(h, visible);
    List<Expr> body = safety.body(r.body(), bound, visible);
    Term key = r.key(), value = r.value();
    if (!r.isDefault()) {
      safety.checkHead(head, bound, r.loc(), visible);
      // comprehensions in the head are checked and reordered like bodies, with the body's vars bound
      key = safety.nestedTerm(key, bound, visible);
      value = safety.nestedTerm(value, bound, visible);
    }
    else {
      Set<String> vs = new LinkedHashSet<>();
      Vars.all(r.value(), vs);
      if (!vs.isEmpty()) error("rego_compile_error", "default rule value cannot contain vars", r.loc());
    }
    Rule elseRule = r.elseRule() == null ? null : safeRule(r.elseRule(), safety);
    return r.with(r.ref(), r.args(), key, value, dynamicTerms.body(body), elseRule);
  }

  private void addRule(Module m, Rule r) {
    List<String> path = new ArrayList<>(m.pkg());
    List<Term> suffix = new ArrayList<>();
    boolean dynamic = false;
    for (Term t : r.ref()) {
      if (!dynamic && t instanceof Term.Scalar s && s.value() instanceof StringValue sv) path.add(sv.value());
      else { dynamic = true; suffix.add(t); }
    }
    CompiledRule cr = new CompiledRule(r, List.copyOf(path), List.copyOf(suffix), m.pkg(), m.file(), conditions(r));
    allRules.add(cr);
    RuleNode node = root;
    for (String p : path) node = node.child(p);
    if (r.kind() == Rule.Kind.FUNCTION) {
      node.hasFunctions = true;
      String full = "data." + String.join(".", path);
      if (!suffix.isEmpty()) error("rego_type_error", "function name must be a ground reference", r.loc());
      if (r.isDefault()) {
        if (defaultFunctions.put(full, cr) != null) error("rego_type_error", "multiple default rules " + full + " found", r.loc());
      } else functions.computeIfAbsent(full, k -> new ArrayList<>()).add(cr);
      return;
    }
    if (r.isDefault()) {
      if (node.defaultRule != null) error("rego_type_error", "multiple default rules " + cr.dataPath() + " found", r.loc());
      node.defaultRule = cr;
      if (!suffix.isEmpty()) error("rego_type_error", "default rules must have a ground reference", r.loc());
      return;
    }
    node.rules.add(cr);
  }

  private void checkConflicts(RuleNode n) {
    boolean complete = false, multi = false, dynamic = false;
    for (CompiledRule r : n.rules) {
      if (r.suffix.isEmpty() && r.rule.kind() == Rule.Kind.SINGLE) complete = true;
      else if (r.suffix.isEmpty() && r.rule.kind() == Rule.Kind.MULTI) multi = true;
      else dynamic = true;
    }
    if (n.defaultRule != null) complete = true;
    int kinds = (complete ? 1 : 0) + (multi ? 1 : 0) + (dynamic ? 1 : 0) + (n.hasFunctions ? 1 : 0);
    if (kinds > 1) {
      Location l = n.rules.isEmpty() ? (n.defaultRule != null ? n.defaultRule.rule.loc() : Location.NONE) : n.rules.get(0).rule.loc();
      error("rego_type_error", "conflicting rules " + n.dataPath() + " found", l);
    }
    if ((complete || multi) && !n.children.isEmpty()) {
      for (RuleNode c : n.children.values()) {
        if (c.hasValueRules()) {
          Location l = n.rules.isEmpty() ? n.defaultRule.rule.loc() : n.rules.get(0).rule.loc();
          error("rego_type_error", "rule " + n.dataPath() + " conflicts with rules below it (" + c.dataPath() + ")", l);
          break;
        }
      }
    }
    for (RuleNode c : n.children.values()) checkConflicts(c);
  }

  /** Top-level input comparisons with constants: {@code input.a.b == "x"} or {@code input.a.b = "x"}. */
  private static List<CompiledRule.Condition> conditions(Rule r) {
    List<CompiledRule.Condition> out = new ArrayList<>();
    if (r.kind() == Rule.Kind.FUNCTION || r.isDefault() || r.elseRule() != null) return out;
    for (Expr e : r.body()) {
      if (e.kind() != Expr.Kind.TERM || e.negated() || !e.withs().isEmpty()) continue;
      if (!(e.term() instanceof Term.Call c) || c.args().size() != 2) continue;
      if (!c.name().equals("eq") && !c.name().equals("equal")) continue;
      CompiledRule.Condition cond = condition(c.args().get(0), c.args().get(1));
      if (cond == null) cond = condition(c.args().get(1), c.args().get(0));
      if (cond != null) out.add(cond);
    }
    return out;
  }

  private static CompiledRule.Condition condition(Term ref, Term constant) {
    if (!(ref instanceof Term.Ref r) || !(r.head() instanceof Term.Var v) || !v.name().equals("input")) return null;
    if (!(constant instanceof Term.Scalar s)) return null;
    List<Value> path = new ArrayList<>();
    for (Term p : r.path()) {
      if (!(p instanceof Term.Scalar ps)) return null;
      path.add(ps.value());
    }
    return new CompiledRule.Condition(List.copyOf(path), s.value());
  }

  private void buildIndexes(RuleNode n) {
    if (n.rules.size() >= 4) n.index = RuleIndex.build(n.rules);
    for (RuleNode c : n.children.values()) buildIndexes(c);
  }

  // ---- call checks (OPA's type checker reports these as rego_type_error)

  void checkCalls(Rule r) {
    for (Term a : r.args()) checkTerm(a);
    if (r.key() != null) checkTerm(r.key());
    if (r.value() != null) checkTerm(r.value());
    checkBody(r.body());
    if (r.elseRule() != null) checkCalls(r.elseRule());
  }

  void checkBody(List<Expr> body) {
    for (Expr e : body) {
      if (e.term() instanceof Term.Call c) {
        // only the call that is the whole expression may have an output argument (count(xs, n))
        checkCall(c, true);
        for (Term a : c.args()) checkTerm(a);
      } else if (e.term() != null) checkTerm(e.term());
      if (e.key() != null) checkTerm(e.key());
      if (e.value() != null) checkTerm(e.value());
      if (e.domain() != null) checkTerm(e.domain());
      checkBody(e.body());
      for (Expr.With w : e.withs()) {
        checkTerm(w.value());
        checkWithTarget(w);
      }
    }
  }

  /** OPA: with targets must be input, data or a function / built-in. */
  private void checkWithTarget(Expr.With w) {
    Term t = w.target();
    Term head = t instanceof Term.Ref r ? r.head() : t;
    if (!(head instanceof Term.Var v)) {
      error("rego_compile_error", "with keyword target must reference existing input, data, or a function", w.loc());
      return;
    }
    if (v.name().equals("input") || v.name().equals("data")) return;
    StringBuilder name = new StringBuilder(v.name());
    if (t instanceof Term.Ref r) {
      for (Term p : r.path()) {
        if (!(p instanceof Term.Scalar sc && sc.value() instanceof StringValue sv)) {
          error("rego_compile_error", "with keyword target must reference existing input, data, or a function", w.loc());
          return;
        }
        name.append('.').append(sv.value());
      }
    }
    if (arity(name.toString()) < 0 && !name.toString().equals("print")) {
      error("rego_compile_error", "with keyword target must reference existing input, data, or a function", w.loc());
    }
  }

  private void checkTerm(Term t) {
    if (t instanceof Term.Call c) {
      checkCall(c, false);
      for (Term a : c.args()) checkTerm(a);
    } else if (t instanceof Term.Ref r) { checkTerm(r.head()); for (Term p : r.path()) checkTerm(p); }
    else if (t instanceof Term.ArrayTerm a) for (Term x : a.items()) checkTerm(x);
    else if (t instanceof Term.SetTerm s) for (Term x : s.items()) checkTerm(x);
    else if (t instanceof Term.ObjectTerm o) { for (Term x : o.keys()) checkTerm(x); for (Term x : o.values()) checkTerm(x); }
    else if (t instanceof Term.ArrayCompr c) { checkTerm(c.term()); checkBody(c.body()); }
    else if (t instanceof Term.SetCompr c) { checkTerm(c.term()); checkBody(c.body()); }
    else if (t instanceof Term.ObjectCompr c) { checkTerm(c.key()); checkTerm(c.value()); checkBody(c.body()); }
    else if (t instanceof Term.Template tp) for (Object p : tp.parts()) if (p instanceof Expr e) checkBody(List.of(e));
  }

  private static final Set<String> SPECIAL = Set.of("eq", "assign", "print", "internal.member_2", "internal.member_3",
      "rego.metadata.rule", "rego.metadata.chain", "walk", "internal.print");

  /**
   * OPA's type checker on one call. A call nested in another term is rewritten by OPA
   * (rewriteExprTerms) into an expression with an output argument of its own, so there one
   * more argument than declared is already "too many arguments".
   */
  private void checkCall(Term.Call c, boolean wholeExpr) {
    String n = c.name();
    if (n.equals("eq") || n.equals("assign") || n.equals("print")) return;
    Integer userArity = functionArity.get(n);
    int ar;
    Builtin b = null;
    if (userArity != null) ar = userArity;
    else {
      b = builtins.get(n);
      if (b != null && checkingV1 && eu.rampart.rego.builtins.DeprecatedBuiltins.V0_ONLY.contains(n)) b = null;
      if (b == null) {
        if (SPECIAL.contains(n)) return;
        if (n.startsWith("data.") && isValuePath(n)) {
          return; // calling a non-function rule is reported at evaluation
        }
        error("rego_type_error", "undefined function " + n, c.loc());
        return;
      }
      ar = b.arity();
    }
    int most = wholeExpr ? ar + 1 : ar;
    if (c.args().size() > most || c.args().size() < ar) {
      StringBuilder have = new StringBuilder(), want = new StringBuilder();
      for (Term a : c.args()) {
        String k = constantKind(a);
        have.append(have.length() > 0 ? ", " : "").append(k == null ? "any" : k.toLowerCase());
      }
      if (b != null) for (eu.rampart.rego.types.Type t : b.args()) want.append(want.length() > 0 ? ", " : "").append(t);
      else for (int k = 0; k < ar; k++) want.append(want.length() > 0 ? ", " : "").append("any");
      error("rego_type_error", n + ": arity mismatch (" + (c.args().size() > most ? "too many" : "too few") + " arguments)\n\thave: ("
          + have + ")\n\twant: (" + want + ")", c.loc());
    } else if (b != null) {
      for (int k = 0; k < Math.min(ar, c.args().size()); k++) {
        String kind = constantKind(c.args().get(k));
        if (kind == null) continue;
        if (!b.args().get(k).accepts(eu.rampart.rego.types.Type.Kind.valueOf(kind))) {
          error("rego_type_error", n + ": invalid argument(s): operand " + (k + 1) + " must be " + b.args().get(k)
              + " but got " + kind.toLowerCase(), c.args().get(k).loc());
        }
      }
    }
  }

  private boolean isValuePath(String n) {
    RuleNode node = root;
    for (String p : n.substring(5).split("\\.")) {
      node = node.children.get(p);
      if (node == null) return false;
    }
    return true;
  }

  private static String constantKind(Term t) {
    if (t instanceof Term.Scalar s) return s.value().typeName().toUpperCase();
    if (t instanceof Term.ArrayTerm || t instanceof Term.ArrayCompr) return "ARRAY";
    if (t instanceof Term.SetTerm || t instanceof Term.SetCompr) return "SET";
    if (t instanceof Term.ObjectTerm || t instanceof Term.ObjectCompr) return "OBJECT";
    return null;
  }

  List<RegoError> drainErrors() {
    List<RegoError> out = new ArrayList<>(errors);
    errors.clear();
    return out;
  }

  /** OPA's arity error for {@code assign}/{@code eq} written as a call with other than two operands. */
  static RegoError operatorArity(Term.Call c) {
    Location l = c.loc();
    return new RegoError("rego_type_error", c.name() + ": arity mismatch: have " + c.args().size() + " argument(s), want 2",
        l == null ? null : l.file(), l == null ? 0 : l.line(), l == null ? 0 : l.col());
  }

  void error(String code, String msg, Location l) {
    errors.add(new RegoError(code, msg, l.file(), l.line(), l.col()));
  }
}
