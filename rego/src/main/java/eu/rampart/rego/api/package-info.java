/**
 * The public Java API: {@link eu.rampart.rego.api.Rego} (build and compile),
 * {@link eu.rampart.rego.api.PreparedQuery} (thread-safe evaluation),
 * {@link eu.rampart.rego.api.QueryResult}, and errors with OPA's codes and locations.
 */
package eu.rampart.rego.api;
