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
        // The event source mapping's, on the notifier's own queue.
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:ReceiveMessage',
      ].sort(),
    );
    for (const s of statements) expect([s.Resource].flat()).not.toContain('*');
    const queueArn = built.stack.resolve((notifier as NonNullable<typeof notifier>).queue.queueArn);
    for (const s of statements.filter((x) => JSON.stringify(x.Action).includes('sqs:')))
      expect(s.Resource).toEqual(queueArn);
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

  test('the web role may only add subscriber items and send from the identity, on top of its reads', () => {
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
    const ses = statements.find((s) => s.Action === 'ses:SendEmail');
    expect(JSON.stringify(ses?.Resource)).toContain(':identity/');
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('communique web'),
      Environment: {
        Variables: Match.objectLike({ SENDER_EMAIL: SENDER, TOKEN_KEY_SECRET_ARN: Match.anyValue() }),
      },
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
