package eu.rampart.cli.rego;

import eu.rampart.cli.support.FileInput;
import eu.rampart.cli.support.OutputMasker;
import eu.rampart.check.CheckInputException;
import eu.rampart.rego.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Registers the secrets of the files {@code rego eval} and {@code rego test} read with the output
 * masker, as {@code rampart check} does with the same files: a file the plan readers recognise
 * (preview, export, checkpoint, events, plan) gives every secret {@code check} would mask (through
 * FileInput, SecretCollector); any document also gives the values of Pulumi secret objects.
 */
final class RegoSecrets {
  private RegoSecrets() {}

  /** Larger files are not tried as Pulumi documents (the check readers have their own bounds). */
  private static final long MAX_PULUMI_DOCUMENT = 64L * 1024 * 1024;

  static void registerFile(Path file, OutputMasker masker) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_PULUMI_DOCUMENT) return;
      new FileInput(file, Optional.empty(), masker).snapshot();
    } catch (CheckInputException | java.io.IOException | RuntimeException notPulumi) {
      // not a document check reads: only its secret objects count (registerValue)
    }
  }

  static void registerValue(Value doc, OutputMasker masker) {
    if (doc == null) return;
    Set<String> secrets = new LinkedHashSet<>();
    SecretValues.collect(doc, secrets);
    masker.addSecrets(secrets);
  }
}
