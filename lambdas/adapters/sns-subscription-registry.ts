import {
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  SetSubscriptionAttributesCommand,
  type SNSClient,
  SubscribeCommand,
  type Subscription,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import { INTEREST_ATTRIBUTE } from '../core/interests';
import { MAX_FILTER_POLICIES_PER_TOPIC, topicFullMessage } from '../core/subscriptions/limits';
import type { FilterPolicy, ResolvedSubscription } from '../core/subscriptions/resolve-subscription';
import { SubscriptionError } from '../core/subscriptions/subscription-error';
import type { StoredSubscription, SubscriptionRegistry } from '../core/subscriptions/subscription-registry';

// SNS lists a subscription awaiting the subscriber's confirmation under this placeholder instead of an ARN.
const PENDING = 'PendingConfirmation';
const ATTRIBUTE_READS_IN_PARALLEL = 8;

/** Email subscriptions of the alerts topic, each with a filter policy on the `interests` attribute. */
export class SnsSubscriptionRegistry implements SubscriptionRegistry {
  constructor(
    private readonly sns: Pick<SNSClient, 'send'>,
    private readonly topicArn: string,
  ) {}

  async list(): Promise<StoredSubscription[]> {
    const subscriptions: Subscription[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.sns.send(
        new ListSubscriptionsByTopicCommand({ TopicArn: this.topicArn, NextToken: nextToken }),
      );
      subscriptions.push(...(page.Subscriptions ?? []).filter((s) => s.Protocol === 'email'));
      nextToken = page.NextToken;
    } while (nextToken);

    const stored: StoredSubscription[] = [];
    for (let i = 0; i < subscriptions.length; i += ATTRIBUTE_READS_IN_PARALLEL) {
      stored.push(
        ...(await Promise.all(
          subscriptions.slice(i, i + ATTRIBUTE_READS_IN_PARALLEL).map((s) => this.describe(s)),
        )),
      );
    }
    return stored;
  }

  async add(subscription: ResolvedSubscription): Promise<StoredSubscription> {
    const existing = await this.list();
    const sameAddress = existing.filter((s) => sameEmail(s.email, subscription.email));
    const policy = JSON.stringify(subscription.filterPolicy);
    const confirmed = sameAddress.find((s) => s.status === 'confirmed');
    if (confirmed) {
      // One subscription per address: subscribing again changes what it receives (applies within ~15 minutes).
      await this.sns.send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: confirmed.id,
          AttributeName: 'FilterPolicy',
          AttributeValue: policy,
        }),
      );
      return { ...confirmed, interests: subscription.interests, filterPolicy: subscription.filterPolicy };
    }
    // Pending subscriptions carry their filter policy too, so they count towards the quota.
    const filtered = existing.filter((s) => s.filterPolicy !== null || s.status === 'pending').length;
    if (sameAddress.length === 0 && filtered >= MAX_FILTER_POLICIES_PER_TOPIC) {
      throw new SubscriptionError(topicFullMessage(filtered));
    }
    const result = await this.sns.send(
      new SubscribeCommand({
        TopicArn: this.topicArn,
        Protocol: 'email',
        Endpoint: subscription.email,
        Attributes: { FilterPolicy: policy, FilterPolicyScope: 'MessageAttributes' },
        ReturnSubscriptionArn: true,
      }),
    );
    return {
      id: result.SubscriptionArn ?? PENDING,
      email: subscription.email,
      interests: subscription.interests,
      filterPolicy: subscription.filterPolicy,
      status: 'pending',
    };
  }

  async remove(idOrEmail: string): Promise<number> {
    if (idOrEmail.startsWith('arn:')) {
      await this.sns.send(new UnsubscribeCommand({ SubscriptionArn: idOrEmail }));
      return 1;
    }
    const matching = (await this.list()).filter((s) => sameEmail(s.email, idOrEmail));
    const confirmed = matching.filter((s) => s.status === 'confirmed');
    if (confirmed.length === 0 && matching.length > 0) {
      throw new SubscriptionError(
        'that address has only a subscription awaiting confirmation, which SNS cannot remove by address; ' +
          'it lapses if the confirmation email is not answered (or unsubscribe by the ARN that subscribe printed).',
      );
    }
    for (const s of confirmed) await this.sns.send(new UnsubscribeCommand({ SubscriptionArn: s.id }));
    return confirmed.length;
  }

  private async describe(s: Subscription): Promise<StoredSubscription> {
    const email = s.Endpoint ?? '';
    if (!s.SubscriptionArn || s.SubscriptionArn === PENDING) {
      return { id: PENDING, email, interests: [], filterPolicy: null, status: 'pending' };
    }
    const { Attributes: attributes = {} } = await this.sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: s.SubscriptionArn }),
    );
    const filterPolicy = parsePolicy(attributes.FilterPolicy);
    return {
      id: s.SubscriptionArn,
      email,
      interests: filterPolicy?.[INTEREST_ATTRIBUTE] ?? [],
      filterPolicy,
      status: attributes.PendingConfirmation === 'true' ? 'pending' : 'confirmed',
    };
  }
}

/** Reads a communique policy back; a policy someone wrote by hand in the console shows as having no interests. */
function parsePolicy(text: string | undefined): FilterPolicy | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const values = parsed[INTEREST_ATTRIBUTE];
    if (Array.isArray(values) && values.every((v) => typeof v === 'string'))
      return { [INTEREST_ATTRIBUTE]: values };
    return { [INTEREST_ATTRIBUTE]: [] };
  } catch {
    return null;
  }
}

function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
