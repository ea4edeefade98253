package com.example.infra.platform;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.GetVpcArgs;
import com.pulumi.aws.iam.IamFunctions;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.inputs.GetPolicyDocumentArgs;
import com.pulumi.aws.iam.inputs.GetPolicyDocumentStatementArgs;
import com.pulumi.aws.iam.inputs.GetPolicyDocumentStatementPrincipalArgs;
import com.pulumi.aws.iam.outputs.GetPolicyDocumentResult;
import com.pulumi.aws.inputs.GetAvailabilityZonesPlainArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.rds.Instance;
import com.pulumi.aws.rds.InstanceArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.deployment.Deployment;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.StackReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        Pulumi.run(Main::stack);
    }

    static void stack(Context ctx) {
        var config = ctx.config();
        var dbPassword = config.requireSecret("dbPassword");
        var apiToken = config.require("apiToken"); // secure in the stack file, read with plain require
        var env = config.get("envName").orElse(Deployment.getInstance().getStackName());
        var region = ctx.config("aws").require("region");

        var identity = AwsFunctions.getCallerIdentity();
        var current = AwsFunctions.getRegion();
        var partition = AwsFunctions.getPartition();
        var zones = AwsFunctions.getAvailabilityZonesPlain(GetAvailabilityZonesPlainArgs.builder().state("available").build()).join();

        var network = new StackReference("acme/network/" + ctx.stackName());
        var sharedVpcId = network.requireOutput("vpcId").applyValue(String::valueOf);

        var defaultVpc = Ec2Functions.getVpc(GetVpcArgs.builder().default_(true).build());

        var key = new Key("data", KeyArgs.builder()
            .description(Output.format("data key for %s in %s", env, current.applyValue(r -> r.name())))
            .enableKeyRotation(true)
            .policy(identity.applyValue(id -> "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:"
                + "aws:iam::" + id.accountId() + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}"))
            .build(), CustomResourceOptions.builder().protect(true).retainOnDelete(true).build());

        var vpc = new Vpc("main", VpcArgs.builder().cidrBlock("10.20.0.0/16").build(),
            CustomResourceOptions.builder().aliases(Alias.builder().name("legacy-vpc").build()).build());
        var subnets = new ArrayList<Subnet>();
        for (int i = 0; i < zones.names().size(); i++) {
            subnets.add(new Subnet("private-" + i, SubnetArgs.builder()
                .vpcId(vpc.id())
                .availabilityZone(zones.names().get(i))
                .cidrBlock("10.20." + i + ".0/24")
                .build(), CustomResourceOptions.builder().deleteBeforeReplace(true).build()));
        }

        var sg = new SecurityGroup("db", SecurityGroupArgs.builder()
            .vpcId(sharedVpcId)
            .description(defaultVpc.applyValue(v -> "peer of " + v.id()))
            .build(), CustomResourceOptions.builder().ignoreChanges("tags").dependsOn(vpc).build());

        var assume = IamFunctions.getPolicyDocument(GetPolicyDocumentArgs.builder()
            .statements(GetPolicyDocumentStatementArgs.builder()
                .actions("sts:AssumeRole")
                .principals(GetPolicyDocumentStatementPrincipalArgs.builder().type("Service").identifiers("ec2.amazonaws.com").build())
                .build())
            .build());
        var role = new Role("app", RoleArgs.builder().assumeRolePolicy(assume.applyValue(GetPolicyDocumentResult::json)).build());

        var bucket = new BucketV2("logs", BucketV2Args.builder()
            .bucketPrefix(Output.all(identity.applyValue(i -> i.accountId()), partition.applyValue(p -> p.partition()))
                .applyValue(parts -> "logs-" + parts.get(0) + "-" + parts.get(1)))
            .tags(Map.of("env", env, "region", region))
            .build());

        var db = new Instance("db", InstanceArgs.builder()
            .engine("postgres")
            .instanceClass("db.t3.micro")
            .allocatedStorage(20)
            .username("app")
            .password(dbPassword)
            .storageEncrypted(true)
            .kmsKeyId(key.arn())
            .vpcSecurityGroupIds(Output.all(sg.id()))
            .skipFinalSnapshot(true)
            .build(), CustomResourceOptions.builder().additionalSecretOutputs("address").build());

        new Parameter("token", ParameterArgs.builder()
            .type("SecureString")
            .value(Output.of(apiToken))
            .keyId(key.keyId())
            .build());

        var mirror = new Provider("mirror", ProviderArgs.builder().region("eu-west-1").build());
        new BucketV2("mirror", BucketV2Args.builder().build(), CustomResourceOptions.builder().provider(mirror).build());

        var connection = Output.tuple(db.address(), db.port(), dbPassword)
            .applyValue(t -> "postgres://app:" + t.t3 + "@" + t.t1 + ":" + t.t2 + "/app");

        ctx.export("accountId", identity.applyValue(i -> i.accountId()));
        ctx.export("region", current.applyValue(r -> r.name()));
        ctx.export("zoneCount", Output.of(zones.names().size()));
        ctx.export("zones", Output.of(zones.names()));
        ctx.export("encrypted", Output.of(true));
        ctx.export("ratio", Output.of(0.5));
        ctx.export("tags", Output.of(Map.of("env", env, "owner", "platform")));
        ctx.export("subnetIds", Output.all(subnets.stream().map(Subnet::id).toList()));
        ctx.export("bucketArn", bucket.arn());
        ctx.export("bucketDomain", bucket.bucketRegionalDomainName().applyValue(d -> d.toUpperCase()));
        ctx.export("vpcCidr", vpc.cidrBlock().applyValue(c -> c.split("/")[1]));
        ctx.export("roleArn", role.arn());
        ctx.export("keyArn", key.arn().applyValue(a -> a.substring(0, a.indexOf(":key/"))));
        ctx.export("connection", connection);
        ctx.export("authHeader", Output.of("Bearer " + apiToken));
        ctx.export("sharedVpc", sharedVpcId);
        ctx.export("literalSecret", Output.ofSecret("literal-secret-4711"));
        ctx.export("asSecret", Output.of("as-secret-0815").asSecret());
    }
}
