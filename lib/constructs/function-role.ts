import { RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** What {@link functionLogsAndRole} needs. */
export interface FunctionLogsAndRoleProps {
  /** What the function may do, in the role's description. */
  readonly description: string;
  /** @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A function's own log group (`Logs`) and role (`Role`) in `scope`, the role allowed to write that group and
 * nothing else yet. No managed policy: AWSLambdaBasicExecutionRole would allow writing to any log group.
 */
export function functionLogsAndRole(
  scope: Construct,
  props: FunctionLogsAndRoleProps,
): { readonly logGroup: LogGroup; readonly role: Role } {
  const logGroup = new LogGroup(scope, 'Logs', {
    retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
  });
  const role = new Role(scope, 'Role', {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: props.description,
  });
  logGroup.grantWrite(role);
  return { logGroup, role };
}
