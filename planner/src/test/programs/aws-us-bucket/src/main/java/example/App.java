package example;

import com.pulumi.Pulumi;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;

public class App {
    public static void main(String[] args) {
        Pulumi.run(ctx -> {
            var bucket = new BucketV2("my-bucket");
            new BucketServerSideEncryptionConfigurationV2("my-bucket-sse", BucketServerSideEncryptionConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                    .applyServerSideEncryptionByDefault(BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                        .sseAlgorithm("aws:kms").build())
                    .build())
                .build());
            // provider-computed outputs: known or unknown, never a null that crashes the program
            ctx.export("bucketName", bucket.bucket());
            ctx.export("website", bucket.websiteEndpoint().applyValue(e -> e.toUpperCase()));
            ctx.export("domain", bucket.bucketRegionalDomainName().applyValue(d -> d.length()));
        });
    }
}
