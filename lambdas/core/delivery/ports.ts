import type { OutgoingMail } from './render-mail';
import type { Subscriber } from './subscriber';
import type { WhyLine } from './why-matched';

/** A release that matched a digest subscriber, kept until its digest goes out. */
export interface DigestItem {
  readonly releaseId: string;
  /** ISO 8601: when the alert was matched; digests take the items of their period by it. */
  readonly at: string;
  readonly subject: string;
  readonly body: string;
  readonly why: readonly WhyLine[];
}

/**
 * Subscribers and their delivery records, in the table on AWS and in local mode (`DynamoDbSubscriberStore`),
 * in memory in tests (`MemorySubscriberStore`); one contract test holds both. No method logs an address.
 */
export interface SubscriberStore {
  getSubscriber(id: string): Promise<Subscriber | null>;
  /** Every subscriber, whatever its status. */
  listSubscribers(): Promise<Subscriber[]>;
  /** Creates or replaces the subscriber with this id. */
  putSubscriber(subscriber: Subscriber): Promise<void>;
  /** Removes the subscriber and its records (operators' `unsubscribe --delete`, expired pending sign-ups). */
  deleteSubscriber(id: string): Promise<void>;
  /**
   * The conditional write before a send: true when this caller is the first for (subscriber, delivery), so a
   * retried or duplicated notifier mails nobody twice. `delivery` is a release id or `digest#<slot>`.
   */
  claimDelivery(subscriberId: string, delivery: string, at: string): Promise<boolean>;
  /** Gives a claim back after a failed send, so that the retry sends. */
  releaseDelivery(subscriberId: string, delivery: string): Promise<void>;
  /** Keeps a match for the next digest; a repeat of the same release keeps the first. */
  recordDigestItem(subscriberId: string, item: DigestItem): Promise<void>;
  /** Items with `since < at <= until`, oldest first. */
  listDigestItems(subscriberId: string, since: string, until: string): Promise<DigestItem[]>;
  /** Records a digest slot as handled; never moves it back. */
  markDigest(subscriberId: string, slot: string): Promise<void>;
}

/** Sends one mail (SES v2 on AWS, SMTP in local mode). Throws {@link MailThrottledError} when told to slow down. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/** The sender refused for rate: the caller retries later. */
export class MailThrottledError extends Error {
  override readonly name = 'MailThrottledError';
}
