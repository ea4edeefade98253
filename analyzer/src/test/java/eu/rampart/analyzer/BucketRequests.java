package eu.rampart.analyzer;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource;

/** Per-resource Analyze requests for S3 buckets whose explicit provider sits in a given region, as the engine sends them. */
final class BucketRequests {
  private BucketRequests() {}

  static String urn(int i) { return "urn:pulumi:prod::probe::aws:s3/bucketV2:BucketV2::bucket-" + i; }

  static AnalyzeRequest bucket(int i, String providerRegion) {
    AnalyzerProviderResource provider = AnalyzerProviderResource.newBuilder()
        .setUrn("urn:pulumi:prod::probe::pulumi:providers:aws::" + providerRegion)
        .setType("pulumi:providers:aws").setName(providerRegion)
        .setProperties(Struct.newBuilder().putFields("region", str(providerRegion))).build();
    return AnalyzeRequest.newBuilder().setUrn(urn(i)).setType("aws:s3/bucketV2:BucketV2").setName("bucket-" + i)
        .setProperties(Struct.newBuilder().putFields("bucket", str("bucket-" + i)).putFields("tags",
            Value.newBuilder().setStructValue(Struct.newBuilder()
                .putFields("environment", str("prod")).putFields("owner", str("platform"))
                .putFields("data-classification", str("internal"))).build()))
        .setProvider(provider).build();
  }

  static Value str(String s) { return Value.newBuilder().setStringValue(s).build(); }
}
