package eu.rampart.plan.mock;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the parent process asks the planner to do; read from a JSON file named on the command line. */
final class PlanRequest {
  String program;
  String project;
  String stack;
  String environment;
  Map<String, String> config = new LinkedHashMap<>();
  List<String> secretKeys = List.of();
  String output;
  String errorFile;
  boolean progress;

  static PlanRequest read(Path file) throws IOException {
    PlanRequest r;
    try {
      r = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), PlanRequest.class);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("planner request " + file + " is not valid JSON: " + e.getMessage());
    }
    if (r == null) throw new IllegalArgumentException("planner request " + file + " is empty");
    require(file, "program", r.program);
    require(file, "project", r.project);
    require(file, "stack", r.stack);
    require(file, "output", r.output);
    if (r.config == null) r.config = new LinkedHashMap<>();
    if (r.secretKeys == null) r.secretKeys = List.of();
    if (r.environment == null) r.environment = r.stack;
    return r;
  }

  private static void require(Path file, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("planner request " + file + ": field '" + field + "' is required");
    }
  }
}
