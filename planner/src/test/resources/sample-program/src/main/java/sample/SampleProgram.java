package sample;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.ResourceArgs;

/**
 * Registers a provider, a component and three custom resources with hand-written resource classes
 * (no provider SDK): one on the explicit provider, one with its own region, one on the default
 * provider; one input is a secret. Fails on purpose when config sample:fail is true.
 */
public final class SampleProgram {
  public static void main(String[] args) {
    Pulumi.run(SampleProgram::stack);
  }

  static void stack(Context ctx) {
    String region = ctx.config("sample").require("region");
    if (ctx.config("sample").getBoolean("fail").orElse(false)) {
      throw new IllegalStateException("sample failure requested by config");
    }
    ProviderResource eu = new ProviderResource("aws", "eu", new RegionArgs(Output.of(region)), CustomResourceOptions.builder().build());
    ComponentResource group = new ComponentResource("sample:index:Group", "group", ComponentResourceOptions.builder().build());
    Thing onProvider = new Thing("on-provider", new ThingArgs(null, Output.ofSecret("hunter2-very-secret")),
        CustomResourceOptions.builder().parent(group).provider(eu).protect(true).build());
    new Thing("own-region", new ThingArgs(Output.of("eu-west-1"), onProvider.id()),
        CustomResourceOptions.builder().parent(group).provider(eu).build());
    new Thing("default-provider", new ThingArgs(null, Output.of("plain")), CustomResourceOptions.builder().build());
  }

  static final class RegionArgs extends ResourceArgs {
    @Import(name = "region") private final Output<String> region;
    RegionArgs(Output<String> region) { this.region = region; }
  }

  static final class ThingArgs extends ResourceArgs {
    @Import(name = "region") private final Output<String> region;
    @Import(name = "password") private final Output<String> password;
    ThingArgs(Output<String> region, Output<String> password) {
      this.region = region;
      this.password = password;
    }
  }

  static final class Thing extends CustomResource {
    Thing(String name, ThingArgs args, CustomResourceOptions options) {
      super("aws:s3/bucketV2:BucketV2", name, args, options);
    }
  }
}
