package eu.rampart.rego.api;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.List;
import java.util.Map;

/** Result rows of one query evaluation: variable bindings plus each expression's value per row. */
public final class QueryResult {
  private final List<Map<String, Value>> rows;
  private final List<List<Value>> expressionValues;
  private final List<String> expressionTexts;
  private final List<int[]> expressionLocations;

  public QueryResult(List<Map<String, Value>> rows, List<List<Value>> expressionValues,
                     List<String> expressionTexts, List<int[]> expressionLocations) {
    this.rows = List.copyOf(rows);
    this.expressionValues = List.copyOf(expressionValues);
    this.expressionTexts = List.copyOf(expressionTexts);
    this.expressionLocations = List.copyOf(expressionLocations);
  }

  public boolean isEmpty() { return rows.isEmpty(); }

  /** Bindings of the query's named variables, one map per solution. */
  public List<Map<String, Value>> rows() { return rows; }

  /** For each solution, the value of each top-level expression of the query. */
  public List<List<Value>> expressionValues() { return expressionValues; }

  /** The source text of each top-level expression of the query. */
  public List<String> expressionTexts() { return expressionTexts; }

  /** The shape of {@code opa eval --format json}; undefined is {@code {}}. */
  public String toJson() { return toJson(false); }

  /** The {@code opa eval} result document as a value: {"result": [{"expressions": [...], "bindings": {...}}]}. */
  public Value toValue() {
    java.util.List<Value> results = new java.util.ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      java.util.List<Value> exprs = new java.util.ArrayList<>();
      List<Value> vals = expressionValues.get(r);
      for (int e = 0; e < vals.size(); e++) {
        int[] loc = expressionLocations.get(e);
        exprs.add(ObjectValue.builder().put("value", vals.get(e)).put("text", StringValue.of(expressionTexts.get(e)))
            .put("location", ObjectValue.builder().put("row", NumberValue.of(loc[0])).put("col", NumberValue.of(loc[1])).build())
            .build());
      }
      ObjectValue.Builder row = ObjectValue.builder().put("expressions", ArrayValue.of(exprs));
      if (!rows.get(r).isEmpty()) {
        ObjectValue.Builder bs = ObjectValue.builder();
        for (Map.Entry<String, Value> en : rows.get(r).entrySet()) bs.put(en.getKey(), en.getValue());
        row.put("bindings", bs.build());
      }
      results.add(row.build());
    }
    return ObjectValue.builder().put("result", ArrayValue.of(results)).build();
  }

  public String toJson(boolean pretty) {
    if (pretty) return rows.isEmpty() ? "{}" : Json.writePretty(toValue());
    StringBuilder sb = new StringBuilder();
    String nl = "";
    String in1 = "";
    if (rows.isEmpty()) return "{}";
    sb.append('{').append(nl).append(in1).append("\"result\":").append('[');
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) sb.append(',');
      sb.append("{\"expressions\":[");
      List<Value> vals = expressionValues.get(r);
      for (int e = 0; e < vals.size(); e++) {
        if (e > 0) sb.append(',');
        int[] loc = expressionLocations.get(e);
        sb.append("{\"value\":").append(Json.write(vals.get(e)))
            .append(",\"text\":").append(Json.write(StringValue.of(expressionTexts.get(e))))
            .append(",\"location\":{\"row\":").append(loc[0]).append(",\"col\":").append(loc[1]).append("}}");
      }
      sb.append(']');
      Map<String, Value> b = rows.get(r);
      if (!b.isEmpty()) {
        sb.append(",\"bindings\":{");
        boolean first = true;
        for (Map.Entry<String, Value> en : new java.util.TreeMap<>(b).entrySet()) {
          if (!first) sb.append(',');
          first = false;
          sb.append(Json.write(StringValue.of(en.getKey()))).append(':').append(Json.write(en.getValue()));
        }
        sb.append('}');
      }
      sb.append('}');
    }
    sb.append(']').append(nl).append('}');
    return sb.toString();
  }
}
