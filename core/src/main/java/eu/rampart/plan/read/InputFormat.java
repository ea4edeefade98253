package eu.rampart.plan.read;

import java.util.Locale;

/** The file formats rampart reads; {@link #source()} is the name given to policies as {@code input.stack.source}. */
public enum InputFormat {
  RAMPART_PLAN("rampart-plan"),
  PREVIEW("preview"),
  EXPORT("export"),
  CHECKPOINT("checkpoint"),
  EVENTS("events");

  private final String source;

  InputFormat(String source) { this.source = source; }

  public String source() { return source; }

  /** Accepts the source name ({@code rampart-plan}) or the enum name ({@code RAMPART_PLAN}), any case. */
  public static InputFormat parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (InputFormat f : values()) {
      if (f.source.equals(t)) return f;
    }
    throw new IllegalArgumentException("unknown input format '" + text + "': expected one of rampart-plan, preview, export, checkpoint, events");
  }
}
