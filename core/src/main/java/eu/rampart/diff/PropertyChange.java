package eu.rampart.diff;

/**
 * A security-relevant property that differs. Values are compact JSON text already stripped of
 * secrets ({@code "[secret]"}); {@code null} means the property is absent on that side.
 */
public record PropertyChange(String path, String before, String after) {}
