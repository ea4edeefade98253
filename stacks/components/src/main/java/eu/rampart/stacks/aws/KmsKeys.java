package eu.rampart.stacks.aws;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.Provider;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.Resource;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Customer-managed KMS keys as control ENC-2 wants them: rotation on, 30-day deletion window,
 * protected as stateful, and a key policy that names the AWS services allowed to use the key.
 */
final class KmsKeys {
  static final int DELETION_WINDOW_DAYS = 30;

  private KmsKeys() {}

  static Key create(String name, Resource parent, Provider provider, Settings settings, String description,
                    Tags.Classification classification, List<String> servicePrincipals) {
    KeyArgs.Builder args = KeyArgs.builder()
        .description(description)
        .enableKeyRotation(true)
        .deletionWindowInDays(DELETION_WINDOW_DAYS)
        .keyUsage("ENCRYPT_DECRYPT")
        .customerMasterKeySpec("SYMMETRIC_DEFAULT")
        .tags(Tags.of(settings, classification));
    if (!servicePrincipals.isEmpty()) {
      args.policy(accountId(provider).applyValue(account -> keyPolicy(account, servicePrincipals)));
    }
    Key key = new Key(name, args.build(), Options.stateful(parent, provider, settings));
    new Alias(name + "-alias", AliasArgs.builder()
        .name("alias/rampart/" + settings.environment() + "/" + name)
        .targetKeyId(key.keyId())
        .build(), Options.child(parent, provider));
    return key;
  }

  static Output<String> accountId(Provider provider) {
    return AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build(),
        InvokeOptions.builder().provider(provider).build()).applyValue(r -> r.accountId());
  }

  private static String keyPolicy(String account, List<String> services) {
    List<Map<String, Object>> statements = new ArrayList<>();
    statements.add(PolicyJson.statement("AccountAdministers", "Allow",
        Map.of("AWS", "arn:aws:iam::" + account + ":root"), "kms:*", "*"));
    statements.add(PolicyJson.statement("ServicesEncrypt", "Allow", Map.of("Service", services),
        List.of("kms:GenerateDataKey*", "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:DescribeKey"), "*"));
    return PolicyJson.document(statements);
  }
}
