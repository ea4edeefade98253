package eu.rampart.plan.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * How the {@code secure:} values of one stack file can be opened, decided as the Pulumi CLI picks
 * a stack's secrets manager: a {@code secretsprovider} other than passphrase/default is a cloud
 * key (awskms://, azurekeyvault://, gcpkms://, hashivault://) that cannot be reached here; an
 * {@code encryptionsalt} means the passphrase provider; neither means the backend's default (the
 * Pulumi Cloud service), also unreachable. Unreachable keys leave the values unknown secrets.
 *
 * <p>The passphrase comes from {@code PULUMI_CONFIG_PASSPHRASE} (used when set, even empty) or the
 * trimmed contents of the file named by {@code PULUMI_CONFIG_PASSPHRASE_FILE}, as {@code
 * readPassphrase} in pulumi/pulumi {@code pkg/secrets/passphrase/manager.go} reads them.
 */
final class StackSecrets {
  static final String PASSPHRASE = "PULUMI_CONFIG_PASSPHRASE";
  static final String PASSPHRASE_FILE = "PULUMI_CONFIG_PASSPHRASE_FILE";

  /** The opener, or null when the values stay unknown; {@code reason} says why, for the value's source. */
  record Access(PassphraseCrypter crypter, String reason) {}

  private StackSecrets() {}

  static Access open(StackFile stack, Map<String, String> processEnv) {
    String provider = stack.secretsProvider() == null ? "" : stack.secretsProvider().trim();
    if (!provider.isEmpty() && !provider.equals("passphrase") && !provider.equals("default")) {
      return new Access(null, "secrets provider " + scheme(provider) + " not reachable offline");
    }
    String salt = stack.encryptionSalt();
    if (salt == null || salt.isBlank()) {
      if (provider.equals("passphrase")) {
        throw new ConfigException(stack.file() + ": secretsprovider is passphrase but there is no encryptionsalt to check a passphrase against");
      }
      return new Access(null, stack.encryptedKey() != null ? "encrypted data key of a cloud secrets provider"
          : "Pulumi Cloud default secrets provider not reachable offline");
    }
    String passphrase = passphrase(stack.file(), processEnv);
    if (passphrase == null) return new Access(null, "no " + PASSPHRASE + " or " + PASSPHRASE_FILE + " set");
    try {
      return new Access(PassphraseCrypter.unlock(passphrase, salt), null);
    } catch (PassphraseCrypter.WrongPassphrase e) {
      String from = processEnv.containsKey(PASSPHRASE) ? PASSPHRASE : PASSPHRASE_FILE;
      throw new ConfigException(stack.file().getFileName() + ": incorrect passphrase for " + stack.file() + " (" + from + ")");
    } catch (PassphraseCrypter.Failure e) {
      throw new ConfigException(stack.file() + ": encryptionsalt: " + e.getMessage());
    }
  }

  private static String passphrase(Path stackFile, Map<String, String> env) {
    if (env.containsKey(PASSPHRASE)) return env.get(PASSPHRASE);
    String file = env.get(PASSPHRASE_FILE);
    if (file == null || file.isEmpty()) return null;
    try {
      return Files.readString(Path.of(file).toAbsolutePath(), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(stackFile + ": unable to read " + PASSPHRASE_FILE + " " + file + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Only the scheme of a provider URL: its query may carry credentials. */
  private static String scheme(String provider) {
    int i = provider.indexOf("://");
    return i < 0 ? provider : provider.substring(0, i + 3);
  }
}
