package example;

import com.pulumi.Pulumi;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.inputs.GetAmiArgs;
import com.pulumi.aws.ec2.inputs.GetAmiFilterArgs;
import com.pulumi.aws.inputs.GetAvailabilityZonesArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;

public class App {
    public static void main(String[] args) {
        Pulumi.run(ctx -> {
            var config = ctx.config();
            // a key the stack marks secret, read with plain require (as many examples do)
            String dbPassword = config.require("dbPassword");
            // requireSecret
            Output<String> apiKey = config.requireSecret("apiKey");
            // a secret an environment may provide (fn::secret), read plainly
            String token = config.get("deployToken").orElse("no-token");
            System.out.println("connecting with " + dbPassword + " and " + token);

            var bucket = new BucketV2("data", BucketV2Args.builder()
                .tags(Map.of("app", config.require("appName")))
                .build(), CustomResourceOptions.builder().additionalSecretOutputs("bucket").build());
            new Parameter("connection", ParameterArgs.builder().type("SecureString")
                .value("Server=db.internal;User=app;Password=" + dbPassword).build());
            new Parameter("api", ParameterArgs.builder().type("SecureString")
                .value(apiKey.applyValue(k -> "key=" + k)).build());
            new Parameter("literal", ParameterArgs.builder().type("String")
                .value(Output.ofSecret("literal-secret-4711")).build());
            new Parameter("as-secret", ParameterArgs.builder().type("String")
                .value(Output.of("as-secret-0815").asSecret()).build());
            new Parameter("token", ParameterArgs.builder().type("String").value(token).build());

            var zones = AwsFunctions.getAvailabilityZones(GetAvailabilityZonesArgs.builder().state("available").build());
            var ami = Ec2Functions.getAmi(GetAmiArgs.builder().mostRecent(true).owners("amazon")
                .filters(GetAmiFilterArgs.builder().name("name").values("al2023-ami-*-x86_64").build()).build());
            new Instance("web", InstanceArgs.builder()
                .ami(ami.applyValue(a -> a.id()))
                .instanceType("t3.micro")
                .availabilityZone(zones.applyValue(z -> z.names().get(0)))
                .tags(Map.of("bucket", "see " + bucket.pulumiResourceName()))
                .build());
            ctx.export("bucketName", bucket.bucket());
            ctx.export("firstZone", zones.applyValue(z -> z.names().get(0)));
            ctx.export("password", Output.ofSecret(dbPassword));
        });
    }
}
