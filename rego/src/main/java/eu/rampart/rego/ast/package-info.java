/**
 * Rego abstract syntax: immutable records for terms, expressions, rules and modules, produced by
 * {@code parse} and rewritten (never mutated) by {@code compile}.
 */
package eu.rampart.rego.ast;
