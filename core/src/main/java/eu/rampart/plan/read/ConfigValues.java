package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;

/** Stack config values as Pulumi shows them: strings, or JSON text for structured values. */
final class ConfigValues {
  private ConfigValues() {}

  static String text(JsonNode v) {
    if (v == null || v.isNull()) return null;
    if (v.isTextual()) return v.textValue();
    if (v.isObject() && v.has("secure")) return eu.rampart.plan.input.PulumiValues.SECRET;
    // a rampart plan writes a secret in Pulumi's secret form, its value withheld
    if (v.isObject() && v.has(eu.rampart.plan.input.PulumiValues.SIG_KEY)) return eu.rampart.plan.input.PulumiValues.SECRET;
    return v.toString();
  }
}
