package eu.rampart.rego.compile;

import eu.rampart.rego.api.RegoError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds cycles between rules (through data refs and function calls): rego_recursion_error. */
final class RecursionCheck {
  private final DependencyGraph graph;
  private final List<RegoError> errors;

  RecursionCheck(DependencyGraph graph, List<RegoError> errors) {
    this.graph = graph;
    this.errors = errors;
  }

  void run() {
    Set<String> done = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (String g : graph.groups.keySet()) dfs(g, new ArrayList<>(), new HashSet<>(), done, reported);
  }

  private void dfs(String g, List<String> stack, Set<String> onStack, Set<String> done, Set<String> reported) {
    if (done.contains(g)) return;
    if (onStack.contains(g)) {
      List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(g), stack.size()));
      cycle.add(g);
      if (reported.add(g)) {
        CompiledRule r = graph.groups.get(g).get(0);
        errors.add(new RegoError("rego_recursion_error", "rule " + g + " is recursive: " + String.join(" -> ", cycle),
            r.rule.loc().file(), r.rule.loc().line(), r.rule.loc().col()));
      }
      return;
    }
    stack.add(g);
    onStack.add(g);
    for (String d : graph.dependencies(g)) dfs(d, stack, onStack, done, reported);
    stack.remove(stack.size() - 1);
    onStack.remove(g);
    done.add(g);
  }
}
