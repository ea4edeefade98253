package eu.rampart.rego.compile;

public final class CompiledQuery {}
