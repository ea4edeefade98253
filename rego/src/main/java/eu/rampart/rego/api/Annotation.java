package eu.rampart.rego.api;

import eu.rampart.rego.value.ObjectValue;

/**
 * A {@code # METADATA} block. {@code path} is the annotated package or rule
 * (e.g. {@code data.rampart.enc.deny}); {@code raw} holds every field as parsed.
 */
public record Annotation(String scope, String title, String description, ObjectValue custom,
                         String path, String file, int line, ObjectValue raw) {}
