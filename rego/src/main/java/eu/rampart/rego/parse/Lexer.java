package eu.rampart.rego.parse;

import eu.rampart.rego.api.RegoError;
import eu.rampart.rego.api.RegoException;
import java.util.ArrayList;
import java.util.List;

/** Splits Rego source into tokens and collects comments (for METADATA blocks). */
final class Lexer {
  record Comment(String text, int line, int col) {}

  private static final String[] PUNCT = {":=", "==", "!=", "<=", ">=", "{", "}", "[", "]", "(", ")", ".", ",", ";",
      ":", "=", "<", ">", "+", "-", "*", "/", "%", "|", "&"};

  private final String src;
  private final String file;
  private final int lineOffset;
  private final int colOffset;
  private int pos;
  private int line = 1;
  private int lineStart;
  final List<Comment> comments = new ArrayList<>();

  Lexer(String src, String file) { this(src, file, 0, 0); }

  /** For template-string expressions: positions are shifted to the enclosing source. */
  Lexer(String src, String file, int lineOffset, int colOffset) {
    this.src = src;
    this.file = file;
    this.lineOffset = lineOffset;
    this.colOffset = colOffset;
  }

  private RegoException error(String msg, int l, int c) {
    return new RegoException(new RegoError("rego_parse_error", msg, file, l + lineOffset, c + (l == 1 ? colOffset : 0)));
  }

  List<Token> tokenize() {
    List<Token> out = new ArrayList<>();
    while (true) {
      boolean space = false, nl = false;
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '\n') { nl = true; space = true; pos++; line++; lineStart = pos; }
        else if (c == ' ' || c == '\t' || c == '\r') { space = true; pos++; }
        else if (c == '#') {
          int s = pos;
          while (pos < src.length() && src.charAt(pos) != '\n') pos++;
          comments.add(new Comment(src.substring(s + 1, pos), line + lineOffset, s - lineStart + 1));
          space = true;
        } else break;
      }
      int l = line, col = pos - lineStart + 1, start = pos;
      int outLine = l + lineOffset, outCol = col + (l == 1 ? colOffset : 0);
      if (pos >= src.length()) {
        out.add(new Token(Token.Kind.EOF, "", null, outLine, outCol, pos, pos, space, true));
        return out;
      }
      char c = src.charAt(pos);
      if (Character.isLetter(c) || c == '_') {
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        out.add(new Token(Token.Kind.IDENT, src.substring(start, pos), null, outLine, outCol, start, pos, space, nl));
      } else if (Character.isDigit(c)) {
        lexNumber();
        out.add(new Token(Token.Kind.NUMBER, src.substring(start, pos), null, outLine, outCol, start, pos, space, nl));
      } else if (c == '"') {
        pos++;
        String s = readQuoted(l, col);
        out.add(new Token(Token.Kind.STRING, src.substring(start, pos), s, outLine, outCol, start, pos, space, nl));
      } else if (c == '`') {
        int e = src.indexOf('`', pos + 1);
        if (e < 0) throw error("non-terminated raw string", l, col);
        String s = src.substring(pos + 1, e);
        countLines(pos, e);
        pos = e + 1;
        out.add(new Token(Token.Kind.STRING, src.substring(start, pos), s, outLine, outCol, start, pos, space, nl));
      } else if (c == '$' && pos + 1 < src.length() && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '`')) {
        boolean raw = src.charAt(pos + 1) == '`';
        int e = TemplateScanner.body(src, pos + 2, raw);
        if (e < 0) throw error("non-terminated template string", l, col);
        countLines(pos, e);
        pos = e;
        out.add(new Token(Token.Kind.TEMPLATE, src.substring(start, pos), null, outLine, outCol, start, pos, space, nl));
      } else {
        String p = null;
        for (String cand : PUNCT) if (src.startsWith(cand, pos)) { p = cand; break; }
        if (p == null) throw error("illegal token '" + c + "'", l, col);
        pos += p.length();
        out.add(new Token(Token.Kind.PUNCT, p, null, outLine, outCol, start, pos, space, nl));
      }
    }
  }

  private void countLines(int from, int to) {
    for (int i = from; i < to; i++) if (src.charAt(i) == '\n') { line++; lineStart = i + 1; }
  }

  private void lexNumber() {
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
    if (pos + 1 < src.length() && src.charAt(pos) == '.' && Character.isDigit(src.charAt(pos + 1))) {
      pos++;
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
    }
    if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
      int save = pos;
      pos++;
      if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
      if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
      } else pos = save;
    }
  }

  /** Four hex digits at {@code at} (a {@code \\u} escape; Integer.parseInt alone would also take a sign). */
  static boolean hex4(String s, int at) {
    for (int i = at; i < at + 4; i++) if (Character.digit(s.charAt(i), 16) < 0) return false;
    return true;
  }

  /** Reads a double-quoted string body after the opening quote, decoding escapes. */
  private String readQuoted(int l, int col) {
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= src.length() || src.charAt(pos) == '\n') throw error("non-terminated string", l, col);
      char c = src.charAt(pos);
      if (c == '"') { pos++; return sb.toString(); }
      if (c == '\\') {
        if (pos + 1 >= src.length()) throw error("non-terminated string", l, col);
        char e = src.charAt(pos + 1);
        pos += 2;
        switch (e) {
          case '"': sb.append('"'); break;
          case '\\': sb.append('\\'); break;
          case '/': sb.append('/'); break;
          case 'b': sb.append('\b'); break;
          case 'f': sb.append('\f'); break;
          case 'n': sb.append('\n'); break;
          case 'r': sb.append('\r'); break;
          case 't': sb.append('\t'); break;
          case 'u':
            if (pos + 4 > src.length() || !hex4(src, pos)) throw error("invalid escape sequence", l, col);
            sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
            pos += 4;
            break;
          default:
            throw error("illegal escape sequence '\\" + e + "'", l, col);
        }
        continue;
      }
      sb.append(c);
      pos++;
    }
  }
}
