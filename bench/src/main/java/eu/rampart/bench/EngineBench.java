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
 * runs after warm-up, in CPU time of the measuring thread and in wall time. Every evaluation's answer is checked against the generator's count of
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
    try {
      run(args);
    } catch (IllegalStateException | eu.rampart.rego.api.RegoException | eu.rampart.rego.api.EvalException e) {
      // a wrong or failed evaluation is the finding, not a crash of the benchmark
      System.err.println("bench: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    int[] sizes = {1_000, 10_000, 100_000};
    int runs = 5, warmup = 3;
    Path dir = Path.of("bench", "target", "bench-data");
    Path markdown = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(value(args, ++i).split(",")).mapToInt(s -> number(s.trim())).toArray();
        case "--runs" -> runs = number(value(args, ++i));
        case "--warmup" -> warmup = number(value(args, ++i));
        case "--dir" -> dir = Path.of(value(args, ++i));
        case "--markdown" -> markdown = Path.of(value(args, ++i));
        default -> usage("unknown argument " + args[i]);
      }
    }
    if (runs < 1 || warmup < 0 || Arrays.stream(sizes).anyMatch(n -> n < 1)) usage("sizes and --runs must be at least 1, --warmup at least 0");
    Files.createDirectories(dir);
    String source = policy();
    Timing compile = median(3, 7, () -> Rego.builder().module("deny.rego", source).build().prepare(QUERY).hashCode());
    System.out.printf(Locale.ROOT, "compile + prepare of the 21-rule pack: %.1f ms CPU (%.1f ms wall)%n",
        compile.cpuNs() / 1e6, compile.wallNs() / 1e6);
    Rego rego = Rego.builder().module("deny.rego", source).timeout(Duration.ofMinutes(10)).build();
    PreparedQuery query = rego.prepare(QUERY);

    List<Row> rows = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%-8s %8s %17s %17s %17s %8s %12s %8s %8s %8s%n", "size", "file MB", "jackson ms cpu/wall",
        "toValue ms cpu/wall", "eval ms cpu/wall", "eval/jk", "ns/res-rule", "input MB", "peak MB", "denials");
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
      Timing jackson = median(w, r, () -> {
        JsonNode n = readTree(mapper, bytes);
        return n.size();
      });
      Timing toValue = median(w, r, () -> parse(bytes).hashCode());
      long before = liveHeapAfterGc();
      Value input = parse(bytes);
      long inputHeap = liveHeapAfterGc() - before;
      int expected = summary.expectedDenials();
      Timing eval = median(w, r, () -> {
        int got = denials(query, input);
        if (got != expected) {
          throw new IllegalStateException("wrong answer at " + size + " resources: " + got + " denials, generator injected "
              + expected + " " + summary.defects());
        }
        return got;
      });
      long peak = peakHeapDuring(() -> denials(query, input));
      Row row = new Row(size, bytes.length, jackson, toValue, eval, inputHeap, peak, expected);
      rows.add(row);
      System.out.printf(Locale.ROOT, "%-8d %8.1f %8.1f/%8.1f %8.1f/%8.1f %8.1f/%8.1f %8.2f %12.1f %8.1f %8.1f %8d%n", size,
          bytes.length / 1e6, jackson.cpuNs() / 1e6, jackson.wallNs() / 1e6, toValue.cpuNs() / 1e6, toValue.wallNs() / 1e6,
          eval.cpuNs() / 1e6, eval.wallNs() / 1e6, row.evalOverJackson(), row.nsPerResourceRule(), inputHeap / 1048576.0,
          peak / 1048576.0, expected);
    }
    if (markdown != null) {
      String text = markdownTable(rows) + String.format(Locale.ROOT, "%nCompile + prepare of the pack: %.1f ms CPU (%.1f ms wall).%n",
          compile.cpuNs() / 1e6, compile.wallNs() / 1e6);
      Files.writeString(markdown, text, StandardCharsets.UTF_8);
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) usage(args[i - 1] + " needs a value");
    return args[i];
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      usage("not a whole number: " + s);
      return 0;
    }
  }

  private static void usage(String problem) {
    System.err.println(problem + "; usage: EngineBench [--sizes 1000,10000,100000] [--runs N] [--warmup N] [--dir DIR] [--markdown FILE]");
    System.exit(2);
  }

  /** Median wall-clock and median CPU time (of the measuring thread, where parsing and evaluation run). */
  record Timing(long wallNs, long cpuNs) {}

  /** Ratios and per-item costs use CPU time: on a shared machine wall time mostly measures the neighbours. */
  record Row(int size, long bytes, Timing jackson, Timing toValue, Timing eval, long inputHeapBytes, long peakHeapBytes,
             int denials) {
    double nsPerResourceRule() { return (double) eval.cpuNs() / ((double) size * RULES); }

    double evalOverJackson() { return (double) eval.cpuNs() / jackson.cpuNs(); }
  }

  static String markdownTable(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| resources | file | Jackson tree parse (CPU / wall) | JSON → Value (CPU / wall) | eval `data.bench.deny` (CPU / wall) "
        + "| eval / Jackson (CPU) | ns per resource-rule (CPU) | input as Values (live heap) | peak heap (eval) | denials |\n");
    sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %,d | %.1f MB | %.1f / %.1f ms | %.1f / %.1f ms | %.1f / %.1f ms | %.2f× | %.1f | %.0f MB | %.0f MB | %,d |%n",
          r.size(), r.bytes() / 1e6, r.jackson().cpuNs() / 1e6, r.jackson().wallNs() / 1e6, r.toValue().cpuNs() / 1e6,
          r.toValue().wallNs() / 1e6, r.eval().cpuNs() / 1e6, r.eval().wallNs() / 1e6, r.evalOverJackson(),
          r.nsPerResourceRule(), r.inputHeapBytes() / 1048576.0, r.peakHeapBytes() / 1048576.0, r.denials()));
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

  /**
   * Warm-up spends at least this much CPU (and at most {@link #MAX_WARMUP_CALLS} calls), so small
   * sizes reach compiled code; counted in CPU, not wall time, because a loaded machine hands out
   * little CPU per second of wall time.
   */
  static final long MIN_WARMUP_CPU_NS = 3_000_000_000L;
  static final int MAX_WARMUP_CALLS = 300;

  /**
   * Median wall and CPU time in ns of {@code runs} calls after at least {@code warmup} untimed ones
   * (more while the warm-up has used under {@link #MIN_WARMUP_CPU_NS}); results are consumed.
   */
  static Timing median(int warmup, int runs, Supplier<Integer> task) {
    long sink = 0;
    long warmCpu = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < MAX_WARMUP_CALLS
        && (i < warmup || THREADS.getCurrentThreadCpuTime() - warmCpu < MIN_WARMUP_CPU_NS); i++) {
      sink += task.get();
    }
    long[] wall = new long[runs];
    long[] cpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      sink += task.get();
      wall[i] = System.nanoTime() - start;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }
    if (sink == Long.MIN_VALUE) System.out.print(""); // keeps the results observable
    Arrays.sort(wall);
    Arrays.sort(cpu);
    return new Timing(wall[runs / 2], cpu[runs / 2]);
  }

  private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Heap in use after a full collection: what is live. */
  static long liveHeapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * Peak heap while the task runs: a GC first, the heap pools' peak counters reset, then the
   * sum of the pools' peaks (an upper bound: the pools need not peak at the same moment).
   * Includes whatever was live before (the parsed input), which is the footprint a check run
   * actually needs.
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
