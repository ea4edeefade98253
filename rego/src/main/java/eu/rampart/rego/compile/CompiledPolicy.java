package eu.rampart.rego.compile;

import eu.rampart.rego.api.Annotation;
import eu.rampart.rego.api.RegoError;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Module;
import eu.rampart.rego.ast.Term;
import eu.rampart.rego.builtins.BuiltinRegistry;
import eu.rampart.rego.parse.Parser;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The immutable result of compilation, shared by all evaluations. */
public final class CompiledPolicy {
  private final RuleNode root;
  private final Map<String, List<CompiledRule>> functions;
  private final Map<String, CompiledRule> defaultFunctions;
  private final Map<String, Integer> functionArity;
  private final ObjectValue data;
  private final List<Annotation> annotations;
  private final List<String> packages;
  private final List<String> ruleNames;
  private final List<CompiledRule> allRules;
  private final List<Module> modules;
  private final Compiler compiler;
  private final BuiltinRegistry builtins = BuiltinRegistry.standard();

  private final Value runtime;

  CompiledPolicy(Compiler c, ObjectValue data, Value runtime) {
    this.compiler = c;
    this.runtime = runtime;
    this.root = c.root;
    this.functions = Map.copyOf(c.functions);
    this.defaultFunctions = Map.copyOf(c.defaultFunctions);
    this.functionArity = Map.copyOf(c.functionArity);
    this.data = data;
    MetadataBinder mb = new MetadataBinder(c);
    mb.bind();
    this.annotations = List.copyOf(mb.annotations);
    Set<String> pk = new TreeSet<>();
    for (Module m : c.modules) pk.add("data." + String.join(".", m.pkg()));
    this.packages = List.copyOf(pk);
    Set<String> rn = new LinkedHashSet<>();
    for (CompiledRule r : c.allRules) rn.add(r.dataPath());
    this.ruleNames = List.copyOf(rn);
    this.allRules = List.copyOf(c.allRules);
    this.modules = List.copyOf(c.modules);
    this.prints = CallScan.anyPrint(allRules);
    this.nondeterministic = CallScan.anyCall(allRules, name -> {
      eu.rampart.rego.builtins.Builtin b = builtins.get(name);
      return b != null && b.nondeterministic();
    });
    java.util.Set<RuleNode> constant = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    // print and nondeterministic built-ins make every evaluation observable or different: no reuse then
    if (!prints && !nondeterministic && c.dependencies != null) {
      for (String g : c.dependencies.inputFreeGroups()) {
        RuleNode n = DependencyGraph.node(root, g);
        // a node with children is a package-like object whose children may read the input
        if (n != null && n.children.isEmpty() && !n.isFunctionLeaf() && (!n.rules.isEmpty() || n.defaultRule != null)) constant.add(n);
      }
    }
    this.constantDocuments = constant;
  }

  /** Documents whose value no input can change (see DependencyGraph#inputFreeGroups). */
  private final java.util.Set<RuleNode> constantDocuments;
  /** Their values once computed, by strictness of built-in errors (null value: undefined). */
  private final java.util.concurrent.ConcurrentHashMap<RuleNode, java.util.Optional<Value>> constantStrict = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<RuleNode, java.util.Optional<Value>> constantLenient = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Whole documents computed once and reused by every later evaluation of this policy (a long-lived
   * server evaluates the same catalogue sets thousands of times). Null when the node's value
   * depends on the input or is not computed yet.
   */
  public java.util.Optional<Value> constantDocument(RuleNode node, boolean strict) {
    return constantDocuments.contains(node) ? (strict ? constantStrict : constantLenient).get(node) : null;
  }

  /** Records a document computed without {@code with} replacements, if no input can change it. */
  public void rememberConstantDocument(RuleNode node, boolean strict, Value v) {
    if (constantDocuments.contains(node)) (strict ? constantStrict : constantLenient).putIfAbsent(node, java.util.Optional.ofNullable(v));
  }

  /** Number of documents no input can change (for tests). */
  public int constantDocumentCount() { return constantDocuments.size(); }

  private final boolean prints;
  private final boolean nondeterministic;

  /**
   * True if some rule calls a nondeterministic built-in (time, random numbers, UUIDs, HTTP): their
   * per-query answers live in one evaluator, so such policies are evaluated on one thread.
   */
  public boolean callsNondeterministic() { return nondeterministic; }

  /** True if some rule calls print (evaluation order and extent are then observable). */
  public boolean prints() { return prints; }

  public RuleNode root() { return root; }
  public ObjectValue data() { return data; }
  /** What {@code opa.runtime()} returns for this policy. */
  public Value runtime() { return runtime; }
  public List<CompiledRule> function(String name) { return functions.get(name); }
  public CompiledRule defaultFunction(String name) { return defaultFunctions.get(name); }
  public boolean isFunction(String name) { return functionArity.containsKey(name); }
  public BuiltinRegistry builtins() { return builtins; }

  /**
   * At most this many call sites are kept: a long-lived process compiling ad-hoc queries against one
   * policy stays bounded, and so does the copy an evaluation that resolved new sites makes (a pack of
   * a few thousand rules has fewer call terms than this).
   */
  private static final int MAX_CALL_SITES = 1 << 14;
  /**
   * What the evaluator resolved each call term to (its CallSite: callee kind, arity, argument
   * checks), which depends on this policy and the term only. Shared by every evaluation and keyed
   * by identity: a copy-on-write map, read without locking, to which each evaluation adds the sites
   * it was the first to resolve when it ends. Typed Object because the evaluator's class is its own.
   */
  private volatile java.util.IdentityHashMap<eu.rampart.rego.ast.Term.Call, Object> callSites = new java.util.IdentityHashMap<>();

  /** The call site an earlier evaluation resolved this term to, or null. */
  public Object callSite(eu.rampart.rego.ast.Term.Call c) { return callSites.get(c); }

  /** Adds the sites an evaluation resolved (nothing once the bound is reached). */
  public synchronized void rememberCallSites(java.util.Map<eu.rampart.rego.ast.Term.Call, ?> resolved) {
    if (resolved.isEmpty() || callSites.size() + resolved.size() > MAX_CALL_SITES) return;
    java.util.IdentityHashMap<eu.rampart.rego.ast.Term.Call, Object> next = new java.util.IdentityHashMap<>(callSites);
    for (java.util.Map.Entry<eu.rampart.rego.ast.Term.Call, ?> e : resolved.entrySet()) next.putIfAbsent(e.getKey(), e.getValue());
    callSites = next;
  }

  private final java.util.concurrent.ConcurrentHashMap<String, eu.rampart.rego.builtins.Builtin> builtinCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The built-in of that name (hash lookup, cached), or null. */
  public eu.rampart.rego.builtins.Builtin builtin(String name) {
    eu.rampart.rego.builtins.Builtin b = builtinCache.get(name);
    if (b == null) {
      b = builtins.get(name);
      if (b != null) builtinCache.put(name, b);
    }
    return b;
  }
  public List<Annotation> annotations() { return annotations; }
  public List<String> packages() { return packages; }
  public List<String> ruleNames() { return ruleNames; }
  public List<CompiledRule> rules() { return allRules; }
  public List<Module> modules() { return modules; }

  private final java.util.concurrent.ConcurrentHashMap<String, Integer> arityCache = new java.util.concurrent.ConcurrentHashMap<>();

  /** Declared arity of a function or built-in, -1 when unknown or variadic. */
  public int arity(String name) {
    Integer n = arityCache.get(name);
    if (n == null) {
      n = compiler.arity(name);
      arityCache.put(name, n);
    }
    return n;
  }

  /** Parses and compiles a query; throws RegoException with parse, safety or type errors. */
  public CompiledQuery compileQuery(String query) {
    try {
      return compileQuery0(query);
    } catch (StackOverflowError e) {
      throw new RegoException(new RegoError("rego_compile_error", "query is nested too deeply to compile (stack exhausted)", null, 0, 0));
    }
  }

  private CompiledQuery compileQuery0(String query) {
    List<Expr> parsed = Parser.parseQuery(query, "");
    Term.Call operator = CallScan.firstCall(parsed, CallScan.MISCOUNTED_OPERATOR);
    if (operator != null) throw new RegoException(List.of(Compiler.operatorArity(operator)));
    Resolver resolver = new Resolver(List.of(), Map.of(), Set.of());
    List<Expr> resolved = resolver.resolveQuery(parsed);
    List<RegoError> errors = new ArrayList<>(resolver.errors);
    Safety safety = new Safety(errors, compiler::arity);
    Set<String> bound = new LinkedHashSet<>();
    List<Expr> ordered;
    synchronized (compiler) {
      ordered = safety.body(resolved, bound, Set.of());
      for (Expr e : ordered) compiler.checkBody(List.of(e));
    }
    errors.addAll(compiler.drainErrors());
    if (!errors.isEmpty()) throw new RegoException(errors);
    int[] orig = new int[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      for (int j = 0; j < resolved.size(); j++) {
        if (resolved.get(j).loc() == ordered.get(i).loc()) { orig[i] = j; break; }
      }
    }
    Set<String> outVars = new LinkedHashSet<>();
    for (Expr e : resolved) collectOutputVars(e, outVars);
    List<String> texts = new ArrayList<>();
    List<int[]> locs = new ArrayList<>();
    for (int j = 0; j < parsed.size(); j++) {
      texts.add(exprText(query, parsed, j));
      locs.add(new int[] {parsed.get(j).loc().line(), parsed.get(j).loc().col()});
    }
    return new CompiledQuery(ordered, orig, List.copyOf(outVars), texts, locs, compiler.dependencies.documentsFor(ordered));
  }

  private static void collectOutputVars(Expr e, Set<String> out) {
    Set<String> vs = new LinkedHashSet<>();
    if (e.term() != null) Vars.all(e.term(), vs);
    for (Term.Var v : e.someVars()) vs.add(v.name());
    if (e.key() != null) Vars.all(e.key(), vs);
    if (e.value() != null && e.kind() == Expr.Kind.SOME_IN) Vars.all(e.value(), vs);
    if (e.domain() != null) Vars.all(e.domain(), vs);
    for (String v : vs) if (!v.startsWith("$") && !v.startsWith("__") && !v.equals("data") && !v.equals("input")) out.add(v);
  }

  private static String exprText(String q, List<Expr> parsed, int j) {
    int start = offset(q, parsed.get(j).loc().line(), parsed.get(j).loc().col());
    int end = j + 1 < parsed.size() ? offset(q, parsed.get(j + 1).loc().line(), parsed.get(j + 1).loc().col()) : q.length();
    String s = q.substring(start, Math.max(start, end)).strip();
    while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
    return s;
  }

  private static int offset(String q, int line, int col) {
    int off = 0;
    for (int l = 1; l < line && off < q.length(); l++) {
      int nl = q.indexOf('\n', off);
      if (nl < 0) return q.length();
      off = nl + 1;
    }
    return Math.min(q.length(), off + col - 1);
  }
}
