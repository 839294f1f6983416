import { CfnResource, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { synthStack } from './synth-stack';

// The subscriber path (issue 13) is deployed only with context senderEmail; without it, synth says so.

const SENDER = 'alerts@example.org';
const built = synthStack({ context: { senderEmail: SENDER, sesMaxPerSecond: 14 } });
const template = Template.fromStack(built.stack);
const notifier = built.stack.notifier;

describe('without senderEmail', () => {
  const plain = synthStack();
  test('no notifier, SES or schedule, and a note at synth', () => {
    const t = Template.fromStack(plain.stack);
    expect(plain.stack.notifier).toBeNull();
    t.resourceCountIs('AWS::Scheduler::Schedule', 0);
    t.resourceCountIs('AWS::SES::ConfigurationSet', 0);
    Annotations.fromStack(plain.stack).hasInfo(
      '/Communique',
      Match.stringLikeRegexp('No context senderEmail'),
    );
  });
});

describe('with senderEmail', () => {
  test('a raw-delivery SQS subscription on the alerts topic, with a dead-letter queue', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'sqs', RawMessageDelivery: true });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  test('the notifier: one at a time, paced to sesMaxPerSecond', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('notifier'),
      ReservedConcurrentExecutions: 1,
      Environment: {
        Variables: Match.objectLike({ SENDER_EMAIL: SENDER, SES_MAX_PER_SECOND: '14' }),
      },
    });
  });

  test('a schedule every 15 minutes in UTC with a retry policy and a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      ScheduleExpressionTimezone: 'UTC',
      Target: Match.objectLike({
        Input: '{"kind":"digest"}',
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 600 },
        DeadLetterConfig: { Arn: Match.anyValue() },
      }),
    });
  });

  test('SES: the sender identity, a configuration set sending bounces and complaints to EventBridge', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: SENDER });
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: Match.arrayEquals(['bounce', 'complaint']),
        EventBridgeDestination: Match.anyValue(),
      }),
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['aws.ses'], 'detail-type': ['Email Bounced', 'Email Complained'] },
    });
    template.resourceCountIs('AWS::SecretsManager::Secret', 1);
  });

  test('the role: subscriber items, release items read, SendEmail from the identity only, nothing else', () => {
    const role = notifier?.role;
    expect(role).toBeDefined();
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: built.stack.resolve((role as NonNullable<typeof role>).roleName).Ref }] },
    });
    const statements = Object.values(policies).flatMap(
      (p) =>
        (p as { Properties: { PolicyDocument: { Statement: Record<string, unknown>[] } } }).Properties
          .PolicyDocument.Statement,
    );
    const actions = statements.flatMap((s) => [s.Action].flat() as string[]).sort();
    expect(actions).toEqual(
      [
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'secretsmanager:DescribeSecret',
        'secretsmanager:GetSecretValue',
        'ses:SendEmail',
        // The event source mappings', on the notifier's own two queues.
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:ReceiveMessage',
      ].sort(),
    );
    for (const s of statements) expect([s.Resource].flat()).not.toContain('*');
    // The event source mappings' statement: the alerts queue and the confirmation queue, nothing else.
    const n = notifier as NonNullable<typeof notifier>;
    const queueArns = [n.queue.queueArn, n.confirmationQueue.queueArn].map((a) => built.stack.resolve(a));
    for (const s of statements.filter((x) => JSON.stringify(x.Action).includes('sqs:')))
      expect([s.Resource].flat()).toEqual(expect.arrayContaining(queueArns));
    for (const s of statements.filter((x) => JSON.stringify(x.Action).includes('sqs:')))
      expect([s.Resource].flat()).toHaveLength(2);
    const ses = statements.find((s) => s.Action === 'ses:SendEmail');
    const resources = JSON.stringify(ses?.Resource);
    expect(resources).toContain(
      `":identity/",{"Ref":"${built.stack.getLogicalId((notifier as NonNullable<typeof notifier>).identity.node.defaultChild as CfnResource)}"}`,
    );
    expect(resources).toContain(':configuration-set/');
    const dynamo = statements.filter(
      (s) => String(s.Action).startsWith('dynamodb') || JSON.stringify(s.Action).includes('dynamodb'),
    );
    for (const s of dynamo) expect(JSON.stringify(s.Condition)).toContain('dynamodb:LeadingKeys');
  });

  test('the web role may only add subscriber items and send confirmation requests, on top of its reads', () => {
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: built.stack.resolve(built.stack.web.role.roleName).Ref }] },
    });
    const statements = Object.values(policies).flatMap(
      (p) =>
        (p as { Properties: { PolicyDocument: { Statement: Record<string, unknown>[] } } }).Properties
          .PolicyDocument.Statement,
    );
    const put = statements.find((s) => JSON.stringify(s.Action).includes('dynamodb:PutItem'));
    expect(JSON.stringify(put?.Condition)).toContain('SUB#*');
    // No mail from the web function: the notifier sends the confirmation (SES only in the notifier's role).
    expect(JSON.stringify(statements)).not.toContain('ses:');
    const n = notifier as NonNullable<typeof notifier>;
    const sqs = statements.filter((s) => JSON.stringify(s.Action).includes('sqs:'));
    expect(sqs).toEqual([
      expect.objectContaining({
        Action: 'sqs:SendMessage',
        Effect: 'Allow',
        Resource: built.stack.resolve(n.confirmationQueue.queueArn),
      }),
    ]);
    const web = Object.values(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Description: Match.stringLikeRegexp('communique web') },
      }),
    )[0] as { Properties: { Environment: { Variables: Record<string, unknown> } } };
    expect(Object.keys(web.Properties.Environment.Variables).sort()).toEqual(
      ['ARCHIVE_TABLE_NAME', 'CONFIRMATION_QUEUE_URL', 'NODE_OPTIONS', 'TOKEN_KEY_SECRET_ARN'].sort(),
    );
    expect(web.Properties.Environment.Variables.CONFIRMATION_QUEUE_URL).toEqual(
      built.stack.resolve(n.confirmationQueue.queueUrl),
    );
  });

  test('the confirmation queue: its own dead-letter queue, consumed by the notifier, alarms on both', () => {
    const n = notifier as NonNullable<typeof notifier>;
    const queue = built.stack.getLogicalId(n.confirmationQueue.node.defaultChild as CfnResource);
    const dlq = built.stack.getLogicalId(n.confirmationDeadLetterQueue.node.defaultChild as CfnResource);
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] }, maxReceiveCount: 5 },
      SqsManagedSseEnabled: true,
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queue, 'Arn'] },
      FunctionName: { Ref: built.stack.getLogicalId(n.function.node.defaultChild as CfnResource) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('notifier'),
      Environment: {
        Variables: Match.objectLike({ CONFIRMATION_QUEUE_ARN: { 'Fn::GetAtt': [queue, 'Arn'] } }),
      },
    });
    const alerts = built.stack.getLogicalId(n.deadLetterQueue.node.defaultChild as CfnResource);
    for (const q of [dlq, alerts])
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [q, 'QueueName'] } }],
        Threshold: 0,
        AlarmActions: [{ Ref: Match.anyValue() }],
      });
  });

  test('cdk-nag AwsSolutions: clean, two acknowledgements with reasons, each on one resource', () => {
    const report = new AwsSolutionsChecks(built.stack, { verbose: true }).validateScope(built.stack);
    expect(
      report.violations.map(
        (v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
      ),
    ).toEqual([]);
    const acknowledged = (notifier as NonNullable<typeof notifier>).node
      .findAll()
      .filter((c) => c.node.metadata.some((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY));
    expect(acknowledged.map((c) => c.node.path).sort()).toEqual([
      'Communique/Subscribers/ScheduleDeadLetterQueue/Resource',
      'Communique/Subscribers/TokenKey',
    ]);
    for (const c of acknowledged) {
      expect(c.node.findAll().filter((x) => CfnResource.isCfnResource(x))).toHaveLength(1);
      const reasons = c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY);
      expect(reasons).toHaveLength(1);
      expect(JSON.stringify(reasons[0]?.data).length).toBeGreaterThan(60);
    }
  });
});
