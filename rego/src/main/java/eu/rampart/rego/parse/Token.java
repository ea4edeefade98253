package eu.rampart.rego.parse;

/** A lexical token. {@code spaceBefore}/{@code newlineBefore} let the parser tell {@code x[1]} from {@code x [1]}. */
record Token(Kind kind, String text, String str, int line, int col, int start, int end,
             boolean spaceBefore, boolean newlineBefore) {
  enum Kind { IDENT, NUMBER, STRING, TEMPLATE, PUNCT, EOF }

  boolean is(String punctOrKeyword) {
    return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrKeyword);
  }
}
