package eu.rampart.cli.rego;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoVersion;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.JavaValues;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads {@code -d} paths like {@code opa eval}: .rego files become modules, .json/.yaml files
 * are merged into the base document. Bad input is a {@link BadInput} naming file, line and column.
 */
final class PolicyLoader {
  private PolicyLoader() {}

  /** Unreadable or malformed input (exit code 2). */
  static final class BadInput extends Exception {
    BadInput(String message) { super(message); }
  }

  static void load(List<Path> paths, Rego.Builder b, RegoVersion version, boolean tests) throws BadInput {
    ObjectValue data = ObjectValue.EMPTY;
    for (Path p : paths) {
      if (!Files.exists(p)) throw new BadInput(p + ": no such file or directory");
      List<Path> files;
      try (Stream<Path> s = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException e) {
        throw new BadInput(p + ": cannot read: " + e.getMessage());
      }
      for (Path f : files) {
        String n = f.getFileName().toString();
        if (n.endsWith(".rego")) {
          if (!tests && n.endsWith("_test.rego") && Files.isDirectory(p)) continue;
          try {
            b.module(f.toString(), Files.readString(f, StandardCharsets.UTF_8), version);
          } catch (IOException e) {
            throw new BadInput(f + ": cannot read: " + e.getMessage());
          }
        } else if (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml")) {
          Value v = readValue(f);
          // As opa loads them: a data file in sub/dir/ of a -d directory lands at data.sub.dir.
          if (Files.isDirectory(p)) {
            Path rel = p.relativize(f.getParent());
            for (int k = rel.getNameCount() - 1; k >= 0; k--) {
              String seg = rel.getName(k).toString();
              if (seg.isEmpty()) continue;
              v = ObjectValue.builder().put(seg, v).build();
            }
          }
          if (!(v instanceof ObjectValue o)) throw new BadInput(f + ": data file must hold an object but holds " + v.typeName());
          data = merge(data, o, f);
        } else if (!Files.isDirectory(p)) {
          throw new BadInput(f + ": unsupported file type (expected .rego, .json, .yaml or .yml)");
        }
      }
    }
    b.data(data);
  }

  static Value readValue(Path f) throws BadInput {
    String n = f.getFileName().toString();
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        return JavaValues.from(new Yaml().load(r));
      } catch (MarkedYAMLException e) {
        throw new BadInput(f + ":" + (e.getProblemMark().getLine() + 1) + ":" + (e.getProblemMark().getColumn() + 1)
            + ": malformed YAML: " + e.getProblem());
      } catch (IOException | RuntimeException e) {
        throw new BadInput(f + ": cannot read YAML: " + e.getMessage());
      }
    }
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return Json.parse(r);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String where = l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr();
      throw new BadInput(f + where + ": malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInput(f + ": cannot read: " + e.getMessage());
    }
  }

  private static ObjectValue merge(ObjectValue a, ObjectValue b, Path f) throws BadInput {
    LinkedHashMap<Value, Value> m = new LinkedHashMap<>(a.asMap());
    for (Map.Entry<Value, Value> e : b.entries()) {
      Value prev = m.get(e.getKey());
      if (prev instanceof ObjectValue po && e.getValue() instanceof ObjectValue no) m.put(e.getKey(), merge(po, no, f));
      else if (prev != null && !prev.equals(e.getValue())) throw new BadInput(f + ": data conflicts at key " + e.getKey());
      else m.put(e.getKey(), e.getValue());
    }
    return ObjectValue.wrap(m);
  }
}
