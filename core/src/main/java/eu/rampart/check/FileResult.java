package eu.rampart.check;

import java.util.List;

/**
 * The outcome for one input (a plan, preview, export, checkpoint or event file, or a planned stack).
 * {@code findings} are unwaived and not disabled; {@code resourceCount} is -1 when the input did not read.
 * {@code expiredWaivers} pairs findings of this input with the expired waiver that would have covered
 * them: the waiver notice for this input (the finding counts again and is in {@code findings}).
 */
public record FileResult(String input, int resourceCount, List<Finding> findings, List<WaivedFinding> waived,
                         List<CheckError> errors, List<WaivedFinding> expiredWaivers) {
  public FileResult {
    findings = List.copyOf(findings);
    waived = List.copyOf(waived);
    errors = List.copyOf(errors);
    expiredWaivers = List.copyOf(expiredWaivers);
  }

  public FileResult(String input, int resourceCount, List<Finding> findings, List<WaivedFinding> waived,
                    List<CheckError> errors) {
    this(input, resourceCount, findings, waived, errors, List.of());
  }

  /** The expired waiver that would have covered this finding, if any. */
  public java.util.Optional<Waiver> expiredWaiverFor(Finding f) {
    for (WaivedFinding w : expiredWaivers) if (w.finding().equals(f)) return java.util.Optional.of(w.waiver());
    return java.util.Optional.empty();
  }

  public static FileResult failed(String input, CheckError error) {
    return new FileResult(input, -1, List.of(), List.of(), List.of(error));
  }
}
