package example;

import com.pulumi.Pulumi;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.inputs.SkuArgs;
import com.pulumi.azurenative.storage.enums.Kind;
import com.pulumi.azurenative.storage.enums.SkuName;

public class App {
    public static void main(String[] args) {
        Pulumi.run(ctx -> {
            var resourceGroup = new ResourceGroup("resourceGroup");
            var storageAccount = new StorageAccount("sa", StorageAccountArgs.builder()
                .resourceGroupName(resourceGroup.name())
                .sku(SkuArgs.builder().name(SkuName.Standard_LRS).build())
                .kind(Kind.StorageV2)
                .build());
            // the azure-java template reads the endpoints: the planner must not hand it a null
            ctx.export("primaryBlobEndpoint", storageAccount.primaryEndpoints().applyValue(e -> e.blob()));
            var client = AuthorizationFunctions.getClientConfig();
            ctx.export("tenant", client.applyValue(c -> c.tenantId()));
            ctx.export("subscription", client.applyValue(c -> "/subscriptions/" + c.subscriptionId()));
        });
    }
}
