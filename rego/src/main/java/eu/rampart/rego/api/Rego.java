package eu.rampart.rego.api;

import eu.rampart.rego.compile.CompiledPolicy;
import eu.rampart.rego.compile.Compiler;
import eu.rampart.rego.compile.ModuleSource;
import eu.rampart.rego.eval.EvalOptions;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A compiled set of Rego modules plus base data. Immutable and shareable between threads;
 * {@link #prepare(String)} compiles a query against it.
 */
public final class Rego {
  private final CompiledPolicy policy;
  private final EvalOptions options;

  private Rego(CompiledPolicy policy, EvalOptions options) {
    this.policy = policy;
    this.options = options;
  }

  public static Builder builder() { return new Builder(); }

  /** Compiles a query (e.g. {@code data.rampart.deny}); throws RegoException on parse/compile errors. */
  public PreparedQuery prepare(String query) {
    return new PreparedQuery(policy, policy.compileQuery(query), options);
  }

  public List<Annotation> annotations() { return policy.annotations(); }

  /** Package paths, e.g. {@code data.rampart.enc}. */
  public List<String> packages() { return policy.packages(); }

  /** Full rule paths, e.g. {@code data.rampart.enc.deny}. */
  public List<String> ruleNames() { return policy.ruleNames(); }

  /** The compiled policy, for the tester and other engine-internal tools. */
  public CompiledPolicy compiled() { return policy; }

  public EvalOptions options() { return options; }

  public static final class Builder {
    private final List<ModuleSource> modules = new ArrayList<>();
    private final List<Path> paths = new ArrayList<>();
    private boolean includeTests;
    private Value data = ObjectValue.EMPTY;
    private boolean strict;
    private Duration timeout = Duration.ofSeconds(30);
    private long maxSteps = 0;
    private Consumer<String> printSink = line -> System.err.println(line);
    private RegoVersion defaultVersion = RegoVersion.V1;
    private int parallelism = 1;
    private Value runtime = eu.rampart.rego.builtins.RuntimeBuiltins.opaRuntimeShape();

    public Builder module(String fileName, String source) {
      return module(fileName, source, RegoVersion.V1);
    }

    public Builder module(String fileName, String source, RegoVersion version) {
      modules.add(new ModuleSource(fileName, source, version));
      return this;
    }

    /** Adds every *.rego file under a directory (or the file itself); *_test.rego only with includeTests. */
    public Builder modules(Path fileOrDir) {
      paths.add(fileOrDir);
      return this;
    }

    /** Language version for modules added through {@link #modules(Path)}. */
    public Builder defaultVersion(RegoVersion v) { this.defaultVersion = v; return this; }

    public Builder includeTests(boolean b) { this.includeTests = b; return this; }

    public Builder data(Value data) { this.data = data == null ? ObjectValue.EMPTY : data; return this; }

    /** The base document set so far. */
    public Value currentData() { return data; }

    public Builder strictBuiltinErrors(boolean b) { this.strict = b; return this; }

    public Builder timeout(Duration d) { this.timeout = d; return this; }

    /** Maximum evaluation steps per query; 0 means no step limit. */
    public Builder maxSteps(long n) { this.maxSteps = n; return this; }

    public Builder printSink(Consumer<String> sink) { this.printSink = sink; return this; }

    /**
     * Threads that may compute the documents one query needs (default 1, the caller's thread
     * only). Results are the same at any setting; policies that call print always use one.
     */
    public Builder parallelism(int threads) { this.parallelism = Math.max(1, threads); return this; }

    /**
     * What {@code opa.runtime()} returns. Default: OPA's shape as {@code opa eval} and {@code opa test}
     * give it ({@code env}, {@code version}, {@code commit}, {@code config}) with an empty {@code env}:
     * the process environment is never exposed. OPA's Go test harness, which sets no runtime, sees {}.
     */
    public Builder runtime(Value info) { this.runtime = info == null ? ObjectValue.EMPTY : info; return this; }

    public Rego build() {
      List<ModuleSource> all = new ArrayList<>(modules);
      for (Path p : paths) all.addAll(load(p));
      if (!(data instanceof ObjectValue)) {
        throw new RegoException(new RegoError("rego_compile_error", "data must be an object but got " + data.typeName(), null, 0, 0));
      }
      CompiledPolicy policy = Compiler.compile(all, (ObjectValue) data, runtime);
      return new Rego(policy, new EvalOptions(strict, timeout, maxSteps, printSink, parallelism));
    }

    private List<ModuleSource> load(Path p) {
      List<ModuleSource> out = new ArrayList<>();
      if (!Files.exists(p)) {
        throw new RegoException(new RegoError("rego_parse_error", "no such file or directory", p.toString(), 0, 0));
      }
      try (Stream<Path> s = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
        List<Path> files = s.filter(Files::isRegularFile)
            .filter(f -> f.getFileName().toString().endsWith(".rego"))
            .filter(f -> includeTests || !f.getFileName().toString().endsWith("_test.rego"))
            .sorted().toList();
        for (Path f : files) {
          out.add(new ModuleSource(f.toString(), Files.readString(f, StandardCharsets.UTF_8), defaultVersion));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }
  }
}
