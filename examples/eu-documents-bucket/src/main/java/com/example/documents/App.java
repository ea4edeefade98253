package com.example.documents;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import eu.rampart.stacks.aws.AuditTrail;
import eu.rampart.stacks.aws.AwsPlacement;
import eu.rampart.stacks.aws.AwsProviders;
import eu.rampart.stacks.aws.BackupPlan;
import eu.rampart.stacks.aws.EncryptedBucket;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.List;

/**
 * A team's own stack: one bucket of personal data, kept in the EU, encrypted with its own key,
 * audited and backed up to a second EU region. Every control comes from the components; the
 * program only says what it wants.
 */
public final class App {
  private App() {}

  public static void main(String[] args) {
    Pulumi.run(App::stack);
  }

  /** The program, also callable directly (planners that run a static stack(Context)). */
  public static void stack(Context ctx) {
    // regions, retention, protection...: the environment's settings (config key rampart:settings)
    Settings settings = Settings.load(ctx);
    AwsPlacement placement = AwsProviders.create(settings);

    EncryptedBucket invoices = new EncryptedBucket("invoices", EncryptedBucket.args()
        .placement(placement)
        .classification(Tags.Classification.PERSONAL)
        .build());

    new AuditTrail("audit", AuditTrail.args()
        .placement(placement)
        .dataEventBucketArns(List.of(invoices.arn()))
        .build());

    new BackupPlan("backup", BackupPlan.args()
        .placement(placement)
        .resourceArns(List.of(invoices.arn()))
        .build());

    ctx.export("invoicesBucket", invoices.bucketName());
  }
}
