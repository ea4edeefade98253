/**
 * The compiler, after OPA's: name resolution (imports, package rules, shadowing), safety
 * analysis with body reordering, rule tree and rule-kind conflicts, call checks, recursion
 * detection, rule indexes and METADATA binding. The result, {@link eu.rampart.rego.compile.CompiledPolicy},
 * is immutable and shared by concurrent evaluations.
 */
package eu.rampart.rego.compile;
