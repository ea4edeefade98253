package eu.rampart.stacks.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bucket and role policy documents of {@link EncryptedBucket}. */
final class BucketPolicies {
  private BucketPolicies() {}

  /** Refuses every request over plain HTTP (ENC-3) and lets the given services deliver logs. */
  static String tlsOnly(String bucketArn, String account, List<String> serviceWriters) {
    List<Map<String, Object>> statements = new ArrayList<>();
    statements.add(PolicyJson.withCondition(
        PolicyJson.statement("DenyInsecureTransport", "Deny", "*", "s3:*", List.of(bucketArn, bucketArn + "/*")),
        "Bool", "aws:SecureTransport", "false"));
    if (!serviceWriters.isEmpty()) {
      statements.add(PolicyJson.withCondition(
          PolicyJson.statement("ServicesReadAcl", "Allow", Map.of("Service", serviceWriters), "s3:GetBucketAcl", bucketArn),
          "StringEquals", "aws:SourceAccount", account));
      statements.add(PolicyJson.withCondition(
          PolicyJson.statement("ServicesDeliver", "Allow", Map.of("Service", serviceWriters), "s3:PutObject",
              bucketArn + "/AWSLogs/" + account + "/*"),
          "StringEquals", "s3:x-amz-acl", "bucket-owner-full-control"));
    }
    return PolicyJson.document(statements);
  }

  static String replication(String sourceArn, String targetArn, String sourceKeyArn, String targetKeyArn) {
    return PolicyJson.document(List.of(
        PolicyJson.statement("ReadSource", "Allow", null,
            List.of("s3:GetReplicationConfiguration", "s3:ListBucket"), sourceArn),
        PolicyJson.statement("ReadSourceVersions", "Allow", null,
            List.of("s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging",
                "s3:GetObjectRetention", "s3:GetObjectLegalHold"), sourceArn + "/*"),
        PolicyJson.statement("WriteReplica", "Allow", null,
            List.of("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags", "s3:ObjectOwnerOverrideToBucketOwner"),
            targetArn + "/*"),
        PolicyJson.statement("DecryptSource", "Allow", null, "kms:Decrypt", sourceKeyArn),
        PolicyJson.statement("EncryptReplica", "Allow", null, List.of("kms:Encrypt", "kms:GenerateDataKey"), targetKeyArn)));
  }
}
