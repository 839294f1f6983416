import type { MailLinks } from './render-mail';
import type { Subscriber } from './subscriber';
import type { SubscriberTokens, TokenPurpose } from './subscriber-tokens';

/** What the links of a subscriber's mails are made from. */
export interface LinkDeps {
  readonly tokens: SubscriberTokens;
  /** Origin of the web app, e.g. `https://abc.lambda-url.eu-west-1.on.aws`, read when a link is made. */
  readonly baseUrl: () => string;
}

/**
 * The unsubscribe and manage links of a subscriber's mails, tokens of its current generation. Its own module so
 * that the notifier, which needs only these, bundles neither sign-up nor the country and official resolution.
 */
export function subscriberLinks(subscriber: Subscriber, deps: LinkDeps): MailLinks {
  const token = (purpose: TokenPurpose) =>
    deps.tokens.issue({
      subscriberId: subscriber.id,
      purpose,
      generation: subscriber.tokenGeneration,
      expiresAt: 0,
    });
  return {
    unsubscribeUrl: pageUrl(deps, '/unsubscribe', token('unsubscribe')),
    manageUrl: pageUrl(deps, '/manage', token('manage')),
  };
}

/** A page of the web app with a token: `https://host/confirm?token=...`. */
export function pageUrl(deps: Pick<LinkDeps, 'baseUrl'>, path: string, token: string): string {
  return `${deps.baseUrl().replace(/\/$/, '')}${path}?token=${encodeURIComponent(token)}`;
}
