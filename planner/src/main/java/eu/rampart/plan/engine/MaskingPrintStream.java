package eu.rampart.plan.engine;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A print stream that writes whole lines with every known secret text masked. */
final class MaskingPrintStream extends PrintStream {
  MaskingPrintStream(PrintStream target, SecretTexts secrets) {
    super(new LineMasker(target, secrets), true, StandardCharsets.UTF_8);
  }

  private static final class LineMasker extends OutputStream {
    private final PrintStream target;
    private final SecretTexts secrets;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineMasker(PrintStream target, SecretTexts secrets) {
      this.target = target;
      this.secrets = secrets;
    }

    @Override
    public synchronized void write(int b) {
      line.write(b);
      if (b == '\n') emit();
    }

    @Override
    public synchronized void flush() {
      // partial lines wait for their end: a secret split across two writes must still be masked
      target.flush();
    }

    @Override
    public synchronized void close() {
      emit();
      target.flush();
    }

    private void emit() {
      if (line.size() == 0) return;
      target.print(secrets.mask(line.toString(StandardCharsets.UTF_8)));
      target.flush();
      line.reset();
    }
  }
}
