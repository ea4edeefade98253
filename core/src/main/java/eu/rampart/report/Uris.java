package eu.rampart.report;

import java.net.URI;
import java.net.URISyntaxException;

/** Input names as URI references for SARIF: forward slashes, percent-encoded where needed. */
final class Uris {
  private Uris() {}

  static String relativeReference(String path) {
    String p = path.replace('\\', '/');
    try {
      if (p.startsWith("/")) return new URI("file", null, p, null).toASCIIString();
      return new URI(null, null, p, null).toASCIIString();
    } catch (URISyntaxException e) {
      // a relative path with a colon in its first segment: make it explicit
      try {
        return new URI(null, null, "./" + p, null).toASCIIString();
      } catch (URISyntaxException e2) {
        return "unknown";
      }
    }
  }
}
