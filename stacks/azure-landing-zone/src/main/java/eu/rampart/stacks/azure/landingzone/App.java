package eu.rampart.stacks.azure.landingzone;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import eu.rampart.stacks.azure.AzureLandingZone;

/** Entry point of the {@code azure-landing-zone} Pulumi project. */
public final class App {
  private App() {}

  public static void main(String[] args) {
    Pulumi.run(App::stack);
  }

  /** The program; {@code rampart plan} runs this under the SDK mocks. */
  static void stack(Context ctx) {
    AzureLandingZone.define(ctx);
  }
}
