import { Match, Template } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { resolveSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';
import { ENV } from '../../lambdas/ingest/env';
import { WEB_ENV } from '../../lambdas/web/env';
import { STACK_OUTPUTS } from '../../lib/stack-outputs';
import { synthStack } from './synth-stack';

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

const SUBSCRIPTIONS = [
  { email: 'balkans@example.org', countries: ['SI', 'HR'] },
  { email: 'people@example.org', officials: ['Nataša Pirc Musar'], countries: ['KZ'] },
];

let template: Template;

beforeAll(() => {
  const { stack } = synthStack({
    context: { subscriptions: SUBSCRIPTIONS, opsEmail: 'ops@example.org', maxObjectBytes: 1_000_000 },
  });
  template = Template.fromStack(stack);
});

const only = (type: string): [string, Resource] => {
  const found = Object.entries(template.findResources(type)) as [string, Resource][];
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
};
const ref = (logicalId: string) => ({ 'Fn::GetAtt': [logicalId, 'Arn'] });
const releasesBucketId = (): string => {
  const ids = Object.keys(
    template.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: {} } }),
  );
  expect(ids).toHaveLength(1);
  return ids[0] as string;
};
const ingestFunction = (): [string, Resource] => {
  const found = Object.entries(
    template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { [ENV.tableName]: Match.anyValue() } } },
    }),
  ) as [string, Resource][];
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
};
/** The log group the ingest function logs to (the web function has its own). */
const ingestLogGroupId = (): string => {
  const [, fn] = ingestFunction();
  return (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
};
const ingestRoleStatements = (): Statement[] => roleStatements(ingestFunction()[1]);
const roleStatements = (fn: Resource): Statement[] => {
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const role = template.findResources('AWS::IAM::Role')[roleId] as Resource;
  expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  expect(role.Properties.Policies).toBeUndefined();
  const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) =>
    (p.Properties.Roles as unknown[]).some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleId })),
  );
  return policies.flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
};
const actionsOf = (statement: Statement): string[] =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];
/** A bucket/queue/topic policy statement that denies every request not made over TLS. */
const denyInsecure = Match.objectLike({
  Effect: 'Deny',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

describe('releases bucket', () => {
  test('blocks public access, encrypts, versions, and logs access to the log bucket', () => {
    const id = releasesBucketId();
    const bucket = template.findResources('AWS::S3::Bucket')[id] as Resource;
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: {
        DestinationBucketName: { Ref: expect.any(String) },
        LogFilePrefix: 'releases/',
      },
    });
    const logBucketId = (bucket.Properties.LoggingConfiguration as { DestinationBucketName: { Ref: string } })
      .DestinationBucketName.Ref;
    expect(logBucketId).not.toBe(id);
    const logBucket = template.findResources('AWS::S3::Bucket')[logBucketId] as Resource;
    expect(logBucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: true },
      // Server access logs can only be delivered to an SSE-S3 bucket.
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
  });

  test('both buckets deny requests without TLS', () => {
    for (const id of Object.keys(template.findResources('AWS::S3::Bucket'))) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: id },
        PolicyDocument: { Statement: Match.arrayWith([denyInsecure]) },
      });
    }
  });

  test('is retained by default, destroyed when configured', () => {
    expect(template.findResources('AWS::S3::Bucket')[releasesBucketId()]).toMatchObject({
      DeletionPolicy: 'Retain',
    });
    const destroy = Template.fromStack(synthStack({ context: { removalPolicy: 'destroy' } }).stack);
    const buckets = Object.values(destroy.findResources('AWS::S3::Bucket'));
    expect(buckets).toHaveLength(2);
    for (const bucket of buckets) expect(bucket).toMatchObject({ DeletionPolicy: 'Delete' });
    destroy.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
    destroy.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: false });
  });

  test('sends ObjectCreated events to the ingest queue', () => {
    const [queueId] = ingestQueue();
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: releasesBucketId() },
      NotificationConfiguration: {
        QueueConfigurations: [{ Events: ['s3:ObjectCreated:*'], QueueArn: ref(queueId) }],
      },
    });
  });
});

function ingestQueue(): [string, Resource] {
  const found = Object.entries(
    template.findResources('AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.anyValue() } }),
  ) as [string, Resource][];
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
}

describe('ingest queue', () => {
  test('is encrypted, sends to a dead-letter queue after 5 receives, hides messages for 6+ function timeouts', () => {
    const [, queue] = ingestQueue();
    const [, fn] = ingestFunction();
    expect(queue.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      RedrivePolicy: { maxReceiveCount: 5, deadLetterTargetArn: ref(deadLetterQueueId()) },
    });
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * (fn.Properties.Timeout as number));
  });

  test('dead-letter queue is encrypted and keeps messages 14 days', () => {
    const dlq = template.findResources('AWS::SQS::Queue')[deadLetterQueueId()] as Resource;
    expect(dlq.Properties).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
  });

  test('both queues deny requests without TLS; only S3 from this bucket may send to the ingest queue', () => {
    const [queueId] = ingestQueue();
    for (const id of [queueId, deadLetterQueueId()]) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: { Statement: Match.arrayWith([denyInsecure]) },
      });
    }
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Condition: { ArnLike: { 'aws:SourceArn': ref(releasesBucketId()) } },
          }),
        ]),
      },
    });
  });

  test('is consumed by the ingest function with partial batch responses and bounded concurrency', () => {
    const [queueId] = ingestQueue();
    const [fnId] = ingestFunction();
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: ref(queueId),
      FunctionName: { Ref: fnId },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: Match.anyValue(),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });
});

function deadLetterQueueId(): string {
  const ids = Object.keys(
    template.findResources('AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.absent() } }),
  );
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

describe('ingest function', () => {
  test('runs on arm64 with the newest Node.js runtime aws-cdk-lib knows', () => {
    const newest = Runtime.ALL.filter((r) => /^nodejs\d+\.x$/.test(r.name))
      .map((r) => r.name)
      .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
      .pop();
    const [, fn] = ingestFunction();
    expect(fn.Properties).toMatchObject({ Architectures: ['arm64'], Runtime: newest, MemorySize: 512 });
  });

  test('gets the bucket, table, topic and size limit from its environment', () => {
    const [, fn] = ingestFunction();
    expect((fn.Properties.Environment as { Variables: unknown }).Variables).toEqual({
      [ENV.bucketName]: { Ref: releasesBucketId() },
      [ENV.tableName]: { Ref: only('AWS::DynamoDB::Table')[0] },
      [ENV.topicArn]: { Ref: alertsTopicId() },
      [ENV.maxObjectBytes]: '1000000',
      POWERTOOLS_SERVICE_NAME: 'communique-ingest',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  test('logs to its own log group with the configured retention', () => {
    const [, fn] = ingestFunction();
    const logGroupId = ingestLogGroupId();
    const logGroup = template.findResources('AWS::Logs::LogGroup')[logGroupId] as Resource;
    expect(logGroup.Properties.RetentionInDays).toBe(30);
    expect(fn.Properties.LoggingConfig).toEqual({ LogGroup: { Ref: logGroupId } });
  });

  test('its role allows exactly: write its log group, read release objects, write the table, publish, consume', () => {
    const logGroupId = ingestLogGroupId();
    const [tableId] = only('AWS::DynamoDB::Table');
    const [keyId] = only('AWS::KMS::Key');
    const [queueId] = ingestQueue();
    const bucketObjects = { 'Fn::Join': ['', [ref(releasesBucketId()), '/*']] };
    const statements = ingestRoleStatements();
    expect(statements.map((s) => s.Effect)).toEqual(statements.map(() => 'Allow'));
    expect(statements.map((s) => ({ actions: actionsOf(s).sort(), resource: s.Resource }))).toEqual([
      { actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resource: ref(logGroupId) },
      { actions: ['s3:GetObject', 's3:GetObjectVersion'], resource: bucketObjects },
      {
        actions: ['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
        resource: ref(tableId),
      },
      { actions: ['sns:Publish'], resource: { Ref: alertsTopicId() } },
      { actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resource: ref(keyId) },
      {
        actions: [
          'sqs:ChangeMessageVisibility',
          'sqs:DeleteMessage',
          'sqs:GetQueueAttributes',
          'sqs:GetQueueUrl',
          'sqs:ReceiveMessage',
        ],
        resource: ref(queueId),
      },
    ]);
  });

  test('its role has no wildcard action and cannot write, delete or reconfigure any bucket', () => {
    const actions = ingestRoleStatements().flatMap(actionsOf);
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    expect(actions.filter((a) => a.startsWith('s3:') && !/^s3:Get/.test(a))).toEqual([]);
  });
});

describe('table', () => {
  test('is on-demand with point-in-time recovery and KMS encryption', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      // SSEEnabled without a key: the AWS managed aws/dynamodb KMS key (not the AWS owned default).
      SSESpecification: { SSEEnabled: true },
      DeletionProtectionEnabled: true,
    });
    expect((table.Properties.SSESpecification as Record<string, unknown>).KMSMasterKeyId).toBeUndefined();
    expect(table.DeletionPolicy).toBe('Retain');
  });
});

function alertsTopicId(): string {
  const ids = Object.keys(
    template.findResources('AWS::SNS::Topic', { Properties: { DisplayName: 'communique' } }),
  );
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

function opsTopicId(): string {
  const ids = Object.keys(
    template.findResources('AWS::SNS::Topic', { Properties: { DisplayName: 'communique operations' } }),
  );
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

describe('alerts topic', () => {
  test('is a standard topic, encrypted with a rotating customer managed key, SSL enforced', () => {
    const [keyId, key] = only('AWS::KMS::Key');
    expect(key.Properties.EnableKeyRotation).toBe(true);
    const topic = template.findResources('AWS::SNS::Topic')[alertsTopicId()] as Resource;
    expect(topic.Properties.FifoTopic).toBeUndefined();
    expect(topic.Properties.KmsMasterKeyId).toEqual(ref(keyId));
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: alertsTopicId() }],
      PolicyDocument: { Statement: Match.arrayWith([denyInsecure]) },
    });
  });

  test('has one email subscription per configured entry, filtered on its interests', () => {
    const subscriptions = Object.values(
      template.findResources('AWS::SNS::Subscription', {
        Properties: { TopicArn: { Ref: alertsTopicId() } },
      }),
    ).map((s) => s.Properties);
    expect(subscriptions).toEqual(
      SUBSCRIPTIONS.map((input) => {
        const resolved = resolveSubscription(input);
        return {
          Protocol: 'email',
          TopicArn: { Ref: alertsTopicId() },
          Endpoint: resolved.email,
          FilterPolicy: { interests: [...resolved.interests] },
        };
      }),
    );
    expect(subscriptions[0]?.FilterPolicy).toEqual({ interests: ['country:SI', 'country:HR'] });
  });

  test('has no subscription when none is configured', () => {
    const bare = Template.fromStack(synthStack({ context: { subscriptions: [], opsEmail: null } }).stack);
    bare.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  test('a bad subscription stops the synth with a message that names it', () => {
    expect(() =>
      synthStack({ context: { subscriptions: [{ email: 'x@y.org', countries: ['Atlantis'] }] } }),
    ).toThrow(`cdk.json context "subscriptions"[0] (x***@y.org): unknown country 'Atlantis'`);
  });
});

describe('operations alarms', () => {
  test('the operations topic is encrypted, SSL enforced, publishable by CloudWatch, mailed to opsEmail', () => {
    const [keyId, key] = only('AWS::KMS::Key');
    const topic = template.findResources('AWS::SNS::Topic')[opsTopicId()] as Resource;
    expect(topic.Properties.KmsMasterKeyId).toEqual(ref(keyId));
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: opsTopicId() }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          denyInsecure,
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
          }),
        ]),
      },
    });
    const keyStatements = (key.Properties.KeyPolicy as { Statement: Statement[] }).Statement;
    expect(keyStatements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      }),
    );
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: { Ref: opsTopicId() },
      Protocol: 'email',
      Endpoint: 'ops@example.org',
    });
  });

  test('alarm when the dead-letter queue is not empty', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [deadLetterQueueId(), 'QueueName'] } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: opsTopicId() }],
      OKActions: [{ Ref: opsTopicId() }],
    });
  });

  test('alarm when the ingest function reports errors', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: ingestFunction()[0] } }],
      Statistic: 'Sum',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: opsTopicId() }],
    });
  });

  test('no operations subscription without opsEmail', () => {
    const bare = Template.fromStack(synthStack({ context: { opsEmail: null } }).stack);
    bare.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});

describe('stack', () => {
  test('outputs bucket, table, topics, queues and function under the keys the CLI reads', () => {
    const [tableId] = only('AWS::DynamoDB::Table');
    const [queueId] = ingestQueue();
    expect(template.toJSON().Outputs).toEqual({
      [STACK_OUTPUTS.bucketName]: expect.objectContaining({ Value: { Ref: releasesBucketId() } }),
      [STACK_OUTPUTS.tableName]: expect.objectContaining({ Value: { Ref: tableId } }),
      [STACK_OUTPUTS.alertsTopicArn]: expect.objectContaining({ Value: { Ref: alertsTopicId() } }),
      [STACK_OUTPUTS.ingestQueueUrl]: expect.objectContaining({ Value: { Ref: queueId } }),
      [STACK_OUTPUTS.deadLetterQueueUrl]: expect.objectContaining({ Value: { Ref: deadLetterQueueId() } }),
      [STACK_OUTPUTS.operationsTopicArn]: expect.objectContaining({ Value: { Ref: opsTopicId() } }),
      [STACK_OUTPUTS.ingestFunctionName]: expect.objectContaining({ Value: { Ref: ingestFunction()[0] } }),
      [STACK_OUTPUTS.webUrl]: expect.objectContaining({
        Value: { 'Fn::GetAtt': [webFunctionUrlId(), 'FunctionUrl'] },
      }),
    });
  });

  test('hard-codes no physical names and no account or region', () => {
    const json = JSON.stringify(template.toJSON().Resources);
    expect(json).not.toMatch(
      /"(BucketName|TableName|TopicName|QueueName|FunctionName|RoleName|LogGroupName)":"/,
    );
    expect(json).not.toMatch(/\b\d{12}\b/);
  });
});

const webFunction = (): [string, Resource] => {
  const found = Object.entries(
    template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { [WEB_ENV.tableName]: Match.anyValue() } } },
    }),
  ) as [string, Resource][];
  expect(found).toHaveLength(1);
  return found[0] as [string, Resource];
};
const webFunctionUrlId = (): string => only('AWS::Lambda::Url')[0];

describe('web function', () => {
  test('sits behind a Function URL, public by default, with reserved concurrency as its rate cap', () => {
    const [fnId, fn] = webFunction();
    const [, url] = only('AWS::Lambda::Url');
    expect(url.Properties).toEqual(
      expect.objectContaining({ AuthType: 'NONE', TargetFunctionArn: ref(fnId) }),
    );
    expect(fn.Properties.ReservedConcurrentExecutions).toBe(10);
    expect(fn.Properties.Runtime).toBe(Runtime.NODEJS_24_X.name);
    expect(fn.Properties.Environment).toEqual({
      Variables: {
        [WEB_ENV.tableName]: { Ref: only('AWS::DynamoDB::Table')[0] },
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
  });

  test('context webAuth AWS_IAM makes the URL take signed requests only', () => {
    const signed = Template.fromStack(synthStack({ context: { webAuth: 'AWS_IAM' } }).stack);
    signed.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'AWS_IAM' });
    expect(
      Object.keys(signed.findResources('AWS::Lambda::Permission', { Properties: { Principal: '*' } })),
    ).toEqual([]);
  });

  test('its own role reads the table, its indexes and the release objects, and writes only its log group', () => {
    const [, fn] = webFunction();
    const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    expect(logGroupId).not.toBe(ingestLogGroupId());
    expect(fn.Properties.Role).not.toEqual(ingestFunction()[1].Properties.Role);
    const [tableId] = only('AWS::DynamoDB::Table');
    const index = (name: string) => ({ 'Fn::Join': ['', [ref(tableId), `/index/${name}`]] });
    expect(roleStatements(fn).map((s) => ({ actions: actionsOf(s).sort(), resource: s.Resource }))).toEqual([
      { actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resource: ref(logGroupId) },
      {
        actions: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'],
        resource: [ref(tableId), index('gsi1'), index('gsi2')],
      },
      { actions: ['s3:GetObject'], resource: { 'Fn::Join': ['', [ref(releasesBucketId()), '/*']] } },
    ]);
  });
});
