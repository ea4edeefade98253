package eu.rampart.check;

import eu.rampart.rego.api.Annotation;
import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.api.QueryResult;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.eval.EvalOptions;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The policy pack on the pure-Java Rego engine: compiled once, {@code data.rampart.findings}
 * prepared once, evaluated per input with strict built-in errors (a built-in error is an
 * evaluation error, not an undefined rule that would let a resource pass).
 */
public final class RegoPolicyPack implements PolicyPack {
  public static final String QUERY = "data.rampart.findings";

  private final Rego rego;
  private final PreparedQuery query;
  private final List<Control> controls;
  private final List<Annotation> annotations;
  /** Evaluation settings; their print sink is where the pack's print() output goes. */
  private final EvalOptions options;

  private RegoPolicyPack(Rego rego, PreparedQuery query, List<Control> controls, List<Annotation> annotations,
                         EvalOptions options) {
    this.rego = rego;
    this.query = query;
    this.controls = List.copyOf(controls);
    this.annotations = List.copyOf(annotations);
    this.options = options;
  }

  /**
   * The same pack with its print() output sent to the sink (a command passes its masked stderr:
   * output of the pack may quote inputs, secrets included). Without one, print() output is dropped.
   */
  public RegoPolicyPack withPrintSink(Consumer<String> sink) {
    return new RegoPolicyPack(rego, query, controls, annotations, options.withPrintSink(sink));
  }

  /** Every non-test {@code *.rego} under a directory. */
  public static RegoPolicyPack fromDirectory(Path dir) throws PolicyEvaluationException {
    if (!Files.isDirectory(dir)) {
      throw new PolicyEvaluationException("policy directory " + dir + " does not exist or is not a directory");
    }
    return build(Rego.builder().modules(dir), dir.toString());
  }

  /** Modules given as file name to source text (the embedded pack). */
  public static RegoPolicyPack fromSources(Map<String, String> sources, String origin) throws PolicyEvaluationException {
    if (sources.isEmpty()) throw new PolicyEvaluationException("policy pack " + origin + " contains no .rego modules");
    Rego.Builder b = Rego.builder();
    sources.forEach(b::module);
    return build(b, origin);
  }

  private static RegoPolicyPack build(Rego.Builder builder, String origin) throws PolicyEvaluationException {
    try {
      // a second core computes part of the pack's documents while the first evaluates the query
      int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
      // print() output is dropped unless a caller says where it may go (withPrintSink): never raw to stderr
      Rego rego = builder.strictBuiltinErrors(true).timeout(Duration.ofSeconds(eu.rampart.limits.Limits.EVAL_SECONDS.value())).parallelism(threads).printSink(line -> { }).build();
      PreparedQuery q = rego.prepare(QUERY);
      return new RegoPolicyPack(rego, q, controlsOf(rego.annotations(), origin), rego.annotations(), rego.options());
    } catch (RegoException e) {
      throw new PolicyEvaluationException("policy pack " + origin + " does not compile: " + e.getMessage().replace('\n', ' '), e);
    } catch (RuntimeException e) {
      throw new PolicyEvaluationException("policy pack " + origin + " could not be loaded: " + e, e);
    }
  }

  static List<Control> controlsOf(List<Annotation> annotations, String origin) throws PolicyEvaluationException {
    Map<String, Control> byId = new LinkedHashMap<>();
    for (Annotation a : annotations) {
      ObjectValue custom = a.custom();
      if (custom == null) continue;
      String id = str(custom.get("id"));
      if (id == null || byId.containsKey(id)) continue;
      String where = a.file() + ":" + a.line();
      String sev = str(custom.get("severity"));
      String enf = str(custom.get("enforcement"));
      Severity severity = Severity.parse(sev).orElseThrow(() -> new PolicyEvaluationException(
          where + ": METADATA of " + id + " has custom.severity '" + sev + "', expected critical, high, medium or low"));
      Enforcement enforcement = Enforcement.parse(enf).orElseThrow(() -> new PolicyEvaluationException(
          where + ": METADATA of " + id + " has custom.enforcement '" + enf + "', expected mandatory, advisory or disabled"));
      String remediation = str(custom.get("remediation"));
      List<String> references = new ArrayList<>();
      Value refs = custom.get("references");
      if (refs != null) {
        if (!(refs instanceof eu.rampart.rego.value.ArrayValue list)) {
          throw new PolicyEvaluationException(where + ": METADATA of " + id + " has custom.references that is not a list of strings");
        }
        for (Value r : list.items()) {
          String ref = str(r);
          if (ref == null || ref.isBlank()) throw new PolicyEvaluationException(where + ": METADATA of " + id + " has a reference that is not a string");
          references.add(ref);
        }
      }
      byId.put(id, new Control(id, a.title() == null ? id : a.title(), a.description() == null ? "" : a.description(),
          severity, enforcement, remediation == null ? "" : remediation, references));
    }
    List<Control> out = new ArrayList<>(byId.values());
    out.sort((x, y) -> compareIds(x.id(), y.id()));
    return out;
  }

  /** RES-1 < RES-2 < ... < RES-10, families alphabetically. */
  static int compareIds(String a, String b) {
    int da = a.lastIndexOf('-'), db = b.lastIndexOf('-');
    if (da > 0 && db > 0) {
      int c = a.substring(0, da).compareTo(b.substring(0, db));
      if (c != 0) return c;
      try {
        return Integer.compare(Integer.parseInt(a.substring(da + 1)), Integer.parseInt(b.substring(db + 1)));
      } catch (NumberFormatException ignored) {
        // fall through to plain order
      }
    }
    return a.compareTo(b);
  }

  private static String str(Value v) { return v instanceof StringValue s ? s.value() : null; }

  @Override
  public List<Control> controls() { return controls; }

  /** Every METADATA annotation of the pack, for integrations that need more than the catalogue. */
  public List<Annotation> annotations() { return annotations; }

  /**
   * Another query on the same compiled pack (for example one control's rule), for integrations
   * that evaluate only part of the pack; evaluate it with {@link #evaluateOnOneThread}.
   */
  public PreparedQuery prepare(String query) throws PolicyEvaluationException {
    try {
      return rego.prepare(query);
    } catch (RegoException e) {
      throw new PolicyEvaluationException("query " + query + " does not compile: " + e.getMessage().replace('\n', ' '), e);
    }
  }

  /**
   * Evaluates a query from {@link #prepare} on the calling thread only, with the pack's other
   * options: for small inputs, where handing documents to a second thread costs more than it saves.
   */
  public Value evaluateOnOneThread(PreparedQuery q, Value input) throws PolicyEvaluationException {
    try {
      eu.rampart.rego.api.QueryResult r = q.eval(input, options.withParallelism(1));
      if (r.isEmpty()) return null;
      List<Value> vals = r.expressionValues().get(0);
      return vals.isEmpty() ? null : vals.get(vals.size() - 1);
    } catch (EvalException | RegoException e) {
      throw new PolicyEvaluationException("policy evaluation failed: " + e.getMessage().replace('\n', ' '), e);
    }
  }

  @Override
  public Value evaluateFindings(Value input) throws PolicyEvaluationException {
    try {
      QueryResult r = query.eval(input, options);
      if (r.isEmpty()) return null;
      List<Value> vals = r.expressionValues().get(0);
      return vals.isEmpty() ? null : vals.get(vals.size() - 1);
    } catch (EvalException e) {
      throw new PolicyEvaluationException("policy evaluation failed: " + e.getMessage().replace('\n', ' '), e);
    } catch (RegoException e) {
      throw new PolicyEvaluationException("policy evaluation failed: " + e.getMessage().replace('\n', ' '), e);
    }
  }
}
