package eu.rampart.plan.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import eu.rampart.limits.Limits;

/**
 * Reads a file as one JSON document or as a sequence of JSON values (JSON lines), turning every
 * parse failure into a one-line {@link InputException} with line and column.
 */
public final class JsonDocuments {
  /** One top-level JSON value and the line it starts on (1-based). */
  public record Doc(JsonNode node, int line) {}

  static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Limits.JSON_DEPTH.intValue()).maxStringLength(Integer.MAX_VALUE).build())
      // Never echo file content in errors: a broken file may hold secrets.
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .setNodeFactory(NumberBounds.FACTORY);

  private JsonDocuments() {}

  public static ObjectMapper mapper() { return MAPPER; }

  /** The file's text, after checking it is a readable, non-empty, UTF-8 regular file of bounded size. */
  public static String text(Path file) {
    return text(file, InputFiles.read(file, "a JSON file (rampart plan, pulumi preview --json, stack export, checkpoint or event log)"));
  }

  /** The text of bytes already read from {@code file} (which only names them in messages): UTF-8, not blank. */
  public static String text(Path file, byte[] bytes) {
    // The String constructor decodes UTF-8 several times faster than a CharsetDecoder (it has
    // intrinsics); it replaces malformed input with U+FFFD, so only a text holding U+FFFD is
    // decoded again strictly, to tell a malformed file from one that contains the character.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
      } catch (CharacterCodingException e) {
        throw InputException.of(file, "is not UTF-8 text: expected a JSON file");
      }
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    if (text.isBlank()) {
      throw InputException.of(file, "is empty: expected a JSON document");
    }
    return text;
  }

  /** Every top-level JSON value in the text: one for a JSON document, one per line for JSON lines. */
  public static List<Doc> readAll(Path file, String text) {
    List<Doc> docs = new ArrayList<>();
    // Jackson's value iterator unwraps a top-level array into its elements; a file that is one
    // array is one document (a list of events, or a mistake to be named as such)
    NumberBounds.reset();
    if (text.stripLeading().startsWith("[")) {
      try {
        docs.add(new Doc(MAPPER.readTree(text), 1));
      } catch (JsonProcessingException e) {
        throw parseError(file, e);
      } catch (NumberFormatException e) {
        throw NumberBounds.exponentOverflow(file, text);
      }
      NumberBounds.check(file, docs);
      return docs;
    }
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .readValues(text)) {
      while (it.hasNextValue()) {
        int line = (int) it.getParser().currentTokenLocation().getLineNr();
        docs.add(new Doc(it.nextValue(), Math.max(1, line)));
      }
    } catch (JsonProcessingException e) {
      throw parseError(file, e);
    } catch (IOException e) {
      throw InputException.of(file, "cannot read: " + e.getMessage());
    } catch (NumberFormatException e) {
      throw NumberBounds.exponentOverflow(file, text);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof JsonProcessingException jpe) throw parseError(file, jpe);
      if (e.getCause() instanceof NumberFormatException) throw NumberBounds.exponentOverflow(file, text);
      throw InputException.of(file, "malformed JSON: " + e.getMessage());
    }
    NumberBounds.check(file, docs);
    return docs;
  }

  static InputException parseError(Path file, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    String where = loc == null || loc.getLineNr() < 1 ? null : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    String msg = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
    int nl = msg.indexOf('\n');
    if (nl >= 0) msg = msg.substring(0, nl);
    // Jackson quotes the offending token; it could be part of a secret, so it is not repeated.
    msg = QUOTED_TOKEN.matcher(msg).replaceAll("token");
    msg = QUOTED_VALUE.matcher(msg).replaceAll("");
    // Jackson appends where a structure began ("(start marker at [Source: ...])"): the line and
    // column above say where the file ends, which is what a reader can act on.
    msg = START_MARKER.matcher(msg).replaceAll("").trim();
    msg = withoutJacksonInternals(msg);
    if (msg.contains("end-of-input")) {
      String expected = END_OF_INPUT.matcher(msg).replaceFirst("");
      return InputException.at(file, where, "truncated JSON: the file ends early"
          + (expected.isEmpty() || expected.equals(msg) ? "" : " (" + expected + ")"));
    }
    return InputException.at(file, where, "malformed JSON: " + msg);
  }

  /**
   * Jackson's messages name its own settings ("enable `JsonReadFeature...` to allow", "from
   * `StreamReadConstraints...`"), which mean nothing to a user: those hints are dropped and the
   * constraint messages are said in rampart's terms.
   */
  static String withoutJacksonInternals(String msg) {
    java.util.regex.Matcher depth = NESTING_DEPTH.matcher(msg);
    if (depth.find()) {
      return "nested deeper than " + depth.group(2) + " levels (" + Limits.JSON_DEPTH.howToRaise() + ")";
    }
    java.util.regex.Matcher number = NUMBER_LENGTH.matcher(msg);
    if (number.find()) return "a number longer than " + number.group(2) + " characters";
    msg = ENABLE_HINT.matcher(msg).replaceAll("");
    msg = FROM_HINT.matcher(msg).replaceAll("");
    msg = JACKSON_NAME.matcher(msg).replaceAll("");
    return msg.trim();
  }

  // Compiled once: every malformed input goes through these (String.replaceAll compiles per call).
  private static final java.util.regex.Pattern QUOTED_TOKEN = java.util.regex.Pattern.compile("token '[^']*'");
  private static final java.util.regex.Pattern QUOTED_VALUE = java.util.regex.Pattern.compile("\\(\"[^\"]{2,}\"\\)");
  private static final java.util.regex.Pattern START_MARKER = java.util.regex.Pattern.compile("\\s*\\(start marker at .*$");
  private static final java.util.regex.Pattern END_OF_INPUT = java.util.regex.Pattern.compile("^Unexpected end-of-input:?\\s*");
  private static final java.util.regex.Pattern NESTING_DEPTH =
      java.util.regex.Pattern.compile("(?i)document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");
  private static final java.util.regex.Pattern NUMBER_LENGTH =
      java.util.regex.Pattern.compile("(?i)number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");
  private static final java.util.regex.Pattern ENABLE_HINT =
      java.util.regex.Pattern.compile("(?i);?\\s*\\(?(?:use|enable) `[^`]*`(?: to allow)?\\)?");
  private static final java.util.regex.Pattern FROM_HINT = java.util.regex.Pattern.compile("(?i)\\s*\\(?from `[^`]*`\\)?");
  private static final java.util.regex.Pattern JACKSON_NAME = java.util.regex.Pattern.compile("`[A-Za-z]+(?:\\.[A-Za-z_]+)+(?:\\(\\))?`");
}
