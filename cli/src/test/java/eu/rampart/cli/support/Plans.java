package eu.rampart.cli.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small rampart-plan/v1 documents written by tests. */
public final class Plans {
  private Plans() {}

  public static String bucketPlan(String region, String bucketName) {
    String urn = "urn:pulumi:prod::aws-landing-zone::aws:s3/bucketV2:BucketV2::" + bucketName;
    return """
        {
          "format": "rampart-plan/v1",
          "generator": "rampart",
          "stack": {"project": "aws-landing-zone", "name": "prod", "environment": "prod",
                    "config": {"aws:region": "%1$s"}},
          "resources": [
            {"urn": "urn:pulumi:prod::aws-landing-zone::pulumi:pulumi:Stack::aws-landing-zone-prod",
             "type": "pulumi:pulumi:Stack", "name": "aws-landing-zone-prod", "custom": false,
             "parent": null, "provider": null, "dependencies": [], "region": null, "regionSource": "unknown",
             "inputs": {}, "outputs": {}, "protect": false, "retainOnDelete": false},
            {"urn": "%2$s", "type": "aws:s3/bucketV2:BucketV2", "name": "%3$s", "custom": true, "id": "%3$s-1a2b3c",
             "parent": null, "provider": null, "dependencies": [], "region": "%1$s", "regionSource": "input",
             "inputs": {"bucket": "%3$s", "region": "%1$s"}, "outputs": {"arn": "arn:aws:s3:::%3$s"},
             "protect": true, "retainOnDelete": false}
          ]
        }
        """.formatted(region, urn, bucketName);
  }

  public static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
