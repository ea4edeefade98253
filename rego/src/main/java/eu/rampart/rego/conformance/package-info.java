/** Loads and runs OPA's YAML compliance cases, with a skip list that needs a reason per entry. */
package eu.rampart.rego.conformance;
