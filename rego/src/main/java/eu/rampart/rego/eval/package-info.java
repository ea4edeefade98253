/**
 * Top-down evaluation in continuation-passing style: unification with backtracking, virtual
 * documents merged with base data and memoised per query (and per {@code with} context),
 * function memoisation, early exit for constant-valued rules, budgets, and a large-stack
 * re-run so deep evaluations never surface as {@code StackOverflowError}.
 */
package eu.rampart.rego.eval;
