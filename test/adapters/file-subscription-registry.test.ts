import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileSubscriptionRegistry } from '../../lambdas/adapters/local/file-subscription-registry';
import {
  resolveSubscription,
  SubscriptionError,
} from '../../lambdas/core/subscriptions/resolve-subscription';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'communique-subs-'));
  file = path.join(dir, 'state', 'subscriptions.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sub = (email: string, countries: string[]) => resolveSubscription({ email, countries });

test('an absent file is an empty list', async () => {
  expect(await new FileSubscriptionRegistry(file).list()).toEqual([]);
});

test('add, list from a fresh instance, replace by address, remove by id and by address', async () => {
  const registry = new FileSubscriptionRegistry(file);
  const a = await registry.add(sub('a@example.com', ['SI']));
  await registry.add(sub('b@example.com', ['KZ']));
  expect(a).toMatchObject({ email: 'a@example.com', interests: ['country:SI'], status: 'confirmed' });
  expect(a.id).toMatch(/^local-/);

  const replaced = await registry.add(sub('A@example.com', ['JP']));
  expect(replaced.id).toBe(a.id);
  const listed = await new FileSubscriptionRegistry(file).list();
  expect(listed.map((s) => [s.email, s.interests, s.filterPolicy])).toEqual([
    ['A@example.com', ['country:JP'], { interests: ['country:JP'] }],
    ['b@example.com', ['country:KZ'], { interests: ['country:KZ'] }],
  ]);

  expect(await registry.remove(a.id)).toBe(1);
  expect(await registry.remove('B@EXAMPLE.COM')).toBe(1);
  expect(await registry.remove('nobody@example.com')).toBe(0);
  expect(await registry.list()).toEqual([]);
});

test('writes atomically: no temporary file is left, content is complete JSON', async () => {
  const registry = new FileSubscriptionRegistry(file);
  await Promise.all([registry.add(sub('a@example.com', ['SI']))]);
  expect(await readdir(path.dirname(file))).toEqual(['subscriptions.json']);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
    version: 1,
    subscriptions: [{ email: 'a@example.com' }],
  });
});

test('applies the SNS per-topic limit locally too', async () => {
  const subscriptions = Array.from({ length: 200 }, (_, i) => ({
    id: `local-${i}`,
    email: `u${i}@example.com`,
    interests: ['country:SI'],
    filterPolicy: { interests: ['country:SI'] },
    status: 'confirmed',
  }));
  await new FileSubscriptionRegistry(file).add(sub('first@example.com', ['SI']));
  await writeFile(file, JSON.stringify({ version: 1, subscriptions }));
  const registry = new FileSubscriptionRegistry(file);
  await expect(registry.add(sub('new@example.com', ['SI']))).rejects.toThrow(SubscriptionError);
  // Replacing an existing address is still allowed at the limit.
  await expect(registry.add(sub('u3@example.com', ['KZ']))).resolves.toMatchObject({ id: 'local-3' });
});

test('a file that is not a subscriptions file is reported, not overwritten', async () => {
  await new FileSubscriptionRegistry(file).add(sub('a@example.com', ['SI']));
  await writeFile(file, '{"hello": 1}');
  await expect(new FileSubscriptionRegistry(file).list()).rejects.toThrow(
    /not a communique subscriptions file/,
  );
});
