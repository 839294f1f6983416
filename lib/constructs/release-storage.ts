import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { RELEASE_TABLE } from '../../lambdas/adapters/release-table';

export interface ReleaseStorageProps {
  /**
   * What happens to the bucket, its access logs and the table when the stack is deleted. With `DESTROY`,
   * CloudFormation still refuses to delete a bucket that holds objects: empty it first.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * How long server access logs are kept.
   * @default Duration.days(365)
   */
  readonly accessLogsRetention?: Duration;
}

/**
 * Where releases live: the private, versioned releases bucket (with server access logs in a second bucket)
 * and the DynamoDB table of parsed releases.
 */
export class ReleaseStorage extends Construct {
  /** Input bucket: press releases are uploaded here. */
  public readonly bucket: Bucket;
  /** Receives the releases bucket's server access logs. */
  public readonly accessLogsBucket: Bucket;
  /** Parsed releases and their index items (keys from `RELEASE_TABLE`). */
  public readonly table: Table;

  constructor(scope: Construct, id: string, props: ReleaseStorageProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    // Grant log delivery through a bucket policy, not the legacy LogDeliveryWrite ACL (which needs ACLs
    // enabled), even in an app whose cdk.json lacks this feature flag: it must be set before the buckets.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);

    // Server access logs are delivered only to buckets with SSE-S3 (not SSE-KMS), owned by the bucket owner.
    this.accessLogsBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: props.accessLogsRetention ?? Duration.days(365) }],
      removalPolicy,
    });

    this.bucket = new Bucket(this, 'Releases', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'releases/',
      // Old versions are kept for a while so that an overwritten or deleted release can be recovered.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      removalPolicy,
    });

    this.table = new Table(this, 'Table', {
      partitionKey: { name: RELEASE_TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: RELEASE_TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // An AWS managed key (aws/dynamodb) rather than the AWS owned default: its use shows in CloudTrail.
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy,
    });
    for (const index of RELEASE_TABLE.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
  }
}
