package eu.rampart.rego.parse;

import eu.rampart.rego.api.RegoError;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.api.RegoVersion;
import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Location;
import eu.rampart.rego.ast.Module;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.StringValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Recursive-descent parser for Rego modules and queries (v1 syntax, and v0 per module). */
public final class Parser {
  private static final Set<String> ALL_KEYWORDS = Set.of("if", "contains", "in", "every");
  private static final Map<String, String> RELATION = Map.of("==", "equal", "!=", "neq", "<", "lt", ">", "gt", "<=", "lte", ">=", "gte");

  private final String file;
  private final String src;
  private final RegoVersion version;
  private final List<Token> toks;
  private final List<Lexer.Comment> comments;
  private final Set<String> keywords = new HashSet<>();
  private int i;
  private boolean noBar;

  private Parser(String src, String file, RegoVersion version, int lineOffset, int colOffset, Set<String> keywords) {
    this.file = file;
    this.src = src;
    this.version = version;
    Lexer lx = new Lexer(src, file, lineOffset, colOffset);
    this.toks = lx.tokenize();
    this.comments = lx.comments;
    if (version == RegoVersion.V1) this.keywords.addAll(ALL_KEYWORDS);
    else if (keywords != null) this.keywords.addAll(keywords);
  }

  public static Module parseModule(String file, String src, RegoVersion version) {
    return new Parser(src, file, version, 0, 0, null).module();
  }

  /** Parses a query (a body) in v1 syntax. */
  public static List<Expr> parseQuery(String src, String file) {
    Parser p = new Parser(src, file, RegoVersion.V1, 0, 0, null);
    List<Expr> body = p.exprs(null);
    if (body.isEmpty()) throw p.error("empty query", p.peek());
    return body;
  }

  // ---- token helpers

  private Token peek() { return toks.get(i); }
  private Token peek(int k) { return toks.get(Math.min(i + k, toks.size() - 1)); }
  private Token next() { return toks.get(i++); }
  private boolean atKeyword(String kw) {
    return peek().kind() == Token.Kind.IDENT && peek().text().equals(kw) && (!ALL_KEYWORDS.contains(kw) || keywords.contains(kw))
        && !dotNext();
  }

  /** A keyword directly followed by '.' is a name in a ref (e.g. {@code not.foo := 1}). */
  private boolean dotNext() { return peek(1).is(".") && !peek(1).spaceBefore(); }

  private boolean atWord(String w) { return peek().kind() == Token.Kind.IDENT && peek().text().equals(w) && !dotNext(); }

  private boolean accept(String s) {
    if (peek().is(s)) { i++; return true; }
    return false;
  }

  private Token expect(String s) {
    if (!peek().is(s)) throw error("unexpected " + describe(peek()) + ", expected " + s, peek());
    return next();
  }

  private Location loc(Token t) { return new Location(file, t.line(), t.col()); }

  /** A number literal; one whose exponent does not fit (1e99999999999) is a parse error at its place. */
  private NumberValue number(String text, Token t) {
    try {
      return NumberValue.parse(text);
    } catch (NumberFormatException e) {
      throw error("number " + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + " is out of range", t);
    }
  }

  private RegoException error(String msg, Token t) {
    return new RegoException(new RegoError("rego_parse_error", msg, file, t.line(), t.col()));
  }

  private static String describe(Token t) {
    switch (t.kind()) {
      case EOF: return "eof token";
      case IDENT: return "identifier token";
      case NUMBER: return "number token";
      case STRING: return "string token";
      case TEMPLATE: return "template string token";
      default: return t.text() + " token";
    }
  }

  // ---- module

  private Module module() {
    Token pt = peek();
    if (!pt.is("package")) throw error("package expected", pt);
    next();
    Term head = termPostfix(primaryVar());
    List<String> pkg = new ArrayList<>();
    for (Term t : refParts(head)) {
      if (!(t instanceof Term.Scalar s && s.value() instanceof StringValue sv)) throw error("package path must be strings", pt);
      pkg.add(sv.value());
    }
    if (pkg.size() > 0 && pkg.get(0).equals("data")) pkg.remove(0);
    List<Module.Import> imports = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    while (peek().kind() != Token.Kind.EOF) {
      if (atWord("import")) imports.add(importDecl());
      else if (atWord("package")) throw error("unexpected package keyword", peek());
      else rules.addAll(rule());
      Token after = peek();
      if (after.kind() != Token.Kind.EOF && !after.newlineBefore()) throw error("unexpected " + describe(after), after);
    }
    return new Module(file, version, pkg, loc(pt), imports, rules, metadata());
  }

  private Term primaryVar() {
    Token t = next();
    if (t.kind() != Token.Kind.IDENT) throw error("unexpected " + describe(t) + ": expected ident", t);
    return new Term.Var(t.text(), loc(t));
  }

  /** The parts of a ref after its head, with the head var as a first string element. */
  private List<Term> refParts(Term t) {
    List<Term> out = new ArrayList<>();
    if (t instanceof Term.Var v) {
      out.add(new Term.Scalar(StringValue.of(v.name()), v.loc()));
    } else if (t instanceof Term.Ref r && r.head() instanceof Term.Var v) {
      out.add(new Term.Scalar(StringValue.of(v.name()), v.loc()));
      out.addAll(r.path());
    } else {
      throw error("expected a reference", peek());
    }
    return out;
  }

  private Module.Import importDecl() {
    Token it = next();
    Term path = termPostfix(primaryVar());
    Term.Ref ref = path instanceof Term.Ref r ? r : new Term.Ref(path, List.of(), path.loc());
    String root = ref.head() instanceof Term.Var v ? v.name() : "";
    List<String> parts = new ArrayList<>();
    parts.add(root);
    for (Term t : ref.path()) parts.add(t instanceof Term.Scalar s && s.value() instanceof StringValue sv ? sv.value() : "?");
    if (root.equals("future")) {
      if (parts.size() < 2 || !parts.get(1).equals("keywords")) throw error("invalid import, must be future.keywords", it);
      if (parts.size() == 2) keywords.addAll(ALL_KEYWORDS);
      else if (ALL_KEYWORDS.contains(parts.get(2))) keywords.add(parts.get(2));
      else throw error("unexpected keyword, must be one of [contains every if in]", it);
      return new Module.Import(ref, null, loc(it));
    }
    if (root.equals("rego")) {
      if (parts.size() != 2 || !parts.get(1).equals("v1")) throw error("invalid import " + String.join(".", parts) + ", must be rego.v1", it);
      keywords.addAll(ALL_KEYWORDS);
      return new Module.Import(ref, null, loc(it));
    }
    if (!root.equals("data") && !root.equals("input")) {
      throw error("invalid import path, must begin with input or data", it);
    }
    String alias = parts.get(parts.size() - 1);
    if (accept("as")) {
      Token a = next();
      if (a.kind() != Token.Kind.IDENT) throw error("import alias must be an identifier", a);
      alias = a.text();
    }
    return new Module.Import(ref, alias, loc(it));
  }

  // ---- rules

  /**
   * One rule definition, plus one more per chained body ({@code p { a } { b }}, {@code p if { a } { b }}):
   * as in OPA's parseRules, each extra body is another definition with the same head.
   */
  private List<Rule> rule() {
    Token start = peek();
    boolean isDefault = false;
    if (atWord("default")) {
      next();
      isDefault = true;
    }
    Token nameTok = peek();
    if (nameTok.kind() != Token.Kind.IDENT) throw error("unexpected " + describe(nameTok), nameTok);
    Term headTerm = termPostfixNoCall(primaryVar());
    List<Term> ref = refParts(headTerm);
    List<Term> args = null;
    if (peek().is("(") && !peek().spaceBefore()) {
      next();
      args = new ArrayList<>();
      if (!peek().is(")")) {
        do { if (peek().is(")")) break; args.add(termIn()); } while (accept(","));  // OPA accepts f(a, b,)
      }
      expect(")");
      // OPA's parseHead: a head with empty parentheses has no arguments, so `f() := v` is the rule `f := v`
      if (args.isEmpty()) args = null;
    }
    Term key = null, value = null;
    Rule.Kind kind;
    if (atKeyword("contains")) {
      next();
      key = termIn();
      kind = Rule.Kind.MULTI;
    } else if (peek().is(":=") || peek().is("=")) {
      next();
      value = termIn();
      kind = args != null ? Rule.Kind.FUNCTION : Rule.Kind.SINGLE;
    } else {
      kind = args != null ? Rule.Kind.FUNCTION : Rule.Kind.SINGLE;
    }
    Location l = loc(isDefault ? start : nameTok);
    if (isDefault) {
      if (value == null) throw error("default rules must have a value", nameTok);
      if (atKeyword("if") || peek().is("{") && !peek().newlineBefore()) throw error("default rules must not have a body", peek());
      return List.of(new Rule(kind, ref, args == null ? List.of() : args, null, value, true, List.of(), null, l));
    }
    boolean hasIf = false;
    List<Expr> body;
    if (atKeyword("if")) {
      next();
      hasIf = true;
      body = ruleBody();
    } else if (peek().is("{") && !peek().newlineBefore()) {
      if (version == RegoVersion.V1) throw error("`if` keyword is required before rule body", peek());
      body = braceBody();
    } else if (peek().is("{") && value == null && key == null) {
      if (version == RegoVersion.V1) throw error("`if` keyword is required before rule body", peek());
      body = braceBody();
    } else {
      body = null;
    }
    // v0 partial set shorthand: p[x] { ... }
    if (kind == Rule.Kind.SINGLE && value == null && ref.size() == 2 && !(ref.get(1) instanceof Term.Scalar)
        && version == RegoVersion.V0 && !hasIf || kind == Rule.Kind.SINGLE && value == null && ref.size() >= 2
        && version == RegoVersion.V0 && !hasIf && body != null) {
      key = ref.get(ref.size() - 1);
      ref = new ArrayList<>(ref.subList(0, ref.size() - 1));
      kind = Rule.Kind.MULTI;
    } else if (kind == Rule.Kind.SINGLE && value == null && ref.size() >= 2 && version == RegoVersion.V1 && body == null
        && !(ref.get(ref.size() - 1) instanceof Term.Scalar)) {
      throw error("`contains` keyword is required for partial set rules", nameTok);
    }
    if (body == null) {
      if (value == null && key == null && kind != Rule.Kind.FUNCTION && ref.size() == 1 && version == RegoVersion.V1) {
        throw error("rule must have a value or a body", nameTok);
      }
      body = List.of(Expr.term(new Term.Scalar(BooleanValue.TRUE, l), l));
    }
    if (value == null && kind != Rule.Kind.MULTI) value = new Term.Scalar(BooleanValue.TRUE, l);
    Rule elseRule = null;
    if (atWord("else")) {
      if (kind == Rule.Kind.MULTI) throw error("else keyword cannot be used on multi-value rules", peek());
      elseRule = elseChain(kind, ref, args);
    }
    List<Term> argList = args == null ? List.of() : args;
    List<Rule> out = new ArrayList<>();
    out.add(new Rule(kind, ref, argList, key, value, false, body, elseRule, l));
    while (peek().is("{")) {
      if (elseRule != null) throw error("expected else keyword", peek());
      Location cl = loc(peek());
      out.add(new Rule(kind, ref, argList, key, value, false, braceBody(), null, cl));
    }
    return out;
  }

  private Rule elseChain(Rule.Kind kind, List<Term> ref, List<Term> args) {
    Token et = next();
    Location l = loc(et);
    Term value = new Term.Scalar(BooleanValue.TRUE, l);
    if (accept(":=") || accept("=")) value = termIn();
    List<Expr> body;
    if (atKeyword("if")) {
      next();
      body = ruleBody();
    } else if (peek().is("{")) {
      if (version == RegoVersion.V1) throw error("`if` keyword is required before rule body", peek());
      body = braceBody();
    } else {
      body = List.of(Expr.term(new Term.Scalar(BooleanValue.TRUE, l), l));
    }
    Rule next = atWord("else") ? elseChain(kind, ref, args) : null;
    return new Rule(kind, ref, args == null ? List.of() : args, null, value, false, body, next, l);
  }

  private List<Expr> ruleBody() {
    if (peek().is("{")) {
      // As OPA's parseRules: after `if`, a single literal is tried first; it is the body unless it is a
      // set literal (`if { a }`), so `if {k: v | ...}` is a body of one object comprehension.
      int save = i;
      boolean savedBar = noBar;
      try {
        Expr e = literal();
        if (!(e.term() instanceof Term.SetTerm)) {
          List<Expr> b = new ArrayList<>();
          b.add(e);
          return b;
        }
      } catch (RegoException notALiteral) {
        // not a single literal: a braced body
      }
      i = save;
      noBar = savedBar;
      return braceBody();
    }
    List<Expr> b = new ArrayList<>();
    b.add(literal());
    return b;
  }

  private List<Expr> braceBody() {
    expect("{");
    List<Expr> body = exprs("}");
    expect("}");
    if (body.isEmpty()) throw error("found empty body", toks.get(i - 1));
    return body;
  }

  /** Literals separated by ';' or newlines, up to the closing token (null = EOF). */
  private List<Expr> exprs(String end) {
    List<Expr> out = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (end == null ? t.kind() == Token.Kind.EOF : t.is(end)) return out;
      if (t.kind() == Token.Kind.EOF) throw error("unexpected eof token, expected " + end, t);
      out.add(literal());
      if (accept(";")) continue;
      Token n = peek();
      if (end == null ? n.kind() == Token.Kind.EOF : n.is(end)) return out;
      if (!n.newlineBefore()) throw error("unexpected " + describe(n), n);
    }
  }

  private Expr literal() {
    Token t = peek();
    Location l = loc(t);
    if (atWord("some")) {
      next();
      return withs(some(l));
    }
    if (atKeyword("every")) {
      next();
      return withs(every(l));
    }
    boolean neg = false;
    if (atWord("not")) {
      next();
      neg = true;
    }
    Term term = exprTerm();
    return withs(Expr.term(term, l).withNegated(neg));
  }

  private Expr withs(Expr e) {
    if (!atWord("with")) return e;
    List<Expr.With> ws = new ArrayList<>();
    while (atWord("with")) {
      Token w = next();
      Term target = termPostfix(primaryVar());
      expect("as");
      Term value = termIn();
      ws.add(new Expr.With(target, value, loc(w)));
    }
    return e.withWiths(ws);
  }

  private Expr some(Location l) {
    List<Term> ts = new ArrayList<>();
    do { ts.add(termRelation()); } while (accept(","));
    if (atKeyword("in")) {
      next();
      Term dom = termRelation();
      if (ts.size() > 2) throw error("unexpected , token", peek());
      return ts.size() == 1 ? Expr.someIn(null, ts.get(0), dom, l) : Expr.someIn(ts.get(0), ts.get(1), dom, l);
    }
    List<Term.Var> vars = new ArrayList<>();
    for (Term x : ts) {
      if (!(x instanceof Term.Var v)) throw error("expected var in some declaration", peek());
      vars.add(v);
    }
    return Expr.someDecl(vars, l);
  }

  private Expr every(Location l) {
    List<Term> ts = new ArrayList<>();
    do { ts.add(termRelation()); } while (accept(","));
    if (!atKeyword("in")) throw error("unexpected " + describe(peek()) + ", expected in", peek());
    next();
    Term dom = termRelation();
    List<Expr> body = braceBody();
    if (ts.size() > 2) throw error("unexpected , token", peek());
    for (Term x : ts) if (!(x instanceof Term.Var)) throw error("every: expected variables", peek());
    return ts.size() == 1 ? Expr.every(null, ts.get(0), dom, body, l) : Expr.every(ts.get(0), ts.get(1), dom, body, l);
  }

  // ---- terms

  /** {@code k, v in coll} (internal.member_3), allowed where a comma cannot separate items. */
  private Term memberWithKey(Term first) {
    if (!peek().is(",")) return first;
    int save = i;
    next();
    Term second = termRelation();
    if (!atKeyword("in")) { i = save; return first; }
    next();
    Term coll = termRelation();
    Term t = new Term.Call("internal.member_3", null, List.of(first, second, coll), first.loc());
    while (atKeyword("in")) {
      next();
      t = new Term.Call("internal.member_2", null, List.of(t, termRelation()), first.loc());
    }
    return t;
  }

  private Term exprTerm() {
    Term lhs = memberWithKey(termIn());
    if (peek().is(":=") || peek().is("=")) {
      Token op = next();
      Term rhs = termIn();
      return new Term.Call(op.text().equals(":=") ? "assign" : "eq", null, List.of(lhs, rhs), loc(op));
    }
    return lhs;
  }

  private Term termIn() {
    Term lhs = termRelation();
    while (atKeyword("in")) {
      next();
      Term rhs = termRelation();
      lhs = new Term.Call("internal.member_2", null, List.of(lhs, rhs), lhs.loc());
    }
    return lhs;
  }

  private Term termRelation() {
    Term lhs = termOr();
    while (peek().kind() == Token.Kind.PUNCT && RELATION.containsKey(peek().text())) {
      Token op = next();
      Term rhs = termOr();
      lhs = new Term.Call(RELATION.get(op.text()), null, List.of(lhs, rhs), lhs.loc());
    }
    return lhs;
  }

  private Term termOr() {
    Term lhs = termAnd();
    while (!noBar && peek().is("|")) {
      next();
      lhs = new Term.Call("or", null, List.of(lhs, termAnd()), lhs.loc());
    }
    return lhs;
  }

  private Term termAnd() {
    Term lhs = termArith();
    while (peek().is("&")) {
      next();
      lhs = new Term.Call("and", null, List.of(lhs, termArith()), lhs.loc());
    }
    return lhs;
  }

  private Term termArith() {
    Term lhs = termFactor();
    while (peek().is("+") || peek().is("-")) {
      Token op = next();
      lhs = new Term.Call(op.text().equals("+") ? "plus" : "minus", null, List.of(lhs, termFactor()), lhs.loc());
    }
    return lhs;
  }

  private Term termFactor() {
    Term lhs = term();
    while (peek().is("*") || peek().is("/") || peek().is("%")) {
      Token op = next();
      String n = op.text().equals("*") ? "mul" : op.text().equals("/") ? "div" : "rem";
      lhs = new Term.Call(n, null, List.of(lhs, term()), lhs.loc());
    }
    return lhs;
  }

  private Term term() {
    Token t = next();
    Location l = loc(t);
    switch (t.kind()) {
      case NUMBER:
        return termPostfix(new Term.Scalar(number(t.text(), t), l));
      case STRING:
        return termPostfix(new Term.Scalar(StringValue.of(t.str()), l));
      case TEMPLATE:
        return termPostfix(template(t));
      case IDENT: {
        if (peek().is(".") && !peek().spaceBefore()) return termPostfix(new Term.Var(t.text(), l));
        switch (t.text()) {
          case "true": return new Term.Scalar(BooleanValue.TRUE, l);
          case "false": return new Term.Scalar(BooleanValue.FALSE, l);
          case "null": return new Term.Scalar(NullValue.NULL, l);
          case "set":
            if (peek().is("(") && !peek().spaceBefore() && peek(1).is(")")) {
              next();
              next();
              return termPostfix(new Term.SetTerm(List.of(), l));
            }
            break;
          case "not": case "some": case "with": case "as": case "import": case "package": case "default": case "else":
            throw error("unexpected " + t.text() + " keyword", t);
          default:
            if (keywords.contains(t.text()) && !t.text().equals("contains")) throw error("unexpected " + t.text() + " keyword", t);
        }
        return termPostfix(new Term.Var(t.text(), l));
      }
      case PUNCT:
        switch (t.text()) {
          case "-": {
            Token n = peek();
            if (n.kind() == Token.Kind.NUMBER && !n.spaceBefore()) {
              next();
              return termPostfix(new Term.Scalar(number("-" + n.text(), n), l));
            }
            Term operand = term();
            return new Term.Call("minus", null, List.of(new Term.Scalar(NumberValue.of(0), l), operand), l);
          }
          case "(": {
            boolean saved = noBar;
            noBar = false;
            Term inner = exprTermNoAssign();
            noBar = saved;
            expect(")");
            return termPostfix(inner);
          }
          case "[":
            return termPostfix(arrayOrCompr(l));
          case "{":
            return termPostfix(objectOrSet(l));
          default:
            break;
        }
        break;
      default:
        break;
    }
    throw error("unexpected " + describe(t), t);
  }

  private Term exprTermNoAssign() {
    Term t = memberWithKey(termIn());
    if (peek().is("=") || peek().is(":=")) {
      Token op = next();
      Term rhs = termIn();
      return new Term.Call(op.text().equals(":=") ? "assign" : "eq", null, List.of(t, rhs), loc(op));
    }
    return t;
  }

  private Term arrayOrCompr(Location l) {
    if (accept("]")) return new Term.ArrayTerm(List.of(), l);
    boolean saved = noBar;
    noBar = true;
    Term first = termIn();
    noBar = saved;
    if (accept("|")) {
      List<Expr> body = exprs("]");
      expect("]");
      return new Term.ArrayCompr(first, body, l);
    }
    List<Term> items = new ArrayList<>();
    items.add(first);
    while (accept(",")) {
      if (peek().is("]")) break;
      items.add(termIn());
    }
    expect("]");
    return new Term.ArrayTerm(items, l);
  }

  private Term objectOrSet(Location l) {
    if (accept("}")) return new Term.ObjectTerm(List.of(), List.of(), l);
    boolean saved = noBar;
    noBar = true;
    Term first = termIn();
    if (accept(":")) {
      Term v = termIn();
      noBar = saved;
      if (accept("|")) {
        List<Expr> body = exprs("}");
        expect("}");
        return new Term.ObjectCompr(first, v, body, l);
      }
      List<Term> ks = new ArrayList<>(), vs = new ArrayList<>();
      ks.add(first);
      vs.add(v);
      while (accept(",")) {
        if (peek().is("}")) break;
        ks.add(termIn());
        expect(":");
        vs.add(termIn());
      }
      expect("}");
      return new Term.ObjectTerm(ks, vs, l);
    }
    noBar = saved;
    if (accept("|")) {
      List<Expr> body = exprs("}");
      expect("}");
      return new Term.SetCompr(first, body, l);
    }
    List<Term> items = new ArrayList<>();
    items.add(first);
    while (accept(",")) {
      if (peek().is("}")) break;
      items.add(termIn());
    }
    expect("}");
    return new Term.SetTerm(items, l);
  }

  private Term termPostfixNoCall(Term head) { return postfix(head, false); }

  private Term termPostfix(Term head) { return postfix(head, true); }

  private Term postfix(Term head, boolean calls) {
    Term cur = head;
    List<Term> path = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.spaceBefore()) break;
      if (t.is(".")) {
        next();
        Token n = next();
        if (n.kind() != Token.Kind.IDENT) throw error("unexpected " + describe(n) + ": expected ident", n);
        path.add(new Term.Scalar(StringValue.of(n.text()), loc(n)));
      } else if (t.is("[")) {
        next();
        boolean saved = noBar;
        noBar = false;
        Term k = exprTermNoAssign();
        noBar = saved;
        expect("]");
        path.add(k);
      } else if (t.is("(") && calls) {
        String name = callName(cur, path);
        if (name == null) throw error("invalid call target", t);
        next();
        List<Term> args = new ArrayList<>();
        if (!peek().is(")")) {
          do { if (peek().is(")")) break; args.add(termIn()); } while (accept(","));  // OPA accepts f(a, b,)
        }
        expect(")");
        Term fn = path.isEmpty() ? cur : new Term.Ref(cur, List.copyOf(path), cur.loc());
        cur = new Term.Call(name, fn, args, cur.loc());
        path.clear();
      } else break;
    }
    if (path.isEmpty()) return cur;
    return new Term.Ref(cur, List.copyOf(path), cur.loc());
  }

  private static String callName(Term head, List<Term> path) {
    if (!(head instanceof Term.Var v)) return null;
    StringBuilder sb = new StringBuilder(v.name());
    for (Term p : path) {
      if (!(p instanceof Term.Scalar s && s.value() instanceof StringValue sv)) return null;
      sb.append('.').append(sv.value());
    }
    return sb.toString();
  }

  // ---- template strings

  private Term template(Token t) {
    String text = t.text();
    boolean raw = text.charAt(1) == '`';
    String body = text.substring(2, text.length() - 1);
    List<Object> parts = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int p = 0;
    while (p < body.length()) {
      char c = body.charAt(p);
      if (raw && c == '\\' && p + 1 < body.length() && body.charAt(p + 1) == '{') {
        lit.append('{');
        p += 2;
        continue;
      }
      if (!raw && c == '\\') {
        if (p + 1 >= body.length()) throw error("non-terminated template string", t);
        char e = body.charAt(p + 1);
        switch (e) {
          case 'n': lit.append('\n'); break;
          case 't': lit.append('\t'); break;
          case 'r': lit.append('\r'); break;
          case 'b': lit.append('\b'); break;
          case 'f': lit.append('\f'); break;
          case 'u':
            // four hex digits, as in a string literal (the lexer's readQuoted); \\uampa is refused
            if (p + 6 > body.length() || !Lexer.hex4(body, p + 2)) throw error("invalid escape sequence in template string", t);
            lit.append((char) Integer.parseInt(body.substring(p + 2, p + 6), 16));
            p += 4;
            break;
          default: lit.append(e);
        }
        p += 2;
        continue;
      }
      if (c == '{') {
        int q = TemplateScanner.expr(body, p + 1);
        if (q < 0) throw error("non-terminated template expression", t);
        String exprText = body.substring(p + 1, q - 1);
        if (lit.length() > 0) { parts.add(lit.toString()); lit.setLength(0); }
        Parser sub = new Parser(exprText, file, version, t.line() - 1, t.col() + 2 + p, keywords);
        List<Expr> e = sub.exprs(null);
        if (e.size() != 1) throw error("template expression must be a single expression", t);
        parts.add(e.get(0));
        p = q;
        continue;
      }
      lit.append(c);
      p++;
    }
    if (lit.length() > 0) parts.add(lit.toString());
    return new Term.Template(parts, loc(t));
  }

  // ---- METADATA

  private List<Module.MetadataBlock> metadata() {
    List<Module.MetadataBlock> out = new ArrayList<>();
    for (int k = 0; k < comments.size(); k++) {
      Lexer.Comment c = comments.get(k);
      if (!c.text().strip().equals("METADATA")) continue;
      StringBuilder yaml = new StringBuilder();
      int line = c.line();
      int m = k + 1;
      while (m < comments.size() && comments.get(m).line() == line + 1 && comments.get(m).col() == c.col()) {
        String tx = comments.get(m).text();
        yaml.append(tx.startsWith(" ") ? tx.substring(1) : tx).append('\n');
        line++;
        m++;
      }
      Object parsed;
      try {
        parsed = new org.yaml.snakeyaml.Yaml().load(yaml.toString());
      } catch (RuntimeException e) {
        throw new RegoException(new RegoError("rego_parse_error", "yaml: " + e.getMessage().split("\n")[0], file, c.line(), c.col()));
      }
      Map<String, Object> map = new LinkedHashMap<>();
      if (parsed instanceof Map<?, ?> pm) for (Map.Entry<?, ?> e : pm.entrySet()) map.put(String.valueOf(e.getKey()), e.getValue());
      else if (parsed != null) {
        throw new RegoException(new RegoError("rego_parse_error", "invalid METADATA block: expected a YAML mapping", file, c.line(), c.col()));
      }
      MetadataCheck.check(map, file, c.line(), c.col());
      out.add(new Module.MetadataBlock(map, new Location(file, c.line(), c.col()), line));
      k = m - 1;
    }
    return out;
  }
}
