import { MemoryReleaseStore } from '../../lambdas/adapters/memory/memory-release-store';
import { MemorySubscriberStore } from '../../lambdas/adapters/memory/memory-subscriber-store';
import type { OutgoingMail } from '../../lambdas/core/delivery/render-mail';
import { inProcessConfirmations } from '../../lambdas/core/delivery/send-confirmation';
import { subscriberInterests } from '../../lambdas/core/delivery/subscriber';
import { SubscriberAccounts } from '../../lambdas/core/delivery/subscriber-accounts';
import { subscriberIdFor } from '../../lambdas/core/delivery/subscriber-id';
import { SubscriberTokens } from '../../lambdas/core/delivery/subscriber-tokens';
import {
  type KnownOfficial,
  resolveSubscription,
} from '../../lambdas/core/subscriptions/resolve-subscription';
import { createWebApp } from '../../lambdas/web/create-web-app';
import { MemoryBodies } from './web-world';

const EMAIL = 'kim@example.com';
const KNOWN: KnownOfficial[] = [
  { id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', variants: ['Kassym-Jomart Tokayev'] },
];

function world() {
  const store = new MemorySubscriberStore();
  const sent: OutgoingMail[] = [];
  const links = {
    store,
    tokens: new SubscriberTokens(Buffer.alloc(32, 3)),
    clock: { now: () => new Date('2026-12-01T00:00:00Z') },
    baseUrl: () => 'https://web.example',
  };
  // The notifier's confirmation code in-process, as local mode runs it.
  const mailer = { send: async (m: OutgoingMail) => void sent.push(m) };
  const accounts = new SubscriberAccounts({
    ...links,
    confirmations: inProcessConfirmations({ ...links, mailer }),
    knownOfficials: async () => KNOWN,
  });
  const app = createWebApp({ archive: new MemoryReleaseStore(), bodies: new MemoryBodies(), accounts });
  const post = (path: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields))
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    return Promise.resolve(
      app.request(`http://127.0.0.1${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      }),
    );
  };
  const get = (path: string) => Promise.resolve(app.request(`http://127.0.0.1${path}`));
  const subscriber = () => store.getSubscriber(subscriberIdFor(EMAIL));
  return { store, sent, accounts, post, get, subscriber };
}

const OFFICIALS = ['Tokayev', 'Kassym-Jomart Tokayev', 'Токаев', 'Nataša Pirc Musar'];
const PAIRS = ['KZ-SI', 'Germany+France', 'Guinea-Bissau-SN'];

describe('POST /subscribe', () => {
  it('takes officials and pairs in every form `subscribe --official/--pair` takes, to the same interests', async () => {
    const w = world();
    const response = await w.post('/subscribe', {
      email: EMAIL,
      countries: 'Slovenia',
      // Comma-separated and repeated, as the CLI's flags.
      officials: [OFFICIALS.slice(0, 2).join(', '), ...OFFICIALS.slice(2)],
      pairs: [PAIRS.slice(0, 2).join(','), PAIRS[2] as string],
      cadence: 'immediate',
    });
    expect(response.status).toBe(200);
    const stored = await w.subscriber();
    const cli = resolveSubscription(
      { email: EMAIL, countries: ['Slovenia'], officials: OFFICIALS, pairs: PAIRS },
      { knownOfficials: KNOWN },
    );
    expect(new Set(subscriberInterests(stored as NonNullable<typeof stored>))).toEqual(
      new Set(cli.interests),
    );
    const kinds = (stored?.terms ?? []).map((t) => [t.kind, t.label]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        // One surname in two scripts is one term, labelled as first written.
        ['surname', 'Tokayev'],
        ['official', 'Kassym-Jomart Tokayev'],
        ['pair', 'KZ-SI'],
        ['pair', 'Germany+France'],
      ]),
    );
    expect(stored?.terms.find((t) => t.label === 'Guinea-Bissau-SN')?.interests).toEqual(['pair:GW-SN']);
    expect((stored?.terms ?? []).filter((t) => t.kind === 'surname')).toHaveLength(1);
    expect(w.sent.map((m) => m.subject)).toHaveLength(1);
  });

  it('takes a pair alone, with no country or official', async () => {
    const w = world();
    expect((await w.post('/subscribe', { email: EMAIL, pairs: 'kz+si', cadence: 'daily' })).status).toBe(200);
    expect((await w.subscriber())?.terms).toEqual([
      { kind: 'pair', label: 'kz+si', interests: ['pair:KZ-SI'] },
    ]);
  });

  it('shows every problem on the form, escaped, with a 400, and stores nothing', async () => {
    const w = world();
    const hostile = '<script>alert(1)</script>';
    const response = await w.post('/subscribe', {
      email: EMAIL,
      countries: 'Atlantis',
      pairs: `KZ-KZ, ${hostile}+SI, Slovenia`,
      cadence: 'immediate',
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const list = /<div class="problems" role="alert">(.*?)<\/div>/s.exec(page)?.[1] ?? '';
    const problems = [...list.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1] ?? '');
    // Atlantis, then three pairs: one country twice, a country that is none, one country only.
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/unknown country &#39;Atlantis&#39;/);
    expect(problems[1]).toMatch(/pair &#39;KZ-KZ&#39; names one country twice/);
    expect(problems[2]).toMatch(/unknown country &#39;&lt;script&gt;/);
    expect(problems[3]).toMatch(/pair &#39;Slovenia&#39; needs two countries/);
    // The form keeps what was typed.
    expect(page).toMatch(
      /name="pairs" value="KZ-KZ, &lt;script&gt;alert\(1\)&lt;\/script&gt;\+SI, Slovenia"/,
    );
    expect(await w.subscriber()).toBeNull();
    expect(w.sent).toEqual([]);
  });
});

describe('/manage', () => {
  async function subscribed() {
    const w = world();
    await w.post('/subscribe', {
      email: EMAIL,
      countries: 'Slovenia',
      officials: 'Tokayev, Kassym-Jomart Tokayev',
      pairs: 'KZ-SI',
      cadence: 'immediate',
    });
    const subscriber = await w.subscriber();
    await w.store.putSubscriber({ ...(subscriber as NonNullable<typeof subscriber>), status: 'active' });
    const token = new URL(w.accounts.links((await w.subscriber()) as never).manageUrl).searchParams.get(
      'token',
    ) as string;
    return { ...w, token };
  }

  it('shows the officials (surnames too) and the pairs, and a save keeps them', async () => {
    const w = await subscribed();
    const page = await (await w.get(`/manage?token=${encodeURIComponent(w.token)}`)).text();
    expect(page).toContain('name="officials" value="Tokayev, Kassym-Jomart Tokayev"');
    expect(page).toContain('name="pairs" value="KZ-SI"');
    const before = subscriberInterests((await w.subscriber()) as never);
    // Saving the page as shown changes nothing.
    const fields = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)?.[1] ?? '';
    const saved = await w.post('/manage', {
      token: w.token,
      countries: fields('countries'),
      officials: fields('officials'),
      pairs: fields('pairs'),
      cadence: 'immediate',
      tz: 'UTC',
      hour: '8',
    });
    expect(saved.status).toBe(200);
    expect(subscriberInterests((await w.subscriber()) as never)).toEqual(before);
  });

  it('edits the pairs, and refuses a bad one on the page with a 400', async () => {
    const w = await subscribed();
    const edit = (pairs: string) =>
      w.post('/manage', { token: w.token, countries: 'Slovenia', pairs, cadence: 'weekly', tz: 'UTC' });
    expect((await edit('Kazakhstan+Slovenia, DE-FR')).status).toBe(200);
    const after = await w.subscriber();
    expect(after?.terms.filter((t) => t.kind === 'pair').flatMap((t) => t.interests)).toEqual([
      'pair:KZ-SI',
      'pair:DE-FR',
    ]);
    expect(after?.cadence).toBe('weekly');
    const bad = await edit('SI-SI');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/names one country twice/);
    expect((await w.subscriber())?.cadence).toBe('weekly');
  });
});
