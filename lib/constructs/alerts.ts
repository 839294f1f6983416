import { Annotations } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { SubscriptionFilter, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { ResolvedSubscription } from '../../lambdas/core/subscriptions/resolve-subscription';

export interface AlertsProps {
  /** Encrypts messages at rest in the topic. Publishers need `kms:GenerateDataKey` and `kms:Decrypt` on it. */
  readonly masterKey: IKey;
  /**
   * Sender name of the alert emails.
   * @default 'communique'
   */
  readonly displayName?: string;
  /**
   * Email subscriptions, each with its filter policy on the `interests` attribute.
   * @default - none (subscribers can be added later with `communique subscribe`)
   */
  readonly subscriptions?: readonly ResolvedSubscription[];
}

/** The alerts topic: one standard SNS topic, email subscribers filtered by the countries and officials they follow. */
export class Alerts extends Construct {
  /** Standard topic (email subscriptions need one); SSL enforced, encrypted with the given key. */
  public readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlertsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', {
      displayName: props.displayName ?? 'communique',
      masterKey: props.masterKey,
      enforceSSL: true,
    });
    // At synth no archive is reachable (the table is the stack's own): names are not checked against it.
    if ((props.subscriptions ?? []).some((s) => (s.officials ?? []).length > 0)) {
      Annotations.of(this).addInfo(
        'Officials in cdk.json subscriptions were not checked against an archive (none is reachable at synth): ' +
          'a surname follows everyone with that surname, a full name follows it as written. ' +
          "'communique subscribe --dry-run --strict --stack <name>' checks a name against the deployed archive.",
      );
    }
    for (const subscription of props.subscriptions ?? []) {
      // The subscription's construct id is the address, so adding or removing one entry leaves the
      // others (and their confirmations) untouched.
      this.topic.addSubscription(
        new EmailSubscription(subscription.email, {
          filterPolicy: Object.fromEntries(
            Object.entries(subscription.filterPolicy).map(([attribute, values]) => [
              attribute,
              SubscriptionFilter.stringFilter({ allowlist: [...values] }),
            ]),
          ),
        }),
      );
    }
  }
}
