package eu.rampart.cli.rego;

import eu.rampart.rego.api.QueryResult;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The output formats of {@code opa eval --format} (internal/presentation: JSON, Values,
 * Bindings, Pretty, Raw), JSON indented by two spaces as Go's json.Encoder with SetIndent.
 */
enum EvalOutput {
  json, values, bindings, pretty, raw;

  String render(QueryResult r) {
    StringBuilder sb = new StringBuilder();
    switch (this) {
      case json -> sb.append(r.isEmpty() ? "{}" : GoJson.indent(r.toValue())).append('\n');
      case values -> {
        for (List<Value> vals : r.expressionValues()) sb.append(GoJson.indent(ArrayValue.of(vals))).append('\n');
      }
      case bindings -> {
        for (Map<String, Value> row : r.rows()) sb.append(GoJson.indent(bindings(row))).append('\n');
      }
      case raw -> {
        for (List<Value> vals : r.expressionValues()) {
          for (int i = 0; i < vals.size(); i++) {
            Value v = vals.get(i);
            sb.append(v instanceof StringValue s ? s.value() : Json.write(v)).append(i + 1 < vals.size() ? " " : "\n");
          }
        }
      }
      case pretty -> pretty(r, sb);
    }
    return sb.toString();
  }

  private static ObjectValue bindings(Map<String, Value> row) {
    ObjectValue.Builder b = ObjectValue.builder();
    for (String k : new TreeSet<>(row.keySet())) b.put(k, row.get(k));
    return b.build();
  }

  /** presentation.prettyResult: one value alone as JSON, else a table of bindings and expression values. */
  private static void pretty(QueryResult r, StringBuilder sb) {
    if (r.isEmpty()) {
      sb.append("undefined\n");
      return;
    }
    List<List<Value>> exprs = r.expressionValues();
    if (r.rows().size() == 1 && r.rows().get(0).isEmpty()
        && (exprs.get(0).size() == 1 || exprs.get(0).stream().allMatch(v -> v instanceof BooleanValue))) {
      sb.append(GoJson.indent(exprs.get(0).get(0))).append('\n');
      return;
    }
    // columns: the bound variables, then every expression that is not simply true
    List<String> vars = new ArrayList<>(new TreeSet<>(r.rows().get(0).keySet()));
    List<Integer> shownExprs = new ArrayList<>();
    for (int e = 0; e < exprs.get(0).size(); e++) {
      final int idx = e;
      if (!exprs.stream().allMatch(row -> BooleanValue.TRUE.equals(row.get(idx)))) shownExprs.add(e);
    }
    List<String> header = new ArrayList<>(vars);
    for (int e : shownExprs) header.add(r.expressionTexts().get(e));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < r.rows().size(); i++) {
      List<String> cells = new ArrayList<>();
      for (String v : vars) cells.add(Json.write(r.rows().get(i).get(v)));
      for (int e : shownExprs) cells.add(Json.write(exprs.get(i).get(e)));
      rows.add(cells);
    }
    table(header, rows, sb);
  }

  private static void table(List<String> header, List<List<String>> rows, StringBuilder sb) {
    int[] w = new int[header.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = header.get(c).length();
      for (List<String> row : rows) w[c] = Math.max(w[c], row.get(c).length());
    }
    StringBuilder line = new StringBuilder("+");
    for (int width : w) line.append("-".repeat(width + 2)).append('+');
    sb.append(line).append('\n');
    appendRow(header, w, sb);
    sb.append(line).append('\n');
    for (List<String> row : rows) appendRow(row, w, sb);
    sb.append(line).append('\n');
  }

  private static void appendRow(List<String> cells, int[] w, StringBuilder sb) {
    sb.append('|');
    for (int c = 0; c < w.length; c++) sb.append(' ').append(cells.get(c)).append(" ".repeat(w[c] - cells.get(c).length())).append(" |");
    sb.append('\n');
  }
}
