package eu.rampart.stacks.azure;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/**
 * A Microsoft Defender for Cloud plan of the subscription ({@code Microsoft.Security/pricings}).
 * The azure-native 2.10.0 Java SDK ships no class for this resource, so it is declared here with
 * the provider's type token; a provider plugin that lacks the type rejects it at preview, loudly.
 */
@ResourceType(type = DefenderPricing.TOKEN)
public final class DefenderPricing extends CustomResource {
  public static final String TOKEN = "azure-native:security:Pricing";

  @Export(name = "pricingTier", refs = {String.class}, tree = "[0]")
  private Output<String> pricingTier;

  public DefenderPricing(String name, DefenderPricingArgs args, CustomResourceOptions options) {
    super(TOKEN, name, args, options, false);
  }

  public Output<String> pricingTier() { return pricingTier; }
}
