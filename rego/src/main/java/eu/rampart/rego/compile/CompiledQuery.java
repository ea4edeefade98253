package eu.rampart.rego.compile;

import eu.rampart.rego.ast.Expr;
import java.util.List;

/**
 * A compiled query: the reordered body, for each reordered expression its index in the text,
 * the names of the variables reported in result rows, and each original expression's text and position.
 */
public record CompiledQuery(List<Expr> body, int[] originalIndex, List<String> outputVars,
                            List<String> exprTexts, List<int[]> exprLocations) {}
