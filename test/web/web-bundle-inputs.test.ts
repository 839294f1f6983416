import path from 'node:path';
import { build, stop } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..');

// esbuild's API keeps a service child process alive; jest runs other projects' tests in this worker, and the
// local-mode test checks that the worker has no child left.
afterAll(() => stop());
/** The source files esbuild pulls into a bundle of `entry`, relative to the project (node_modules kept whole). */
async function bundleInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('what the web function bundles', () => {
  let web: string[];
  beforeAll(async () => {
    web = await bundleInputs('lambdas/web/index.ts');
  });

  test('the release page reads bodies with the reading stage of the parser', () => {
    expect(web).toContain('lambdas/core/parse/read-release-parts.ts');
  });

  test('the entity stage (the officials extractor, its language tables, the country finder) stays out', () => {
    expect(web).not.toContain('lambdas/core/parse/parse-release.ts');
    expect(web).not.toContain('lambdas/core/entities/find-countries.ts');
    expect(web.filter((input) => input.startsWith('lambdas/core/entities/officials/'))).toEqual([]);
  });

  test('no mail client: the notifier sends the confirmation mail, the web only queues the request', () => {
    expect(web.filter((input) => input.includes('@aws-sdk/client-sesv2/'))).toEqual([]);
    expect(web).not.toContain('lambdas/adapters/ses-mailer.ts');
    expect(web).not.toContain('lambdas/core/delivery/render-mail.ts');
    expect(web).toContain('lambdas/adapters/sqs-confirmation-queue.ts');
  });

  test('the notifier bundle, built the same way, has the mail client: the check above can fail', async () => {
    const notifier = await bundleInputs('lambdas/notifier/index.ts');
    expect(notifier.some((input) => input.includes('@aws-sdk/client-sesv2/'))).toBe(true);
    expect(notifier).toContain('lambdas/core/delivery/send-confirmation.ts');
  });

  test('country names for the sign-up form from the gazetteer and the runtime, not i18n-iso-countries', () => {
    expect(web).toContain('lambdas/core/subscriptions/resolve-country.ts');
    const i18n = web.filter((input) => input.includes('i18n-iso-countries/'));
    expect(i18n.map((input) => input.replace(/.*i18n-iso-countries\//, ''))).toEqual(['codes.json']);
  });

  test('the ingest bundle, built the same way, has them: the check above can fail', async () => {
    const ingest = await bundleInputs('lambdas/ingest/index.ts');
    expect(ingest).toContain('lambdas/core/parse/parse-release.ts');
    expect(ingest.some((input) => input.startsWith('lambdas/core/entities/officials/'))).toBe(true);
  });
});
