package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.GoTemplate.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the text/template subset that {@link GoTemplate} executes into an immutable tree:
 * text, actions, if / else if / else, range, with; pipelines of commands; dot, fields,
 * variables, literals, function names and parenthesised pipelines.
 */
final class GoTemplateParser {
  private GoTemplateParser() {}

  static List<Node> parse(String template) {
    return new Parser(template).parse();
  }

  // ---- syntax tree ----

  sealed interface Node permits Text, Action, If, Range, With {}

  record Text(String text) implements Node {}

  record Action(Pipeline pipe) implements Node {}

  record If(Pipeline cond, List<Node> then, List<Node> otherwise) implements Node {}

  record Range(Pipeline pipe, List<Node> body, List<Node> otherwise) implements Node {}

  record With(Pipeline pipe, List<Node> body, List<Node> otherwise) implements Node {}

  record Pipeline(List<String> decl, boolean assign, List<List<Term>> commands) {}

  sealed interface Term permits Dot, Field, Variable, Literal, Ident, Paren {}

  record Dot() implements Term {}

  /** A chain of field names applied to dot (fields), a variable, or a parenthesised pipeline. */
  record Field(List<String> names) implements Term {}

  record Variable(String name, List<String> names) implements Term {}

  record Literal(Object value) implements Term {}

  record Ident(String name) implements Term {}

  record Paren(Pipeline pipe, List<String> names) implements Term {}

  // ---- lexing and parsing ----

  private enum Tok { FIELD, VAR, DOT, IDENT, STRING, NUMBER, LPAREN, RPAREN, PIPE, DECLARE, ASSIGN, COMMA }

  private record Token(Tok kind, String text, Object value, boolean spaceBefore) {}

  private record Item(String text, List<Token> action, int line) {}

  private static final class Parser {
    private final String src;
    private List<Item> items;
    private int at;

    Parser(String src) { this.src = src; }

    List<Node> parse() {
      items = split();
      at = 0;
      List<Node> nodes = new ArrayList<>();
      String end = parseList(nodes);
      if (end != null) throw error("template:" + itemLine() + ": unexpected {{" + end + "}}");
      return nodes;
    }

    private int itemLine() {
      return at > 0 && at - 1 < items.size() ? items.get(at - 1).line : 1;
    }

    /** Splits text and actions, applying {{- and -}} trimming and dropping comments. */
    private List<Item> split() {
      List<Item> out = new ArrayList<>();
      int i = 0;
      boolean trimNext = false;
      while (i < src.length()) {
        int open = src.indexOf("{{", i);
        String text = open < 0 ? src.substring(i) : src.substring(i, open);
        boolean trimLeft = open >= 0 && src.startsWith("{{- ", open) || open >= 0 && src.startsWith("{{-\t", open)
            || open >= 0 && src.startsWith("{{-\n", open);
        if (trimNext) text = stripLeading(text);
        if (trimLeft) text = stripTrailing(text);
        if (!text.isEmpty()) out.add(new Item(text, null, 0));
        if (open < 0) break;
        int line = 1 + (int) src.substring(0, open).chars().filter(c -> c == '\n').count();
        int p = open + 2 + (trimLeft ? 2 : 0);
        List<Token> toks = new ArrayList<>();
        int[] endAndTrim = lexAction(p, toks, line);
        i = endAndTrim[0];
        trimNext = endAndTrim[1] == 1;
        if (endAndTrim[2] == 0) out.add(new Item(null, toks, line));
      }
      return out;
    }

    private static String stripLeading(String s) {
      int i = 0;
      while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
      return s.substring(i);
    }

    private static String stripTrailing(String s) {
      int i = s.length();
      while (i > 0 && " \t\r\n".indexOf(s.charAt(i - 1)) >= 0) i--;
      return s.substring(0, i);
    }

    /** Lexes one action starting at p; returns {index after }}, trim-right flag, is-comment flag}. */
    private int[] lexAction(int p, List<Token> toks, int line) {
      int n = src.length();
      while (p < n && Character.isWhitespace(src.charAt(p))) p++;
      if (src.startsWith("/*", p)) {
        int close = src.indexOf("*/", p + 2);
        if (close < 0) throw error("template:" + line + ": unclosed comment");
        p = close + 2;
        boolean trim = false;
        if (src.startsWith(" -}}", p)) {
          trim = true;
          p += 4;
        } else if (src.startsWith("}}", p)) {
          p += 2;
        } else {
          throw error("template:" + line + ": comment ends before closing delimiter");
        }
        return new int[] {p, trim ? 1 : 0, 1};
      }
      boolean space = true;
      while (true) {
        if (p >= n) throw error("template:" + line + ": unclosed action");
        char c = src.charAt(p);
        if (Character.isWhitespace(c)) {
          int q = p;
          while (q < n && Character.isWhitespace(src.charAt(q))) q++;
          if (src.startsWith("-}}", q)) return new int[] {q + 3, 1, 0};
          p = q;
          space = true;
          continue;
        }
        if (src.startsWith("}}", p)) return new int[] {p + 2, 0, 0};
        int start = p;
        if (c == '.' && p + 1 < n && isIdentStart(src.charAt(p + 1))) {
          p++;
          while (p < n && isIdentPart(src.charAt(p))) p++;
          toks.add(new Token(Tok.FIELD, src.substring(start + 1, p), null, space));
        } else if (c == '.' && (p + 1 >= n || !Character.isDigit(src.charAt(p + 1)))) {
          p++;
          toks.add(new Token(Tok.DOT, ".", null, space));
        } else if (c == '$') {
          p++;
          while (p < n && isIdentPart(src.charAt(p))) p++;
          toks.add(new Token(Tok.VAR, src.substring(start, p), null, space));
        } else if (c == '"') {
          StringBuilder sb = new StringBuilder();
          p++;
          while (true) {
            if (p >= n || src.charAt(p) == '\n') throw error("template:" + line + ": unterminated quoted string");
            char d = src.charAt(p);
            if (d == '"') break;
            if (d == '\\' && p + 1 < n) {
              char e = src.charAt(++p);
              switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case '\\': sb.append('\\'); break;
                case '"': sb.append('"'); break;
                default: throw error("template:" + line + ": unsupported escape \\" + e);
              }
            } else {
              sb.append(d);
            }
            p++;
          }
          p++;
          toks.add(new Token(Tok.STRING, src.substring(start, p), sb.toString(), space));
        } else if (c == '`') {
          int close = src.indexOf('`', p + 1);
          if (close < 0) throw error("template:" + line + ": unterminated raw quoted string");
          toks.add(new Token(Tok.STRING, src.substring(p, close + 1), src.substring(p + 1, close), space));
          p = close + 1;
        } else if (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && p + 1 < n
            && (Character.isDigit(src.charAt(p + 1)) || src.charAt(p + 1) == '.'))) {
          p++;
          while (p < n && (Character.isLetterOrDigit(src.charAt(p)) || src.charAt(p) == '.'
              || ((src.charAt(p) == '-' || src.charAt(p) == '+') && "eE".indexOf(src.charAt(p - 1)) >= 0))) {
            p++;
          }
          String text = src.substring(start, p);
          try {
            String digits = text.replace("_", "");
            Object num;
            try {
              num = Long.parseLong(digits);
            } catch (NumberFormatException notInt) {
              num = Double.parseDouble(digits);
            }
            toks.add(new Token(Tok.NUMBER, text, num, space));
          } catch (NumberFormatException e) {
            throw error("template:" + line + ": bad number syntax: \"" + text + "\"");
          }
        } else if (isIdentStart(c)) {
          while (p < n && isIdentPart(src.charAt(p))) p++;
          toks.add(new Token(Tok.IDENT, src.substring(start, p), null, space));
        } else if (c == '(') {
          p++;
          toks.add(new Token(Tok.LPAREN, "(", null, space));
        } else if (c == ')') {
          p++;
          toks.add(new Token(Tok.RPAREN, ")", null, space));
        } else if (c == '|') {
          p++;
          toks.add(new Token(Tok.PIPE, "|", null, space));
        } else if (c == ',') {
          p++;
          toks.add(new Token(Tok.COMMA, ",", null, space));
        } else if (c == ':' && p + 1 < n && src.charAt(p + 1) == '=') {
          p += 2;
          toks.add(new Token(Tok.DECLARE, ":=", null, space));
        } else if (c == '=') {
          p++;
          toks.add(new Token(Tok.ASSIGN, "=", null, space));
        } else {
          throw error("template:" + line + ": unexpected \"" + c + "\" in command");
        }
        space = false;
      }
    }

    private static boolean isIdentStart(char c) { return Character.isLetter(c) || c == '_'; }

    private static boolean isIdentPart(char c) { return Character.isLetterOrDigit(c) || c == '_'; }

    /** Parses nodes until {{end}} or {{else ...}}; returns that keyword ("end", "else") or null at EOF. */
    private String parseList(List<Node> out) {
      while (at < items.size()) {
        Item it = items.get(at++);
        if (it.text != null) {
          out.add(new Text(it.text));
          continue;
        }
        List<Token> t = it.action;
        if (t.isEmpty()) throw error("template:" + it.line + ": missing value for command");
        Token first = t.get(0);
        if (first.kind == Tok.IDENT) {
          switch (first.text) {
            case "end":
              return "end";
            case "else":
              return "else";
            case "if":
              out.add(parseIf(t.subList(1, t.size()), it.line));
              continue;
            case "range": {
              Pipeline p = pipeline(t.subList(1, t.size()), it.line, true);
              List<Node> body = new ArrayList<>();
              List<Node> otherwise = new ArrayList<>();
              parseBranches(body, otherwise, it.line, "range");
              out.add(new Range(p, body, otherwise));
              continue;
            }
            case "with": {
              Pipeline p = pipeline(t.subList(1, t.size()), it.line, true);
              List<Node> body = new ArrayList<>();
              List<Node> otherwise = new ArrayList<>();
              parseBranches(body, otherwise, it.line, "with");
              out.add(new With(p, body, otherwise));
              continue;
            }
            case "define": case "template": case "block": case "break": case "continue":
              throw error("template:" + it.line + ": {{" + first.text + "}} is not supported by strings.render_template");
            default:
          }
        }
        out.add(new Action(pipeline(t, it.line, true)));
      }
      return null;
    }

    private If parseIf(List<Token> condTokens, int line) {
      Pipeline cond = pipeline(condTokens, line, true);
      List<Node> then = new ArrayList<>();
      List<Node> otherwise = new ArrayList<>();
      String end = parseList(then);
      if (end == null) throw error("template:" + line + ": unexpected EOF in if");
      if (end.equals("else")) {
        List<Token> elseTokens = items.get(at - 1).action;
        if (elseTokens.size() > 1 && elseTokens.get(1).kind == Tok.IDENT && elseTokens.get(1).text.equals("if")) {
          // {{else if x}} nests an if that shares this if's {{end}}.
          otherwise.add(parseIf(elseTokens.subList(2, elseTokens.size()), line));
          return new If(cond, then, otherwise);
        }
        if (elseTokens.size() > 1) throw error("template:" + line + ": unexpected tokens after else");
        String end2 = parseList(otherwise);
        if (!"end".equals(end2)) throw error("template:" + line + ": expected end; found " + end2);
      }
      return new If(cond, then, otherwise);
    }

    private void parseBranches(List<Node> body, List<Node> otherwise, int line, String what) {
      String end = parseList(body);
      if (end == null) throw error("template:" + line + ": unexpected EOF in " + what);
      if (end.equals("else")) {
        if (items.get(at - 1).action.size() > 1) throw error("template:" + line + ": else with arguments in " + what);
        String end2 = parseList(otherwise);
        if (!"end".equals(end2)) throw error("template:" + line + ": expected end in " + what);
      }
    }

    private Pipeline pipeline(List<Token> t, int line, boolean allowDecl) {
      List<String> decl = new ArrayList<>();
      boolean assign = false;
      int i = 0;
      // $x := / $x = / $i, $e :=
      int j = 0;
      List<String> vars = new ArrayList<>();
      while (j < t.size() && t.get(j).kind == Tok.VAR) {
        vars.add(t.get(j).text);
        j++;
        if (j < t.size() && t.get(j).kind == Tok.COMMA && vars.size() < 2) {
          j++;
          continue;
        }
        break;
      }
      if (allowDecl && !vars.isEmpty() && j < t.size() && (t.get(j).kind == Tok.DECLARE || t.get(j).kind == Tok.ASSIGN)) {
        assign = t.get(j).kind == Tok.ASSIGN;
        decl.addAll(vars);
        i = j + 1;
      }
      List<List<Term>> commands = new ArrayList<>();
      List<Term> cmd = new ArrayList<>();
      int[] pos = {i};
      while (pos[0] < t.size()) {
        Token tok = t.get(pos[0]);
        if (tok.kind == Tok.PIPE) {
          if (cmd.isEmpty()) throw error("template:" + line + ": missing command before |");
          commands.add(cmd);
          cmd = new ArrayList<>();
          pos[0]++;
          continue;
        }
        cmd.add(term(t, pos, line));
      }
      if (cmd.isEmpty()) throw error("template:" + line + ": missing value for command");
      commands.add(cmd);
      return new Pipeline(decl, assign, commands);
    }

    private Term term(List<Token> t, int[] pos, int line) {
      Token tok = t.get(pos[0]++);
      Term base;
      switch (tok.kind) {
        case FIELD: {
          List<String> names = new ArrayList<>();
          names.add(tok.text);
          chain(t, pos, names);
          return new Field(names);
        }
        case DOT:
          return new Dot();
        case VAR: {
          List<String> names = new ArrayList<>();
          chain(t, pos, names);
          return new Variable(tok.text, names);
        }
        case STRING:
        case NUMBER:
          return new Literal(tok.value);
        case IDENT:
          switch (tok.text) {
            case "true": return new Literal(Boolean.TRUE);
            case "false": return new Literal(Boolean.FALSE);
            case "nil": return new Literal(null);
            default: return new Ident(tok.text);
          }
        case LPAREN: {
          int depth = 1;
          int start = pos[0];
          while (pos[0] < t.size() && depth > 0) {
            Tok k = t.get(pos[0]++).kind;
            if (k == Tok.LPAREN) depth++;
            else if (k == Tok.RPAREN) depth--;
          }
          if (depth != 0) throw error("template:" + line + ": unclosed left paren");
          Pipeline inner = pipeline(t.subList(start, pos[0] - 1), line, false);
          List<String> names = new ArrayList<>();
          chain(t, pos, names);
          base = new Paren(inner, names);
          return base;
        }
        default:
          throw error("template:" + line + ": unexpected \"" + tok.text + "\" in command");
      }
    }

    private static void chain(List<Token> t, int[] pos, List<String> names) {
      while (pos[0] < t.size() && t.get(pos[0]).kind == Tok.FIELD && !t.get(pos[0]).spaceBefore) {
        names.add(t.get(pos[0]++).text);
      }
    }
  }
}
