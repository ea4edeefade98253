package eu.rampart.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the Rego engine on {@code data.bench.deny} (bench/deny.rego, 21 rules) over generated
 * inputs, next to Jackson parsing the same file. Per size: file size, Jackson tree parse, JSON to
 * engine Value conversion, evaluation, ns per resource-rule and peak heap, as medians of several
 * runs after warm-up. Every evaluation's answer is checked against the generator's count of
 * injected defects; a wrong answer aborts the run (exit 1) instead of producing a timing.
 *
 * <p>Usage: {@code EngineBench [--sizes 1000,10000,100000] [--runs 5] [--warmup 3] [--dir bench/target/bench-data]
 * [--markdown out.md]}
 */
public final class EngineBench {
  static final String QUERY = "data.bench.deny";
  static final int RULES = 21;
  static final long SEED = 20260115L;

  public static void main(String[] args) throws Exception {
    int[] sizes = {1_000, 10_000, 100_000};
    int runs = 5, warmup = 3;
    Path dir = Path.of("bench", "target", "bench-data");
    Path markdown = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--markdown" -> markdown = Path.of(args[++i]);
        default -> {
          System.err.println("unknown argument " + args[i]
              + "; usage: EngineBench [--sizes 1000,10000,100000] [--runs N] [--warmup N] [--dir DIR] [--markdown FILE]");
          System.exit(2);
        }
      }
    }
    Files.createDirectories(dir);
    Rego rego = Rego.builder().module("deny.rego", policy()).timeout(Duration.ofMinutes(10)).build();
    PreparedQuery query = rego.prepare(QUERY);

    List<Row> rows = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%-8s %9s %11s %11s %11s %9s %13s %11s %8s%n", "size", "file MB", "jackson ms",
        "toValue ms", "eval ms", "eval/jk", "ns/res-rule", "peak MB", "denials");
    for (int size : sizes) {
      Path file = dir.resolve("input-" + size + ".json");
      ResourceGenerator.Summary summary;
      try (OutputStream out = Files.newOutputStream(file)) {
        summary = ResourceGenerator.write(size, SEED, out);
      }
      byte[] bytes = Files.readAllBytes(file);
      int w = size >= 100_000 ? Math.min(warmup, 1) : warmup;
      int r = size >= 100_000 ? Math.min(runs, 3) : runs;
      ObjectMapper mapper = new ObjectMapper();
      long jackson = median(w, r, () -> {
        JsonNode n = readTree(mapper, bytes);
        return n.size();
      });
      long toValue = median(w, r, () -> parse(bytes).hashCode());
      Value input = parse(bytes);
      int expected = summary.expectedDenials();
      long eval = median(w, r, () -> {
        int got = denials(query, input);
        if (got != expected) {
          throw new IllegalStateException("wrong answer at " + size + " resources: " + got + " denials, generator injected "
              + expected + " " + summary.defects());
        }
        return got;
      });
      long peak = peakHeapDuring(() -> denials(query, input));
      Row row = new Row(size, bytes.length, jackson, toValue, eval, peak, expected);
      rows.add(row);
      System.out.printf(Locale.ROOT, "%-8d %9.1f %11.1f %11.1f %11.1f %9.2f %13.1f %11.1f %8d%n", size, bytes.length / 1e6,
          jackson / 1e6, toValue / 1e6, eval / 1e6, (double) eval / jackson, row.nsPerResourceRule(), peak / 1048576.0, expected);
    }
    if (markdown != null) Files.writeString(markdown, markdownTable(rows), StandardCharsets.UTF_8);
  }

  record Row(int size, long bytes, long jacksonNs, long toValueNs, long evalNs, long peakHeapBytes, int denials) {
    double nsPerResourceRule() { return (double) evalNs / ((double) size * RULES); }
  }

  static String markdownTable(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| resources | file | Jackson tree parse | JSON → Value | eval `data.bench.deny` | eval / Jackson | ns per resource-rule | peak heap (eval) | denials |\n");
    sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %,d | %.1f MB | %.1f ms | %.1f ms | %.1f ms | %.2f× | %.1f | %.0f MB | %,d |%n", r.size(),
          r.bytes() / 1e6, r.jacksonNs() / 1e6, r.toValueNs() / 1e6, r.evalNs() / 1e6, (double) r.evalNs() / r.jacksonNs(),
          r.nsPerResourceRule(), r.peakHeapBytes() / 1048576.0, r.denials()));
    }
    return sb.toString();
  }

  static String policy() throws IOException {
    try (InputStream in = EngineBench.class.getResourceAsStream("deny.rego")) {
      if (in == null) throw new IOException("bench policy eu/rampart/bench/deny.rego missing from the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static int denials(PreparedQuery query, Value input) {
    Value v = query.evalValue(input);
    if (!(v instanceof SetValue s)) throw new IllegalStateException(QUERY + " is not a set: " + v);
    return s.size();
  }

  static Value parse(byte[] bytes) {
    try {
      return Json.parse(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode readTree(ObjectMapper mapper, byte[] bytes) {
    try {
      return mapper.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Median wall time in ns of {@code runs} calls after {@code warmup} untimed ones; results are consumed. */
  static long median(int warmup, int runs, Supplier<Integer> task) {
    long sink = 0;
    for (int i = 0; i < warmup; i++) sink += task.get();
    long[] t = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      sink += task.get();
      t[i] = System.nanoTime() - start;
    }
    if (sink == Long.MIN_VALUE) System.out.print(""); // keeps the results observable
    Arrays.sort(t);
    return t[runs / 2];
  }

  /**
   * Peak heap while the task runs: a GC first, the heap pools' peak counters reset, then the
   * sum of the pools' peaks. Includes whatever was live before (the parsed input), which is
   * the footprint a check run actually needs.
   */
  static long peakHeapDuring(Supplier<Integer> task) {
    System.gc();
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid()) {
        heap.add(p);
        p.resetPeakUsage();
      }
    }
    task.get();
    long peak = 0;
    for (MemoryPoolMXBean p : heap) peak += p.getPeakUsage().getUsed();
    return peak;
  }
}
