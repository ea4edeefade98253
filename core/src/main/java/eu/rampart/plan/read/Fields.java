package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Typed access to JSON fields that reports the JSON path and the expected shape on failure. */
final class Fields {
  private final Path file;

  Fields(Path file) { this.file = file; }

  /**
   * A struct field as Pulumi's Go decoder finds it: encoding/json matches a JSON key to a field
   * name exactly or, failing that, case-insensitively (decodeState.object with foldName, which is
   * Unicode simple folding, so "Resources" and "reſources" are the field "resources"). Two keys
   * that both match would leave the result to key order, so such a document is refused.
   */
  JsonNode get(JsonNode parent, String field, String path) {
    JsonNode exact = parent.get(field);
    String match = null;
    for (java.util.Iterator<String> it = parent.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!sameField(k, field)) continue;
      if (match != null) {
        throw error(path, "has both \"" + match + "\" and \"" + k + "\": Pulumi reads these as the same field \"" + field
            + "\" (JSON keys of Pulumi's files match case-insensitively), so the document is ambiguous");
      }
      match = k;
    }
    if (exact != null || match == null) return exact;
    return parent.get(match);
  }

  boolean has(JsonNode parent, String field, String path) {
    return parent != null && parent.isObject() && get(parent, field, path) != null;
  }

  /**
   * Go's case folding of field names, close enough: String.regionMatches ignoring case compares
   * upper- then lower-case forms, so the Kelvin sign is "k" and the long s is "s", as in Go.
   */
  static boolean sameField(String key, String field) {
    return key.length() == field.length() && key.regionMatches(true, 0, field, 0, field.length());
  }

  InputException error(String path, String what) {
    return InputException.at(file, path, what);
  }

  JsonNode object(JsonNode parent, String field, String path) {
    JsonNode n = get(parent, field, path);
    if (n == null || n.isNull()) throw error(path + "." + field, "missing: expected an object");
    if (!n.isObject()) throw error(path + "." + field, "expected an object, found " + kind(n));
    return n;
  }

  JsonNode array(JsonNode parent, String field, String path) {
    JsonNode n = get(parent, field, path);
    if (n == null || n.isNull()) throw error(path + "." + field, "missing: expected an array");
    if (!n.isArray()) throw error(path + "." + field, "expected an array, found " + kind(n));
    return n;
  }

  /** An optional array; absent or null gives an empty array node. */
  JsonNode optArray(JsonNode parent, String field, String path) {
    JsonNode n = get(parent, field, path);
    if (n == null || n.isNull()) return JsonDocuments.MAPPER.createArrayNode();
    if (!n.isArray()) throw error(path + "." + field, "expected an array, found " + kind(n));
    return n;
  }

  String text(JsonNode parent, String field, String path) {
    JsonNode n = get(parent, field, path);
    if (n == null || n.isNull()) throw error(path + "." + field, "missing: expected a string");
    if (!n.isTextual()) throw error(path + "." + field, "expected a string, found " + kind(n));
    return n.textValue();
  }

  /** An optional string; absent, null or empty gives null. */
  String optText(JsonNode parent, String field, String path) {
    JsonNode n = get(parent, field, path);
    if (n == null || n.isNull()) return null;
    if (!n.isTextual()) throw error(path + "." + field, "expected a string, found " + kind(n));
    return n.textValue().isEmpty() ? null : n.textValue();
  }

  boolean optBool(JsonNode parent, String field, String path, boolean dflt) {
    JsonNode n = get(parent, field, path);
    if (n == null || n.isNull()) return dflt;
    if (!n.isBoolean()) throw error(path + "." + field, "expected true or false, found " + kind(n));
    return n.booleanValue();
  }

  List<String> optStrings(JsonNode parent, String field, String path) {
    JsonNode n = optArray(parent, field, path);
    List<String> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      if (!e.isTextual()) throw error(path + "." + field + "[" + i + "]", "expected a string, found " + kind(e));
      out.add(e.textValue());
    }
    return out;
  }

  static String kind(JsonNode n) {
    if (n == null || n.isNull()) return "null";
    if (n.isObject()) return "an object";
    if (n.isArray()) return "an array";
    if (n.isTextual()) return "a string";
    if (n.isNumber()) return "a number";
    if (n.isBoolean()) return "a boolean";
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
