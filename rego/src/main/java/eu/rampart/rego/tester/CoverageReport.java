package eu.rampart.rego.tester;

import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Module;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import eu.rampart.rego.eval.CoverageTracker;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The coverage report of {@code opa test --coverage}, in its JSON shape (OPA's v1/cover
 * Cover.Report): per file the covered and not-covered line ranges, their line counts and the
 * percentage; then the totals. A line is not covered when a rule head or an expression (other
 * than a {@code some} declaration) starts on it and evaluation never reached it.
 */
public final class CoverageReport {
  private CoverageReport() {}

  public static ObjectValue of(List<Module> modules, CoverageTracker tracker) {
    Map<String, Set<Integer>> covered = tracker.hits();
    Map<String, List<int[]>> coveredRanges = new TreeMap<>();
    covered.forEach((f, rows) -> coveredRanges.put(f, ranges(rows)));
    Map<String, List<int[]>> notCoveredRanges = new TreeMap<>();
    for (Module m : modules) {
      if (m.file() == null || m.file().isEmpty()) continue;
      List<int[]> cov = coveredRanges.getOrDefault(m.file(), List.of());
      Set<Integer> missed = new TreeSet<>();
      for (Rule r : m.rules()) rule(r, cov, missed);
      notCoveredRanges.put(m.file(), ranges(missed));
    }
    Set<String> files = new TreeSet<>(coveredRanges.keySet());
    files.addAll(notCoveredRanges.keySet());
    ObjectValue.Builder filesOut = ObjectValue.builder();
    long totalCovered = 0, totalMissed = 0;
    for (String f : files) {
      List<int[]> c = coveredRanges.getOrDefault(f, List.of()), n = notCoveredRanges.getOrDefault(f, List.of());
      long lc = lines(c), ln = lines(n);
      totalCovered += lc;
      totalMissed += ln;
      // Go's encoding/json omits empty and zero fields here (omitempty)
      ObjectValue.Builder fr = ObjectValue.builder();
      if (!c.isEmpty()) fr.put("covered", rangesValue(c));
      if (!n.isEmpty()) fr.put("not_covered", rangesValue(n));
      if (lc != 0) fr.put("covered_lines", NumberValue.of(lc));
      if (ln != 0) fr.put("not_covered_lines", NumberValue.of(ln));
      if (lc + ln != 0 && lc != 0) fr.put("coverage", percent(lc, lc + ln));
      filesOut.put(f, fr.build());
    }
    return ObjectValue.builder()
        .put("files", filesOut.build())
        .put("covered_lines", NumberValue.of(totalCovered))
        .put("not_covered_lines", NumberValue.of(totalMissed))
        .put("coverage", totalCovered + totalMissed == 0 ? NumberValue.of(0) : percent(totalCovered, totalCovered + totalMissed))
        .build();
  }

  private static Value percent(long part, long whole) {
    double p = 100.0 * part / whole;
    return p == Math.rint(p) ? NumberValue.of((long) p) : NumberValue.of(p);
  }

  private static void rule(Rule r, List<int[]> cov, Set<Integer> missed) {
    for (Rule x = r; x != null; x = x.elseRule()) {
      if (x.loc() != null && !in(cov, x.loc().line())) missed.add(x.loc().line());
      exprs(x.body(), cov, missed);
      term(x.value(), cov, missed);
      term(x.key(), cov, missed);
    }
  }

  private static void exprs(List<Expr> body, List<int[]> cov, Set<Integer> missed) {
    if (body == null) return;
    for (Expr e : body) {
      if (e.kind() != Expr.Kind.SOME_DECL && e.loc() != null && !in(cov, e.loc().line())) missed.add(e.loc().line());
      term(e.term(), cov, missed);
      term(e.domain(), cov, missed);
      exprs(e.body(), cov, missed);
      for (Expr.With w : e.withs()) term(w.value(), cov, missed);
    }
  }

  /** Expressions inside comprehensions count too (OPA's ast.WalkExprs visits them). */
  private static void term(Term t, List<int[]> cov, Set<Integer> missed) {
    if (t == null) return;
    if (t instanceof Term.ArrayCompr c) { term(c.term(), cov, missed); exprs(c.body(), cov, missed); }
    else if (t instanceof Term.SetCompr c) { term(c.term(), cov, missed); exprs(c.body(), cov, missed); }
    else if (t instanceof Term.ObjectCompr c) { term(c.key(), cov, missed); term(c.value(), cov, missed); exprs(c.body(), cov, missed); }
    else if (t instanceof Term.Ref r) { term(r.head(), cov, missed); for (Term p : r.path()) term(p, cov, missed); }
    else if (t instanceof Term.Call c) { for (Term a : c.args()) term(a, cov, missed); }
    else if (t instanceof Term.ArrayTerm a) { for (Term x : a.items()) term(x, cov, missed); }
    else if (t instanceof Term.SetTerm s) { for (Term x : s.items()) term(x, cov, missed); }
    else if (t instanceof Term.ObjectTerm o) {
      for (Term x : o.keys()) term(x, cov, missed);
      for (Term x : o.values()) term(x, cov, missed);
    }
  }

  private static boolean in(List<int[]> ranges, int row) {
    for (int[] r : ranges) if (row >= r[0] && row <= r[1]) return true;
    return false;
  }

  /** Consecutive rows joined into ranges (cover.sortedPositionSliceToRangeSlice). */
  static List<int[]> ranges(Set<Integer> sortedRows) {
    List<int[]> out = new ArrayList<>();
    int[] cur = null;
    for (int row : sortedRows) {
      if (cur != null && row == cur[1] + 1) cur[1] = row;
      else if (cur == null || row != cur[1]) {
        cur = new int[] {row, row};
        out.add(cur);
      }
    }
    return out;
  }

  private static long lines(List<int[]> ranges) {
    long n = 0;
    for (int[] r : ranges) n += r[1] - r[0] + 1;
    return n;
  }

  private static Value rangesValue(List<int[]> ranges) {
    List<Value> out = new ArrayList<>();
    for (int[] r : ranges) {
      out.add(ObjectValue.builder()
          .put("start", ObjectValue.builder().put("row", NumberValue.of(r[0])).build())
          .put("end", ObjectValue.builder().put("row", NumberValue.of(r[1])).build()).build());
    }
    return ArrayValue.of(out);
  }
}
