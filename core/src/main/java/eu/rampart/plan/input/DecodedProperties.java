package eu.rampart.plan.input;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Properties with Pulumi's encodings removed.
 *
 * @param secretPaths paths (Pulumi property path syntax, {@code a.b[0].c}) whose values were secret
 * @param unknownPaths paths whose values are not known until apply
 */
public record DecodedProperties(ObjectNode values, Set<String> secretPaths, Set<String> unknownPaths) {}
