package app;

import com.pulumi.Pulumi;
import com.pulumi.azurenative.Provider;
import com.pulumi.azurenative.ProviderArgs;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.keyvault.Vault;
import com.pulumi.azurenative.keyvault.VaultArgs;
import com.pulumi.azurenative.keyvault.enums.SkuFamily;
import com.pulumi.azurenative.keyvault.enums.SkuName;
import com.pulumi.azurenative.keyvault.inputs.SkuArgs;
import com.pulumi.azurenative.keyvault.inputs.VaultPropertiesArgs;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.azurenative.storage.BlobContainer;
import com.pulumi.azurenative.storage.BlobContainerArgs;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.StorageFunctions;
import com.pulumi.azurenative.storage.enums.Kind;
import com.pulumi.azurenative.storage.inputs.ListStorageAccountKeysArgs;
import com.pulumi.azurenative.web.AppServicePlan;
import com.pulumi.azurenative.web.AppServicePlanArgs;
import com.pulumi.azurenative.web.WebApp;
import com.pulumi.azurenative.web.WebAppArgs;
import com.pulumi.azurenative.web.inputs.NameValuePairArgs;
import com.pulumi.azurenative.web.inputs.SiteConfigArgs;
import com.pulumi.azurenative.web.inputs.SkuDescriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.StackOptions;
import java.util.Map;

public class Infra {
    public static void main(String[] args) {
        Pulumi.withOptions(StackOptions.builder().build()).run(ctx -> {
            var config = ctx.config();
            var adminPassword = config.requireSecret("adminPassword");
            var location = ctx.config("azure-native").require("location");
            var client = AuthorizationFunctions.getClientConfig();
            var clientPlain = AuthorizationFunctions.getClientConfigPlain().join();

            var rg = new ResourceGroup("rg", ResourceGroupArgs.builder().location(location).build());
            var sa = new StorageAccount("sa", StorageAccountArgs.builder()
                .resourceGroupName(rg.name())
                .kind(Kind.StorageV2)
                .sku(com.pulumi.azurenative.storage.inputs.SkuArgs.builder().name("Standard_ZRS").build())
                .enableHttpsTrafficOnly(true)
                .build(), CustomResourceOptions.builder().protect(true).build());
            var container = new BlobContainer("data", BlobContainerArgs.builder()
                .resourceGroupName(rg.name()).accountName(sa.name()).build());

            var keys = StorageFunctions.listStorageAccountKeys(ListStorageAccountKeysArgs.builder()
                .resourceGroupName(rg.name()).accountName(sa.name()).build());
            var connectionString = Output.tuple(sa.name(), keys.applyValue(k -> k.keys().get(0).value()))
                .applyValue(t -> "DefaultEndpointsProtocol=https;AccountName=" + t.t1 + ";AccountKey=" + t.t2)
                .asSecret();

            var vault = new Vault("kv", VaultArgs.builder()
                .resourceGroupName(rg.name())
                .properties(VaultPropertiesArgs.builder()
                    .tenantId(client.applyValue(GetClientConfigResult::tenantId))
                    .sku(SkuArgs.builder().family(SkuFamily.A).name(SkuName.Standard).build())
                    .enableRbacAuthorization(true)
                    .enablePurgeProtection(true)
                    .build())
                .build());

            var secondary = new Provider("secondary", ProviderArgs.builder().subscriptionId(clientPlain.subscriptionId()).build());
            var rg2 = new ResourceGroup("rg-dr", ResourceGroupArgs.builder().location("northeurope").build(),
                CustomResourceOptions.builder().provider(secondary).build());

            var plan = new AppServicePlan("plan", AppServicePlanArgs.builder()
                .resourceGroupName(rg.name()).kind("Linux").reserved(true)
                .sku(SkuDescriptionArgs.builder().name("B1").tier("Basic").build()).build());
            var app = new WebApp("app", WebAppArgs.builder()
                .resourceGroupName(rg.name())
                .serverFarmId(plan.id())
                .httpsOnly(true)
                .siteConfig(SiteConfigArgs.builder()
                    .appSettings(
                        NameValuePairArgs.builder().name("STORAGE").value(connectionString).build(),
                        NameValuePairArgs.builder().name("ADMIN_PW").value(adminPassword).build(),
                        NameValuePairArgs.builder().name("WEB").value(sa.primaryEndpoints().applyValue(e -> e.web())).build())
                    .build())
                .build(), CustomResourceOptions.builder().dependsOn(container).build());

            ctx.export("subscription", Output.of(clientPlain.subscriptionId()));
            ctx.export("scope", client.applyValue(c -> "/subscriptions/" + c.subscriptionId() + "/resourceGroups"));
            ctx.export("blobEndpoint", sa.primaryEndpoints().applyValue(e -> e.blob()));
            ctx.export("vaultUri", vault.properties().applyValue(p -> p.vaultUri().orElse("none")));
            ctx.export("host", app.defaultHostName());
            ctx.export("outbound", app.outboundIpAddresses().applyValue(ips -> ips.split(",").length));
            ctx.export("connection", connectionString);
            ctx.export("drGroup", rg2.name());
            ctx.export("settings", Output.of(Map.of("tier", "Basic", "replicas", 2)));
        });
    }
}
