package eu.rampart.rego.conformance;

import java.util.List;
import java.util.Map;

/** One case of OPA's YAML compliance suite, as described in shared/conformance/README.md. */
public record ConformanceCase(String file, String note, String query, List<String> modules, Object data,
                              Object input, String inputTerm, boolean hasInput, List<Map<String, Object>> wantResult,
                              String wantErrorCode, String wantError, boolean strictError, boolean sortBindings,
                              boolean ignoreGeneratedVars) {}
