package eu.rampart.rego.compile;

import eu.rampart.rego.ast.Expr;
import java.util.List;

/**
 * A compiled query: the reordered body, for each reordered expression its index in the text,
 * the names of the variables reported in result rows, each original expression's text and position,
 * and the documents it may evaluate, dependencies first (the plan of a parallel evaluation,
 * worked out once here rather than on every evaluation).
 */
public record CompiledQuery(List<Expr> body, int[] originalIndex, List<String> outputVars,
                            List<String> exprTexts, List<int[]> exprLocations, List<RuleNode> documents) {}
