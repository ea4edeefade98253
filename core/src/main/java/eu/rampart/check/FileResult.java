package eu.rampart.check;

import java.util.List;

/**
 * The outcome for one input (a plan, preview, export, checkpoint or event file, or a planned stack).
 * {@code findings} are unwaived and not disabled; {@code resourceCount} is -1 when the input did not read.
 */
public record FileResult(String input, int resourceCount, List<Finding> findings, List<WaivedFinding> waived,
                         List<CheckError> errors) {
  public FileResult {
    findings = List.copyOf(findings);
    waived = List.copyOf(waived);
    errors = List.copyOf(errors);
  }

  public static FileResult failed(String input, CheckError error) {
    return new FileResult(input, -1, List.of(), List.of(), List.of(error));
  }
}
