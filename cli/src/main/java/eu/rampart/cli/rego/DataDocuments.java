package eu.rampart.cli.rego;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import eu.rampart.rego.builtins.YamlDocuments;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import java.io.IOException;

/**
 * Data files decoded as OPA's loader decodes them (v1/loader loadJSON / loadYAML).
 *
 * <p>JSON goes through OPA's util.UnmarshalJSON: the first value is decoded, then one more token
 * is read and the file is refused when there is one ("invalid character '{' after top-level
 * value"). Only a following {@code null} slips through, because Go's Decoder.Token returns it as
 * a nil token; we accept exactly that case too. YAML goes through sigs.k8s.io/yaml: the first
 * document only.
 */
final class DataDocuments {
  private DataDocuments() {}

  static Value json(String name, String text) throws PolicyLoader.BadInput {
    try (JsonParser p = Json.factory().createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) throw new PolicyLoader.BadInput(name + ": malformed JSON: empty document, expected a JSON value");
      Value v = Json.read(p, t);
      JsonToken after;
      try {
        after = p.nextToken();
      } catch (JsonProcessingException garbage) {
        throw new PolicyLoader.BadInput(name + where(garbage.getLocation()) + ": malformed JSON after the first value: "
            + garbage.getOriginalMessage());
      }
      if (after != null && after != JsonToken.VALUE_NULL) {
        JsonLocation l = p.currentTokenLocation();
        throw new PolicyLoader.BadInput(name + where(l) + ": invalid character '" + firstChar(text, l)
            + "' after top-level value (OPA refuses a second JSON value in a data file)");
      }
      return v;
    } catch (JsonProcessingException e) {
      throw new PolicyLoader.BadInput(name + where(e.getLocation()) + ": malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new PolicyLoader.BadInput(name + ": cannot read: " + e.getMessage());
    }
  }

  static Value yaml(String name, String text) throws PolicyLoader.BadInput {
    try {
      return YamlDocuments.parse(text);
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
