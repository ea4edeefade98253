package eu.rampart.rego.eval;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.QueryResult;
import eu.rampart.rego.compile.CompiledPolicy;
import eu.rampart.rego.compile.CompiledQuery;
import eu.rampart.rego.compile.RuleNode;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a compiled query. Evaluation starts on the caller's thread; if the policy recurses so
 * deeply that the stack overflows, it is re-run once on a thread with a large stack, and if that
 * overflows too, the query fails with a clear error (never a StackOverflowError).
 */
public final class QueryRunner {
  private static final long BIG_STACK = 1L << 30;

  private QueryRunner() {}

  public static QueryResult run(CompiledPolicy p, CompiledQuery q, Value input, EvalOptions o) {
    try {
      return runHere(p, q, input, o);
    } catch (StackOverflowError e) {
      return runOnBigStack(p, q, input, o);
    }
  }

  private static QueryResult runOnBigStack(CompiledPolicy p, CompiledQuery q, Value input, EvalOptions o) {
    AtomicReference<Object> out = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        out.set(runHere(p, q, input, o));
      } catch (StackOverflowError e) {
        out.set(new EvalException("eval_internal_error",
            "evaluation recursed too deeply (stack exhausted); check for unbounded recursion in the policy or data", null, 0, 0));
      } catch (RuntimeException e) {
        out.set(e);
      }
    }, "rego-eval-deep", BIG_STACK);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EvalException("eval_cancel_error", "evaluation interrupted", null, 0, 0);
    }
    Object r = out.get();
    if (r instanceof RuntimeException re) throw re;
    return (QueryResult) r;
  }

  private static QueryResult runHere(CompiledPolicy p, CompiledQuery q, Value input, EvalOptions o) {
    if (o.parallelism() <= 1 || p.prints() || p.callsNondeterministic()) return runWith(new Evaluator(p, o, input), q);
    List<RuleNode> plan = q.documents();
    if (plan.size() < 2) return runWith(new Evaluator(p, o, input), q);
    // Helpers compute the documents the query needs from the far end of its plan while this
    // thread evaluates the query (from the front); with several helpers each starts a share of the
    // plan further in. Documents are shared, each computed once.
    SharedDocuments shared = new SharedDocuments();
    List<Thread> helpers = new ArrayList<>();
    int threads = o.parallelism();
    for (int i = 1; i < threads; i++) {
      Evaluator helper = new Evaluator(p, o, input, shared, true);
      int start = plan.size() - 1 - (i - 1) * (plan.size() / threads);
      Thread t = new Thread(null, () -> helper.prefetch(plan, start), "rego-eval-helper-" + i, BIG_STACK);
      t.setDaemon(true);
      helpers.add(t);
      t.start();
    }
    try {
      return runWith(new Evaluator(p, o, input, shared, false), q);
    } finally {
      shared.finished = true;
      for (Thread t : helpers) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static QueryResult runWith(Evaluator ev, CompiledQuery q) {
    Bindings b = new Bindings();
    int n = q.body().size();
    Value[] vals = new Value[n];
    List<Map<String, Value>> rows = new ArrayList<>();
    List<List<Value>> exprValues = new ArrayList<>();
    try {
      ev.query(q.body(), vals, b, () -> {
        Map<String, Value> row = new LinkedHashMap<>();
        for (String v : q.outputVars()) {
          Value x = b.get(v);
          if (x != null) row.put(v, x);
        }
        rows.add(row);
        Value[] byOriginal = new Value[n];
        for (int i = 0; i < n; i++) byOriginal[q.originalIndex()[i]] = vals[i];
        exprValues.add(Arrays.asList(byOriginal));
      });
    } finally {
      ev.publishCallSites();
    }
    return new QueryResult(rows, exprValues, q.exprTexts(), q.exprLocations());
  }
}
