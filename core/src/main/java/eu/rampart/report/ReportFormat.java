package eu.rampart.report;

import eu.rampart.check.CheckResult;
import eu.rampart.check.FailOn;

/** Renders a check result in one output format. Output is masked by the caller before it is written. */
public interface ReportFormat {
  String name();

  String render(CheckResult result, FailOn failOn);
}
