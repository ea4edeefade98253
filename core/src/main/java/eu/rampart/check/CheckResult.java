package eu.rampart.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a check found, for every report format. {@code controls} is the pack's rule catalogue
 * (plus any control that only appeared in findings); {@code notices} are waiver warnings.
 */
public record CheckResult(String environment, List<Control> controls, List<FileResult> files,
                          List<WaiverNotice> notices, List<CheckError> errors) {
  public CheckResult {
    controls = List.copyOf(controls);
    files = List.copyOf(files);
    notices = List.copyOf(notices);
    errors = List.copyOf(errors);
  }

  /** 0 pass, 1 findings at or above {@code failOn}, 2 input error, 3 evaluation error. */
  public int exitCode(FailOn failOn) {
    List<CheckError> all = allErrors();
    if (all.stream().anyMatch(e -> e.kind() == CheckError.Kind.EVALUATION)) return 3;
    if (!all.isEmpty()) return 2;
    for (FileResult f : files) {
      for (Finding x : f.findings()) if (failOn.fails(x)) return 1;
    }
    return 0;
  }

  public List<CheckError> allErrors() {
    List<CheckError> all = new ArrayList<>(errors);
    for (FileResult f : files) all.addAll(f.errors());
    return all;
  }

  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>();
    for (FileResult f : files) all.addAll(f.findings());
    return all;
  }

  public int count(Enforcement e) {
    int n = 0;
    for (FileResult f : files) for (Finding x : f.findings()) if (x.enforcement() == e) n++;
    return n;
  }

  public int waivedCount() {
    int n = 0;
    for (FileResult f : files) n += f.waived().size();
    return n;
  }

  public int resourceCount() {
    int n = 0;
    for (FileResult f : files) n += Math.max(0, f.resourceCount());
    return n;
  }

  /** The control with this id, or one derived from the finding when the pack did not describe it. */
  public Control control(Finding f) {
    for (Control c : controls) if (c.id().equals(f.controlId())) return c;
    return Control.fromFinding(f);
  }

  /** Controls by id, catalogue order. */
  public Map<String, Control> controlsById() {
    Map<String, Control> m = new LinkedHashMap<>();
    for (Control c : controls) m.put(c.id(), c);
    return m;
  }

  /** One line: "FAILED: 3 mandatory, 1 advisory, 2 waived findings in 41 resources (2 inputs)". */
  public String summaryLine(FailOn failOn) {
    int code = exitCode(failOn);
    String verdict = switch (code) {
      case 0 -> "PASSED";
      case 1 -> "FAILED";
      case 2 -> "INPUT ERROR";
      default -> "EVALUATION ERROR";
    };
    StringBuilder sb = new StringBuilder(verdict).append(": ")
        .append(count(Enforcement.MANDATORY)).append(" mandatory, ")
        .append(count(Enforcement.ADVISORY)).append(" advisory, ")
        .append(waivedCount()).append(" waived finding(s) in ")
        .append(resourceCount()).append(" resource(s), ")
        .append(files.size()).append(" input(s)");
    int errs = allErrors().size();
    if (errs > 0) sb.append(", ").append(errs).append(" error(s)");
    if (!notices.isEmpty()) sb.append(", ").append(notices.size()).append(" waiver warning(s)");
    sb.append(" [fail-on ").append(failOn.label()).append(", environment ").append(environment).append("]");
    return sb.toString();
  }
}
