package myproject;

import com.pulumi.Pulumi;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.inputs.GetAmiPlainArgs;
import com.pulumi.aws.ec2.inputs.GetAmiFilter;
import com.pulumi.aws.ec2.inputs.GetVpcPlainArgs;
import com.pulumi.aws.ec2.inputs.GetSubnetsPlainArgs;
import com.pulumi.aws.ec2.inputs.GetSubnetsFilter;
import com.pulumi.aws.inputs.GetCallerIdentityPlainArgs;
import com.pulumi.aws.inputs.GetRegionPlainArgs;
import com.pulumi.azurenative.resources.ResourcesFunctions;
import com.pulumi.azurenative.resources.inputs.GetResourceGroupPlainArgs;
import com.pulumi.core.Output;

public class App {
    public static void main(String[] args) {
        Pulumi.run(ctx -> {
            var ami = Ec2Functions.getAmiPlain(GetAmiPlainArgs.builder()
                .owners("amazon").mostRecent(true)
                .filters(GetAmiFilter.builder().name("name").values("al2023-ami-*-x86_64").build())
                .build()).join();
            var vpc = Ec2Functions.getVpcPlain(GetVpcPlainArgs.builder().default_(true).build()).join();
            var subnets = Ec2Functions.getSubnetsPlain(GetSubnetsPlainArgs.builder()
                .filters(GetSubnetsFilter.builder().name("vpc-id").values(vpc.id()).build()).build()).join();
            var me = AwsFunctions.getCallerIdentityPlain(GetCallerIdentityPlainArgs.builder().build()).join();
            var region = AwsFunctions.getRegionPlain(GetRegionPlainArgs.builder().build()).join();
            var server = new Instance("web", InstanceArgs.builder()
                .ami(ami.id())
                .instanceType("t3.micro")
                .subnetId(subnets.ids().get(0))
                .tags(java.util.Map.of("owner", me.arn(), "region", region.name()))
                .build());
            ctx.export("ami", Output.of(ami.id()));
            ctx.export("amiName", Output.of(ami.name().toUpperCase()));
            ctx.export("subnetCount", Output.of(subnets.ids().size()));
        });
    }
}
