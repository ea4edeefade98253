package eu.rampart.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The policy pack packaged with the CLI under {@code rampart/policies/} on the classpath (copied
 * there by the CLI build), read from a directory or from inside a jar.
 */
public final class EmbeddedPolicies {
  public static final String RESOURCE_DIR = "rampart/policies";

  private EmbeddedPolicies() {}

  public static RegoPolicyPack load(ClassLoader loader) throws PolicyEvaluationException {
    return RegoPolicyPack.fromSources(sources(loader), "(embedded)");
  }

  /** File name (relative to the pack root, prefixed with the pack name) to source. */
  public static Map<String, String> sources(ClassLoader loader) throws PolicyEvaluationException {
    URL url = loader.getResource(RESOURCE_DIR);
    if (url == null) {
      throw new PolicyEvaluationException("no embedded policy pack on the classpath (" + RESOURCE_DIR
          + "/); rebuild the CLI or pass --policies DIR");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return read(fs.getPath(RESOURCE_DIR));
        }
      }
      return read(Path.of(uri));
    } catch (IOException | URISyntaxException e) {
      throw new PolicyEvaluationException("cannot read the embedded policy pack: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".rego"))
          .filter(p -> !p.getFileName().toString().endsWith("_test.rego"))
          .toList();
    }
    for (Path p : files) {
      try (InputStream in = Files.newInputStream(p)) {
        out.put("policies/" + root.relativize(p).toString().replace('\\', '/'), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
