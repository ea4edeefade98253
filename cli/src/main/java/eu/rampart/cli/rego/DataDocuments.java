package eu.rampart.cli.rego;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import eu.rampart.limits.Limits;
import eu.rampart.rego.builtins.YamlDocuments;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Data files decoded as OPA's loader decodes them (loader loadJSON / loadYAML).
 *
 * <p>JSON: OPA's loader decoded data files with one {@code json.Decoder.Decode} call (loader.go
 * loadJSON up to the 0.x series), so only the first value counted and whatever followed it was
 * never read. Real policy projects tested on those releases ship such files (a second object, a
 * stray bracket), and their tests pass there. We load them the same way and say on stderr what
 * was ignored; OPA 1.x's loader goes through util.UnmarshalJSON instead and refuses the file
 * ("invalid character '{' after top-level value"). A file whose first value is malformed is
 * refused either way. YAML goes through sigs.k8s.io/yaml: the first document only.
 */
final class DataDocuments {
  private DataDocuments() {}

  /**
   * A bundle's data.json or .manifest: the bundle reader goes through util.UnmarshalJSON, which
   * refuses more after the first value.
   */
  static Value strictJson(String name, String text) throws PolicyLoader.BadInput {
    FirstValue first = firstValue(name, text);
    if (first.trailing() != null) {
      throw new PolicyLoader.BadInput(name + where(first.trailing()) + ": invalid character '"
          + firstChar(text, first.trailing()) + "' after top-level value");
    }
    return first.value();
  }

  /** A data file's JSON: its first value; {@code warn} hears of anything after it. */
  static Value json(String name, String text, Consumer<String> warn) throws PolicyLoader.BadInput {
    FirstValue first = firstValue(name, text);
    if (first.trailing() != null) {
      warn.accept(name + where(first.trailing()) + ": warning: only the first JSON value is loaded, what follows from '"
          + firstChar(text, first.trailing()) + "' on is ignored (as OPA 0.x's loader; OPA 1.x refuses such a file)");
    }
    return first.value();
  }

  /** The first JSON value of a text, and where anything after it starts (null when nothing does). */
  private record FirstValue(Value value, JsonLocation trailing) {}

  private static FirstValue firstValue(String name, String text) throws PolicyLoader.BadInput {
    try (JsonParser p = Json.factory().createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) throw new PolicyLoader.BadInput(name + ": malformed JSON: empty document, expected a JSON value");
      Value v = Json.read(p, t);
      try {
        return new FirstValue(v, p.nextToken() == null ? null : p.currentTokenLocation());
      } catch (JsonProcessingException garbage) {
        return new FirstValue(v, garbage.getLocation());
      }
    } catch (JsonProcessingException e) {
      throw new PolicyLoader.BadInput(name + where(e.getLocation()) + ": malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new PolicyLoader.BadInput(name + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * A data file's YAML, bounded as environment files are (rampart.limits.yamlValues for the values
   * after alias expansion, rampart.limits.yamlDepth for nesting; the file size by the reader), so
   * an alias bomb or a recursive alias is one line, not gigabytes or a stack overflow.
   */
  static Value yaml(String name, String text) throws PolicyLoader.BadInput {
    try {
      return YamlDocuments.parse(text, Limits.YAML_VALUES.value(), Limits.YAML_DEPTH.intValue(),
          "raise with " + Limits.YAML_VALUES.variable() + "=N / " + Limits.YAML_DEPTH.variable() + "=N");
    } catch (IllegalArgumentException e) {
      throw new PolicyLoader.BadInput(name + ": error converting YAML to JSON: " + e.getMessage());
    }
  }

  private static String where(JsonLocation l) {
    return l == null || l.getLineNr() < 1 ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr();
  }

  private static String firstChar(String text, JsonLocation l) {
    long off = l == null ? -1 : l.getCharOffset();
    return off >= 0 && off < text.length() ? String.valueOf(text.charAt((int) off)) : "?";
  }
}
