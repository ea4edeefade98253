package eu.rampart.cli.support;

import eu.rampart.check.CheckInputException;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.read.InputException;
import eu.rampart.plan.read.InputFormat;
import eu.rampart.plan.read.Readers;
import eu.rampart.plan.read.StackSnapshot;
import eu.rampart.plan.secret.SecretCollector;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file given on the command line: read with the plan readers (format detected unless forced),
 * normalised to the policy input. Every secret it reveals is registered with the output masker
 * before anything about it can be printed.
 */
public final class FileInput implements PolicyInputSource {
  private final Path file;
  private final Optional<InputFormat> format;
  private final OutputMasker masker;

  public FileInput(Path file, Optional<InputFormat> format, OutputMasker masker) {
    this.file = file;
    this.format = format;
    this.masker = masker;
  }

  @Override
  public String name() { return file.toString(); }

  @Override
  public ObjectValue load() throws CheckInputException {
    String name = file.toString();
    if (!Files.exists(file)) throw new CheckInputException(name, "no such file");
    if (Files.isDirectory(file)) throw new CheckInputException(name, "is a directory: expected a plan, preview, export, checkpoint or event file");
    if (!Files.isReadable(file)) throw new CheckInputException(name, "is not readable");
    return load(snapshot());
  }

  public StackSnapshot snapshot() throws CheckInputException {
    try {
      StackSnapshot s = Readers.read(file, format);
      masker.addDelegate(SecretCollector.maskerFor(s)::mask);
      return s;
    } catch (InputException e) {
      throw new CheckInputException(file.toString(), withoutFilePrefix(e.getMessage()));
    } catch (UncheckedIOException e) {
      throw new CheckInputException(file.toString(), "cannot be read: " + e.getCause().getMessage());
    }
  }

  public ObjectValue load(StackSnapshot s) throws CheckInputException {
    try {
      Value v = Normaliser.normalise(s).value();
      if (!(v instanceof ObjectValue o)) throw new CheckInputException(file.toString(), "did not normalise to an object");
      return o;
    } catch (InputException e) {
      throw new CheckInputException(file.toString(), withoutFilePrefix(e.getMessage()));
    }
  }

  private String withoutFilePrefix(String message) {
    String prefix = file + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
