package eu.rampart.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Pretty JSON through Jackson's streaming generator (exact escaping, stable field order). */
final class JsonWriting {
  private static final JsonFactory FACTORY = new JsonFactory();

  interface Body { void write(JsonGenerator g) throws IOException; }

  private JsonWriting() {}

  static String write(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.append('\n').toString();
  }
}
