package eu.rampart.stacks.azure;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;

/** One resource registration as the engine would have received it, inputs as plain JSON. */
record Registered(String urn, String type, String name, boolean custom, String id, String parent,
    String provider, JsonObject inputs, boolean protect) {

  /** The value at a dotted path below the inputs, e.g. {@code encryption.keySource}. */
  Optional<JsonElement> at(String path) {
    JsonElement cur = inputs;
    for (String part : path.split("\\.")) {
      if (cur == null || !cur.isJsonObject()) return Optional.empty();
      cur = cur.getAsJsonObject().get(part);
    }
    return cur == null || cur.isJsonNull() ? Optional.empty() : Optional.of(cur);
  }

  String string(String path) {
    return at(path).filter(JsonElement::isJsonPrimitive).map(JsonElement::getAsString).orElse(null);
  }

  boolean isTrue(String path) {
    return at(path).filter(JsonElement::isJsonPrimitive).map(e -> e.getAsJsonPrimitive().isBoolean() && e.getAsBoolean())
        .orElse(false);
  }

  double number(String path) {
    return at(path).filter(e -> e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber())
        .map(JsonElement::getAsDouble).orElse(Double.NaN);
  }

  /** The provider resource's id, from the {@code <urn>::<id>} reference. */
  String providerUrn() {
    if (provider == null) return null;
    int at = provider.lastIndexOf("::");
    return at < 0 ? provider : provider.substring(0, at);
  }
}
