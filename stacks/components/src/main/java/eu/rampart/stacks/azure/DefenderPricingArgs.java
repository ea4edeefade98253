package eu.rampart.stacks.azure;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;
import java.util.Optional;

/** Inputs of {@link DefenderPricing}: the plan name (e.g. {@code StorageAccounts}) and its tier. */
public final class DefenderPricingArgs extends ResourceArgs {
  @Import(name = "pricingName", required = true)
  private final Output<String> pricingName;

  @Import(name = "pricingTier", required = true)
  private final Output<String> pricingTier;

  @Import(name = "subPlan")
  private final Output<String> subPlan;

  public DefenderPricingArgs(String pricingName, String pricingTier, Optional<String> subPlan) {
    this.pricingName = Output.of(Objects.requireNonNull(pricingName, "pricingName"));
    this.pricingTier = Output.of(Objects.requireNonNull(pricingTier, "pricingTier"));
    this.subPlan = subPlan.map(Output::of).orElse(null);
  }

  public Output<String> pricingName() { return pricingName; }
  public Output<String> pricingTier() { return pricingTier; }
  public Optional<Output<String>> subPlan() { return Optional.ofNullable(subPlan); }
}
