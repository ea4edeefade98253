/**
 * Lexer and recursive-descent parser for Rego v1 (OPA 1.x default) and v0 modules and queries,
 * including template strings and {@code # METADATA} blocks. Errors are {@code rego_parse_error}.
 */
package eu.rampart.rego.parse;
