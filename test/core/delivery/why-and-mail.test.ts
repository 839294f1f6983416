import { alertAttributes, alertFromQueue } from '../../../lambdas/core/delivery/alert-attributes';
import {
  escapeHtml,
  renderAlertMail,
  renderConfirmMail,
  renderDigestMail,
  unsubscribeHeaders,
} from '../../../lambdas/core/delivery/render-mail';
import { MAX_SENTENCE, splitSentences, whyMatched } from '../../../lambdas/core/delivery/why-matched';

const release = {
  countries: [{ code: 'SI', name: 'Slovenia', mentions: ['Slovenian'] }],
  officials: [
    { id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', variants: ['President Tokayev'] },
  ],
  summary: 'Talks in Astana. President Tokayev met the Slovenian minister.',
  body: ['Astana hosted the talks. A <script>alert(1)</script> was not there.'],
};
const links = {
  unsubscribeUrl: 'https://x.example/unsubscribe?token=a.b',
  manageUrl: 'https://x.example/manage?token=c.d',
};

describe('whyMatched', () => {
  it('names the term, the variant as written and its sentence', () => {
    const why = whyMatched(
      [
        { kind: 'country', label: 'Slovenia', interests: ['country:SI'] },
        {
          kind: 'official',
          label: 'Tokayev',
          interests: ['official:tokayev', 'official:kassym-jomart-tokayev'],
        },
        { kind: 'surname', label: 'Fajon', interests: ['surname:fajon'] },
      ],
      ['country:SI', 'official:kassym-jomart-tokayev', 'surname:fajon'],
      release,
    );
    expect(why).toEqual([
      { term: 'Slovenia', variant: 'Slovenian', sentence: 'President Tokayev met the Slovenian minister.' },
      {
        term: 'Tokayev',
        variant: 'President Tokayev',
        sentence: 'President Tokayev met the Slovenian minister.',
      },
      { term: 'Fajon', variant: null, sentence: null },
    ]);
  });

  it('keeps the variant without a sentence, and caps long sentences', () => {
    const long = `Slovenia ${'x'.repeat(400)}.`;
    const why = whyMatched(
      [
        { kind: 'country', label: 'Slovenia', interests: ['country:SI'] },
        { kind: 'official', label: 'Tokayev', interests: ['official:kassym-jomart-tokayev'] },
      ],
      ['country:SI', 'official:kassym-jomart-tokayev'],
      { ...release, summary: long, body: undefined },
    );
    expect(why[0]?.sentence).toHaveLength(MAX_SENTENCE);
    expect(why[1]).toEqual({ term: 'Tokayev', variant: 'President Tokayev', sentence: null });
    expect(
      whyMatched([{ kind: 'country', label: 'KZ', interests: ['country:KZ'] }], ['country:KZ'], release),
    ).toEqual([{ term: 'KZ', variant: null, sentence: null }]);
  });

  it('splits sentences', () => {
    expect(splitSentences('One.  Two!\nThree? 四。五')).toEqual(['One.', 'Two!', 'Three?', '四。', '五']);
  });
});

describe('mail rendering', () => {
  const why = [{ term: 'Slovenia <b>', variant: 'Slovenian "x"', sentence: 'A <script>alert(1)</script>.' }];

  it('renders both parts, the why block, the links and the RFC 8058 headers, escaping uploaded text', () => {
    const mail = renderAlertMail(
      'a@example.com',
      { subject: 'New: talks', body: 'Line <one>\n\nTwo', why },
      links,
    );
    expect(mail.subject).toBe('New: talks');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${links.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail.text).toContain(
      'Why you got this:\n- You follow Slovenia <b> (written "Slovenian "x""): "A <script>',
    );
    expect(mail.text).toContain(`Unsubscribe: ${links.unsubscribeUrl}`);
    expect(mail.html).toContain('<h2>Why you got this</h2>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('<p>Line &lt;one&gt;</p><p>Two</p>');
    expect(mail.html).toContain('href="https://x.example/manage?token=c.d"');
  });

  it('leaves out a variant equal to the term', () => {
    const mail = renderAlertMail(
      'a@example.com',
      { subject: 's', body: 'b', why: [{ term: 'X', variant: 'X', sentence: null }] },
      links,
    );
    expect(mail.text).toContain('- You follow X\n');
  });

  it('groups a digest by what matched', () => {
    const r = (subject: string, term?: string) => ({
      subject,
      body: '',
      why: term ? [{ term, variant: null, sentence: null }] : [],
    });
    const mail = renderDigestMail(
      'a@example.com',
      'daily',
      [r('one', 'Slovenia'), r('two', 'Tokayev'), r('three', 'Slovenia'), r('four')],
      links,
    );
    expect(mail.subject).toBe('communique daily digest: 4 releases');
    expect(mail.text.indexOf('* three')).toBeLessThan(mail.text.indexOf('== Tokayev =='));
    expect(mail.text).toContain('== Other ==');
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(renderDigestMail('a@example.com', 'weekly', [r('one', 'S')], links).subject).toBe(
      'communique weekly digest: 1 release',
    );
  });

  it('confirmation mail links to the page, not an action', () => {
    const mail = renderConfirmMail(
      'a@example.com',
      ['Slovenia', '<x>'],
      'http://127.0.0.1:1/confirm?token=t',
    );
    expect(mail.text).toContain('http://127.0.0.1:1/confirm?token=t');
    expect(mail.html).toContain('&lt;x&gt;');
  });

  it('refuses header values SES would', () => {
    expect(() => unsubscribeHeaders('https://x.example/ü')).toThrow();
    expect(() => unsubscribeHeaders('mailto:a@example.com')).toThrow();
    expect(escapeHtml('a\r\nb\u0000')).toBe('a\nb');
  });
});

describe('alert attributes through the raw-delivery queue', () => {
  it('round-trips an alert, and refuses what is not one', () => {
    const alert = {
      releaseId: 'r1',
      subject: 'S',
      body: 'B',
      interests: ['country:SI'],
      kind: 'update' as const,
    };
    const queued = Object.fromEntries(
      Object.entries(alertAttributes(alert)).map(([k, v]) => [
        k,
        { dataType: v.DataType, stringValue: v.StringValue },
      ]),
    );
    expect(alertFromQueue('B', queued)).toEqual(alert);
    expect(
      alertFromQueue('B', { ...queued, interests: { dataType: 'String.Array', stringValue: '{' } }),
    ).toBeNull();
    expect(
      alertFromQueue('B', { ...queued, interests: { dataType: 'String.Array', stringValue: '[1]' } }),
    ).toBeNull();
    expect(alertFromQueue('B', { ...queued, kind: { dataType: 'String', stringValue: 'x' } })).toBeNull();
    expect(alertFromQueue('B', {})).toBeNull();
  });
});
