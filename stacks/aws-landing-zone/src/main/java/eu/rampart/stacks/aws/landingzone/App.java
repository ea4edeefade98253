package eu.rampart.stacks.aws.landingzone;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import eu.rampart.stacks.aws.AdminVpn;
import eu.rampart.stacks.aws.AuditTrail;
import eu.rampart.stacks.aws.AwsPlacement;
import eu.rampart.stacks.aws.AwsProviders;
import eu.rampart.stacks.aws.BackupPlan;
import eu.rampart.stacks.aws.Database;
import eu.rampart.stacks.aws.EncryptedBucket;
import eu.rampart.stacks.aws.Firewall;
import eu.rampart.stacks.aws.HttpsLoadBalancer;
import eu.rampart.stacks.aws.SegmentedNetwork;
import eu.rampart.stacks.common.Tier;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.List;

/** The EU landing zone on AWS: every control family composed from the rampart components. */
public final class App {
  /** GoBD / §147 AO: business documents are kept ten years. */
  private static final int DOCUMENT_RETENTION_DAYS = 3653;

  private App() {}

  public static void main(String[] args) {
    Pulumi.run(App::stack);
  }

  static void stack(Context ctx) {
    Settings settings = Settings.load(ctx);
    AwsPlacement placement = AwsProviders.create(settings);
    String vpcCidr = settings.requireString("aws.vpcCidr");
    String vpnCidr = settings.requireString("vpn.clientCidr");

    EncryptedBucket documents = new EncryptedBucket("documents", EncryptedBucket.args()
        .placement(placement)
        .classification(Tags.Classification.PERSONAL)
        .objectLock(settings.production()
            ? new EncryptedBucket.ObjectLock(EncryptedBucket.LockMode.COMPLIANCE, DOCUMENT_RETENTION_DAYS) : null)
        .expireTemporary("tmp/", 7)
        .build());

    AuditTrail audit = new AuditTrail("audit", AuditTrail.args()
        .placement(placement).dataEventBucketArns(List.of(documents.arn())).build());

    SegmentedNetwork network = new SegmentedNetwork("network", SegmentedNetwork.args()
        .placement(placement)
        .cidr(vpcCidr)
        .zones(settings.requireInt("aws.availabilityZones"))
        .natPerZone(settings.production())
        .vpnClientCidr(vpnCidr)
        .flowLogBucketArn(audit.archiveArn())
        .build());

    Firewall firewall = new Firewall("firewall", Firewall.args()
        .placement(placement).vpcId(network.vpcId()).vpcCidr(vpcCidr).vpnClientCidr(vpnCidr).build());

    Database database = new Database("db", Database.args()
        .placement(placement)
        .dataSubnetIds(network.subnetIds(Tier.DATA))
        .securityGroupId(firewall.data().id())
        .build());

    HttpsLoadBalancer web = new HttpsLoadBalancer("web", HttpsLoadBalancer.args()
        .placement(placement)
        .vpcId(network.vpcId())
        .publicSubnetIds(network.subnetIds(Tier.PUBLIC))
        .securityGroupId(firewall.loadBalancer().id())
        .build());

    AdminVpn vpn = new AdminVpn("admin-vpn", AdminVpn.args()
        .placement(placement)
        .vpcId(network.vpcId())
        .vpcCidr(vpcCidr)
        .managementSubnetIds(network.subnetIds(Tier.MANAGEMENT))
        .securityGroupId(firewall.vpnEndpoint().id())
        .build());

    new BackupPlan("backup", BackupPlan.args()
        .placement(placement).resourceArns(List.of(documents.arn(), database.arn())).build());

    ctx.export("vpcId", network.vpcId());
    ctx.export("documentsBucket", documents.bucketName());
    ctx.export("loadBalancerDns", web.loadBalancer().dnsName());
    ctx.export("vpnEndpointId", vpn.endpoint().id());
  }
}
