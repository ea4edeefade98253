package eu.rampart.rego.api;

/** Rego language version of a module: V1 is OPA 1.x's default syntax, V0 the legacy one. */
public enum RegoVersion { V0, V1 }
