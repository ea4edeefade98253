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
    // existence, file type, size and permissions are checked where the file is read (InputFiles)
    return load(snapshot());
  }

  public StackSnapshot snapshot() throws CheckInputException {
    try {
      StackSnapshot s = Readers.read(file, format, masker::addSecrets);
      masker.addSecrets(SecretCollector.collect(s));
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
