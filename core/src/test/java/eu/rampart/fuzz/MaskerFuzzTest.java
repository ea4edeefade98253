package eu.rampart.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.rampart.plan.secret.SecretMasker;
import eu.rampart.report.WriterEscapes;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The masker's promise: a registered secret never survives any writer. The secret is placed in a
 * value, the value is escaped by every writer's own escaping (and twice, for JSON text inside a
 * report, and with line breaks indented as the text report does), and the masked result must not
 * contain the secret in that writer's form.
 */
public class MaskerFuzzTest {
  private static final List<UnaryOperator<String>> LAYOUTS = List.of(
      s -> s,
      s -> s.replace("\n", "\n              "));   // TextReport indents continuation lines

  @FuzzTest
  void noSecretSurvivesAnyWriter(FuzzedDataProvider data) {
    String secret = data.consumeString(64);
    String before = data.consumeString(32);
    String after = data.consumeRemainingAsString();
    if (secret.length() < SecretMasker.MIN_LENGTH || secret.contains(SecretMasker.MASK)) return;
    SecretMasker masker = new SecretMasker(List.of(secret));
    // Each mask becomes one character that occurs nowhere in the input, so that the mask text and
    // what follows it cannot together look like part of the secret (a NUL did: a secret holding NULs
    // then "survived" as two masks followed by the text after it, the first fuzzing finding of 2026-12-04)
    char marker = '\uE000';
    while ((before + secret + after).indexOf(marker) >= 0) marker++;
    for (UnaryOperator<String> escape : WriterEscapes.ALL) {
      for (UnaryOperator<String> layout : LAYOUTS) {
        String value = before + secret + after;
        String shown = escape.apply(layout.apply(value));
        String masked = masker.mask(shown).replace(SecretMasker.MASK, String.valueOf(marker));
        String form = escape.apply(layout.apply(secret));
        // a layout that breaks the secret apart (indented lines) is covered line by line below:
        // the masker's contract is the whole secret in each writer's form, and each line of it
        boolean brokenApart = !layout.apply(secret).equals(secret);
        if (!brokenApart && form.length() >= SecretMasker.MIN_LENGTH && masked.contains(form)) {
          throw new AssertionError("secret survives: " + masked);
        }
        // line by line too: a piece of a multi-line secret long enough to matter is masked
        for (String piece : SecretMasker.LINE_BREAKS.split(secret)) {
          String p = escape.apply(piece.strip());
          if (piece.strip().length() >= 8 && p.length() >= 8 && masked.contains(p)) {
            throw new AssertionError("a line of the secret survives writer escaping " + WriterEscapes.ALL.indexOf(escape)
                + " (layout " + LAYOUTS.indexOf(layout) + "): line " + visible(piece) + " of secret " + visible(secret) + " in " + visible(masked));
          }
        }
      }
    }
  }

  /** Control characters as \\uXXXX, so a finding's message shows what the input was. */
  private static String visible(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c < 0x20 || c == 0x7f) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append('"').toString();
  }

  /**
   * Loads (and, under the fuzzer, instruments) every class a typical input reaches once, before
   * fuzzing starts: on a loaded machine the first input would otherwise count as a hang.
   */
  static void warmUp() {
    for (java.util.function.UnaryOperator<String> e : WriterEscapes.ALL) new SecretMasker(List.of("warm-up\r\n<&>")).mask(e.apply("x warm-up\r\n<&> y"));
  }

  public static void fuzzerInitialize() {
    warmUp();
  }

  /** Entry point of Jazzer's standalone driver (bench/fuzz.sh), the same check as the JUnit fuzz test. */
  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    new MaskerFuzzTest().noSecretSurvivesAnyWriter(data);
  }
}
