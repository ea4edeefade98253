package eu.rampart.rego.compile;

import eu.rampart.rego.api.RegoVersion;

/** A module's file name, text and language version. */
public record ModuleSource(String file, String text, RegoVersion version) {}
