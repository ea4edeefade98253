package eu.rampart.check;

/**
 * A control of the policy pack as described by its rule's METADATA annotation. Reports use it for
 * titles and rule catalogues (SARIF {@code tool.driver.rules}); fields may be empty when the pack
 * does not annotate a rule. {@code references} are the framework references of METADATA
 * {@code custom.references} (GDPR, ISO/IEC 27001:2022 Annex A, BSI C5:2020, ENISA EUCS, NIS2, CIS).
 */
public record Control(String id, String title, String description, Severity severity,
                      Enforcement enforcement, String remediation, java.util.List<String> references) {
  public Control {
    references = references == null ? java.util.List.of() : java.util.List.copyOf(references);
  }

  public Control(String id, String title, String description, Severity severity, Enforcement enforcement, String remediation) {
    this(id, title, description, severity, enforcement, remediation, java.util.List.of());
  }

  /** A control known only from its findings (the pack had no annotation for it). */
  public static Control fromFinding(Finding f) {
    return new Control(f.controlId(), f.controlId(), "", f.severity(), f.enforcement(), f.remediation());
  }
}
