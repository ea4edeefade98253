package eu.rampart.cli.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every secret value a recorded Pulumi file holds, found by walking it: secret objects (their
 * plaintext, ciphertext, and for the {@code b64} provider the decoded ciphertext), and values
 * under sensitive property names. Used to prove that no output format prints any of them.
 */
public final class FixtureSecrets {
  static final String SIG = "4dabf18193072939515e22adb298388d";
  static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
  /** Shorter values cannot be told apart from ordinary words in a report. */
  static final int MIN = 4;

  private FixtureSecrets() {}

  public static Set<String> of(Path file) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    String text = Files.readString(file);
    ObjectMapper m = new ObjectMapper();
    try {
      walk(m.readTree(text), null, false, out, m);
    } catch (IOException e) {
      // an event stream: one JSON document per line
      for (String line : text.split("\n")) if (!line.isBlank()) walk(m.readTree(line), null, false, out, m);
    }
    // a secret object's JSON may repeat values the file also shows in the clear (Pulumi's
    // __inputs holds every input): those are public, not secrets
    Set<String> inClear = new LinkedHashSet<>();
    try {
      clearValues(m.readTree(text), inClear);
    } catch (IOException e) {
      for (String line : text.split("\n")) if (!line.isBlank()) clearValues(m.readTree(line), inClear);
    }
    out.removeIf(s -> inClear.contains(s) && !s.equals(SIG));
    out.removeIf(s -> s.length() < MIN || s.equals("[secret]") || s.equals("[unknown]")
        || s.equals("04da6b54-80e4-46f7-96ec-b56ff0331ba9"));
    return out;
  }

  private static void walk(JsonNode n, String key, boolean secretStore, Set<String> out, ObjectMapper m) {
    if (n == null) return;
    if (n.isObject()) {
      // secret stores (Key Vault secrets, SSM parameters) keep the secret under a generic "value"
      JsonNode type = n.get("type");
      if (type != null && type.isTextual() && (type.asText().endsWith(":Secret") || type.asText().contains("ssm/parameter"))) {
        secretStore = true;
      }
      JsonNode sig = n.get(SIG);
      if (sig != null && SECRET_SIG.equals(sig.asText())) {
        JsonNode plain = n.get("plaintext");
        if (plain != null && plain.isTextual()) addWithInner(plain.asText(), out, m);
        JsonNode cipher = n.get("ciphertext");
        if (cipher != null && cipher.isTextual() && !cipher.asText().equals("[secret]")) {
          out.add(cipher.asText());
          decodeB64(cipher.asText(), out, m);
        }
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(e.getValue(), e.getKey(), secretStore, out, m);
      }
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) walk(c, key, secretStore, out, m);
      return;
    }
    if (n.isTextual() && key != null && (sensitive(key) || (secretStore && key.equals("value")))) addWithInner(n.asText(), out, m);
  }

  /** Text values outside secret objects and outside sensitive keys. */
  private static void clearValues(JsonNode n, Set<String> out) {
    if (n == null) return;
    if (n.isObject()) {
      JsonNode sig = n.get(SIG);
      if (sig != null && SECRET_SIG.equals(sig.asText())) return;
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!sensitive(e.getKey()) && !e.getKey().equals("value")) clearValues(e.getValue(), out);
      }
    } else if (n.isArray()) {
      for (JsonNode c : n) clearValues(c, out);
    } else if (n.isTextual()) {
      out.add(n.asText());
    }
  }

  static boolean sensitive(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.endsWith("password") || k.equals("secretstring") || k.equals("secretbinary") || k.endsWith("privatekey")
        || k.equals("plaintext");
  }

  /** A plaintext is JSON text: the secret is both the text and, for a JSON string, its content. */
  private static void addWithInner(String s, Set<String> out, ObjectMapper m) {
    out.add(s);
    try {
      JsonNode inner = m.readTree(s);
      if (inner != null && inner.isTextual()) out.add(inner.asText());
      if (inner != null && (inner.isObject() || inner.isArray())) collectStrings(inner, out);
    } catch (IOException notJson) {
      // a bare string: the text itself is the secret
    }
  }

  private static void collectStrings(JsonNode n, Set<String> out) {
    if (n.isTextual()) out.add(n.asText());
    for (JsonNode c : n) collectStrings(c, out);
  }

  private static void decodeB64(String cipher, Set<String> out, ObjectMapper m) {
    try {
      String decoded = new String(Base64.getDecoder().decode(cipher), StandardCharsets.UTF_8);
      addWithInner(decoded, out, m);
    } catch (IllegalArgumentException notBase64) {
      // ciphertext of a real provider, not base64 of the plaintext
    }
  }
}
