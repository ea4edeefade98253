package eu.rampart.diff;

import java.util.Locale;
import java.util.Set;

/**
 * Resource types that hold data or keys: deleting or replacing one loses data, keys or audit
 * history (CONTROLS.md DATA-4), so the diff flags it first.
 */
public final class StatefulTypes {
  private StatefulTypes() {}

  /** {@code module:class}, lower case; the module is the type's middle part without sub-path or API version. */
  private static final Set<String> STATEFUL = Set.of(
      // AWS (classic and native)
      "s3:bucket", "s3:bucketv2", "kms:key", "rds:instance", "rds:cluster", "rds:dbinstance", "rds:dbcluster",
      "dynamodb:table", "efs:filesystem", "ebs:volume", "ec2:volume", "backup:vault", "backup:backupvault",
      "secretsmanager:secret", "cloudwatch:loggroup", "logs:loggroup", "glacier:vault", "docdb:cluster",
      "elasticache:replicationgroup", "redshift:cluster", "neptune:cluster", "opensearch:domain", "cloudtrail:trail",
      // Azure
      "storage:storageaccount", "storage:blobcontainer", "keyvault:vault", "keyvault:key", "keyvault:secret",
      "keyvault:managedhsm", "sql:server", "sql:database", "dbforpostgresql:server", "dbforpostgresql:flexibleserver",
      "dbformysql:server", "dbformysql:flexibleserver", "documentdb:databaseaccount", "recoveryservices:vault",
      "dataprotection:backupvault", "operationalinsights:workspace", "compute:disk");

  public static boolean isStateful(String type) {
    return STATEFUL.contains(key(type));
  }

  static String key(String type) {
    if (type == null) return "";
    String[] parts = type.split(":");
    if (parts.length != 3) return "";
    String module = parts[1];
    int slash = module.indexOf('/');
    if (slash >= 0) module = module.substring(0, slash);
    return (module + ":" + parts[2]).toLowerCase(Locale.ROOT);
  }
}
