package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import eu.rampart.rego.value.NumberValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Refuses a JSON number the policy engine could not hold: one whose exponent lies beyond
 * {@link NumberValue#MAX_EXPONENT} either way ({@code 1e888888888} is short to write but a billion
 * digits to compute with). Jackson bounds a number's length, not its exponent: the reader's node
 * factory ({@link #FACTORY}) notes an out-of-range decimal as Jackson makes it, at no cost to the
 * others, and only a document with one is walked (iteratively: documents nest as deep as the
 * parser's limit) to name the first by its JSON path.
 */
final class NumberBounds {
  private NumberBounds() {}

  private static final String OUT_OF_RANGE = "number out of range: expected an exponent within 1e-" + NumberValue.MAX_EXPONENT
      + " .. 1e+" + NumberValue.MAX_EXPONENT;

  private static final ThreadLocal<boolean[]> SEEN = ThreadLocal.withInitial(() -> new boolean[1]);

  /** Jackson's node factory, noting on this thread whether it made a decimal out of range. */
  static final com.fasterxml.jackson.databind.node.JsonNodeFactory FACTORY = new com.fasterxml.jackson.databind.node.JsonNodeFactory() { // as JsonNodeFactory.instance
    @Override
    public com.fasterxml.jackson.databind.node.ValueNode numberNode(java.math.BigDecimal v) {
      if (v != null && NumberValue.outOfRange(v)) SEEN.get()[0] = true;
      return super.numberNode(v);
    }
  };

  /** Starts noting, for one parse on this thread. */
  static void reset() { SEEN.get()[0] = false; }

  /** Refuses the documents of the last parse on this thread if the factory made a decimal out of range. */
  static void check(Path file, List<JsonDocuments.Doc> docs) {
    if (!SEEN.get()[0]) return;
    for (JsonDocuments.Doc d : docs) check(file, d, docs.size() > 1);
  }

  /** One node to visit and how to name it: its parent's frame and its key or index there. */
  private record Frame(JsonNode node, int parent, String key, int index) {}

  static void check(Path file, JsonDocuments.Doc doc, boolean severalDocuments) {
    List<Frame> frames = new ArrayList<>();
    frames.add(new Frame(doc.node(), -1, null, -1));
    for (int i = 0; i < frames.size(); i++) {
      JsonNode n = frames.get(i).node();
      if (n.isBigDecimal() && NumberValue.outOfRange(n.decimalValue())) {
        throw InputException.at(file, (severalDocuments ? "line " + doc.line() + ", " : "") + path(frames, i), OUT_OF_RANGE);
      }
      if (n.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().isContainerNode() || e.getValue().isBigDecimal()) frames.add(new Frame(e.getValue(), i, e.getKey(), -1));
        }
      } else if (n.isArray()) {
        for (int k = 0; k < n.size(); k++) {
          JsonNode c = n.get(k);
          if (c.isContainerNode() || c.isBigDecimal()) frames.add(new Frame(c, i, null, k));
        }
      }
    }
  }

  /**
   * Jackson itself refuses a number whose exponent does not fit an int (9e9999999999) with a
   * NumberFormatException that carries no place: the text is scanned again, token by token without
   * converting numbers, for the first such number, and refused at its line and column.
   */
  static InputException exponentOverflow(Path file, String text) {
    try (com.fasterxml.jackson.core.JsonParser p = JsonDocuments.MAPPER.getFactory().createParser(text)) {
      for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT) continue;
        String n = p.getText();
        int e = Math.max(n.indexOf('e'), n.indexOf('E'));
        if (e < 0) continue;
        try {
          Integer.parseInt(n.substring(e + 1).replace("+", ""));
        } catch (NumberFormatException overflow) {
          com.fasterxml.jackson.core.JsonLocation at = p.currentTokenLocation();
          return InputException.at(file, "line " + at.getLineNr() + ", column " + at.getColumnNr(), OUT_OF_RANGE);
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // the place is not found again: the message without it
    }
    return InputException.of(file, OUT_OF_RANGE);
  }

  private static String path(List<Frame> frames, int at) {
    List<String> parts = new ArrayList<>();
    for (int i = at; i > 0; i = frames.get(i).parent()) {
      Frame f = frames.get(i);
      // a key that is not a plain name is quoted as JSON quotes it (backslashes, quotes and line
      // breaks escaped), so the message stays one line
      parts.add(f.key() == null ? "[" + f.index() + "]"
          : f.key().matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + f.key()
          : "[\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(f.key())) + "\"]");
    }
    StringBuilder sb = new StringBuilder("$");
    for (int i = parts.size() - 1; i >= 0; i--) sb.append(parts.get(i));
    return sb.toString();
  }
}
