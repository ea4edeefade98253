/** Runs {@code test_*} rules like {@code opa test}. */
package eu.rampart.rego.tester;
