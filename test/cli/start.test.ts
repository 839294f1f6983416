import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  confirmFresh,
  DEFAULT_PORTS,
  parseStartArgs,
  command as startCommand,
} from '../../cli/commands/start';
import { formatBanner } from '../../cli/local/banner';
import { formatProcessedRelease } from '../../cli/local/release-report';
import { type LocalMode, startLocalMode } from '../../cli/local/start-local-mode';

describe('parseStartArgs', () => {
  test('defaults: 4566, 8000, 1025, 1080, web 8080 and .communique/', () => {
    const options = parseStartArgs([], {});
    expect(options).toEqual(
      expect.objectContaining({
        s3Port: 4566,
        dynamodbPort: 8000,
        smtpPort: 1025,
        inboxPort: 1080,
        webPort: 8080,
        fresh: false,
      }),
    );
    expect(options.dataDir).toMatch(/\.communique$/);
    expect(DEFAULT_PORTS.s3).toBe(4566);
  });

  test('flags win over the environment, which wins over the defaults', () => {
    const env = {
      COMMUNIQUE_S3_PORT: '5000',
      COMMUNIQUE_INBOX_PORT: '5001',
      COMMUNIQUE_WEB_PORT: '5002',
      COMMUNIQUE_DATA_DIR: '/tmp/x',
    };
    const options = parseStartArgs(['--s3-port', '6000', '--dynamodb-port=0', '--fresh'], env);
    expect(options).toEqual(
      expect.objectContaining({
        s3Port: 6000,
        dynamodbPort: 0,
        inboxPort: 5001,
        webPort: 5002,
        dataDir: '/tmp/x',
        fresh: true,
      }),
    );
  });

  test('refuses what is not a port, and unknown flags', () => {
    expect(() => parseStartArgs(['--s3-port', 'http'], {})).toThrow(/--s3-port must be a port/);
    expect(() => parseStartArgs([], { COMMUNIQUE_SMTP_PORT: '70000' })).toThrow(/COMMUNIQUE_SMTP_PORT/);
    expect(() => parseStartArgs(['--verbose'], {})).toThrow(/unknown option/);
    expect(() => parseStartArgs(['--data-dir'], {})).toThrow(/needs a value/);
    expect(() => parseStartArgs(['--web-port', '-1'], {})).toThrow(/--web-port must be a port/);
    expect(parseStartArgs(['--web-port=0'], {}).webPort).toBe(0);
  });
});

describe('formatProcessedRelease', () => {
  test('one line with key, title, countries, officials and emails', () => {
    const line = formatProcessedRelease({
      key: '2025/a b.txt',
      status: 'delivered',
      attempts: 1,
      events: ['ReleaseStored', 'AlertPublished'],
      alerts: [
        {
          subject: '[KZ, SI] Ambassador meets Speaker',
          interests: ['country:KZ', 'country:SI', 'official:a-b'],
          recipients: 2,
        },
      ],
    });
    expect(line).toBe('✓ 2025/a b.txt  "Ambassador meets Speaker"  KZ SI  1 official  2 emails sent');
    expect(line).not.toMatch(/\n/);
  });
  test('a dead letter says where it is kept', () => {
    expect(
      formatProcessedRelease({
        key: 'x.txt',
        status: 'dead-letter',
        attempts: 5,
        error: 'boom',
        events: [],
        alerts: [],
      }),
    ).toMatch(/x\.txt.*5 times.*boom.*dead-letter/);
  });
  test('a recorded failure and a duplicate say so', () => {
    const base = { key: 'x.pdf', status: 'delivered' as const, attempts: 1, alerts: [] };
    expect(formatProcessedRelease({ ...base, events: ['IngestFailed'], failure: 'binary' })).toBe(
      '✗ x.pdf  recorded as a failure (binary): see `communique failures`',
    );
    expect(formatProcessedRelease({ ...base, events: ['DuplicateSkipped'] })).toMatch(
      /no alert: a duplicate/,
    );
  });
});

describe('the banner of a running local mode', () => {
  let dataDir: string;
  let mode: LocalMode;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-banner-'));
    mode = await startLocalMode({
      dataDir,
      s3Port: 0,
      dynamodbPort: 0,
      smtpPort: 0,
      inboxPort: 0,
      webPort: 0,
    });
  });
  afterAll(async () => {
    await mode.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('prints the real endpoints and the dummy credentials s3rver accepts', () => {
    const banner = formatBanner(mode.state, dataDir);
    expect(mode.webUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(banner).toContain(`Web       ${mode.webUrl}`);
    expect(banner).toContain(`aws --endpoint-url ${mode.state.s3Endpoint} s3 cp release.txt s3://releases/`);
    expect(banner).toContain('AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER');
    expect(banner).toContain(mode.inboxUrl);
    expect(banner).toContain(mode.state.dynamodbEndpoint);
    expect(banner).toMatch(/subscribe --email/);
  });

  const awsCli = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0;
  (awsCli ? test : test.skip)(
    'its aws command works as printed (when the AWS CLI is installed)',
    async () => {
      const banner = formatBanner(mode.state, dataDir);
      const exportLine = banner.split('\n').find((l) => l.trim().startsWith('export '));
      const cpLine = banner.split('\n').find((l) => l.includes(' s3 cp '));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      };
      for (const pair of exportLine?.trim().slice('export '.length).split(' ') ?? []) {
        const [name, value] = pair.split('=');
        if (name && value) env[name] = value;
      }
      const folder = mkdtempSync(path.join(os.tmpdir(), 'communique-awscli-'));
      writeFileSync(
        path.join(folder, 'release.txt'),
        'date 2026-01-01 example.gov\n\nA release\n\nAbout Japan.\n',
      );
      const args = (cpLine ?? '').trim().split(/\s+/).slice(1);
      // Asynchronously: the S3 endpoint runs in this very process and must keep answering.
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        execFile(
          'aws',
          args,
          { cwd: folder, env, encoding: 'utf8', timeout: 30_000 },
          (error, _stdout, stderr) =>
            resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
        );
      });
      rmSync(folder, { recursive: true, force: true });
      expect(result).toEqual({ code: 0, stderr: '' });
      await mode.idle();
    },
  );
});

describe('start --fresh asks before deleting', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-fresh-'));
    writeFileSync(path.join(dataDir, 'subscriptions.json'), '[]');
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  /** A terminal whose user types `answer`; what the prompt printed is in `asked`. */
  const terminal = (answer: string | null, isTTY: boolean) => {
    const input = Object.assign(new PassThrough(), { isTTY });
    const output = new PassThrough();
    let asked = '';
    output.on('data', (chunk: Buffer) => {
      asked += chunk.toString();
      if (answer !== null && asked.includes('[y/N]')) input.write(`${answer}\n`);
    });
    return { io: { input, output }, asked: () => asked };
  };
  const options = (extra: string[]) => parseStartArgs(['--fresh', '--data-dir', dataDir, ...extra], {});

  test('at a terminal it deletes only on y', async () => {
    const yes = terminal('y', true);
    expect(await confirmFresh(options([]), yes.io)).toBe(true);
    expect(yes.asked()).toContain(`deletes everything in ${dataDir}`);
    expect(await confirmFresh(options([]), terminal('', true).io)).toBe(false);
    expect(await confirmFresh(options([]), terminal('no', true).io)).toBe(false);
  });

  test('without a terminal it refuses unless --yes is given', async () => {
    await expect(confirmFresh(options([]), terminal(null, false).io)).rejects.toThrow(/add --yes/);
    expect(await confirmFresh(options(['--yes']), terminal(null, false).io)).toBe(true);
    expect(await confirmFresh(options(['-y']), terminal(null, false).io)).toBe(true);
  });

  test('nothing to delete, nothing to ask; no --fresh, nothing to ask', async () => {
    rmSync(dataDir, { recursive: true, force: true });
    expect(await confirmFresh(options([]), terminal(null, false).io)).toBe(true);
    expect(await confirmFresh(parseStartArgs(['--data-dir', dataDir], {}), terminal(null, false).io)).toBe(
      true,
    );
  });

  test('the command itself refuses without a terminal, and leaves the data folder alone', async () => {
    const stdinIsTTY = process.stdin.isTTY;
    Object.defineProperty(process.stdin, 'isTTY', { value: undefined, configurable: true });
    try {
      await expect(startCommand.run(['--fresh', '--data-dir', dataDir])).rejects.toThrow(/add --yes/);
    } finally {
      Object.defineProperty(process.stdin, 'isTTY', { value: stdinIsTTY, configurable: true });
    }
    expect(existsSync(path.join(dataDir, 'subscriptions.json'))).toBe(true);
  });
});

describe('start with ports in use', () => {
  const servers: net.Server[] = [];
  const listen = async (): Promise<number> => {
    const server = net.createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as net.AddressInfo).port;
  };
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  test('names every port in use, not just the first, and starts nothing', async () => {
    const [dynamo, inbox] = [await listen(), await listen()];
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'communique-ports-'));
    try {
      const args = ['--data-dir', dataDir, '--s3-port', '0', '--smtp-port', '0'];
      await expect(
        startCommand.run([...args, '--dynamodb-port', String(dynamo), '--inbox-port', String(inbox)]),
      ).rejects.toThrow(
        `Ports in use: ${dynamo} (DynamoDB, --dynamodb-port), ${inbox} (the web inbox, --inbox-port). ` +
          'Stop what uses them, or pick other ports (0 picks a free one).',
      );
      expect(existsSync(path.join(dataDir, 'local.json'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('the same port for two servers is refused before any start', () => {
    expect(() => parseStartArgs(['--s3-port', '4600', '--smtp-port', '4600'], {})).toThrow(
      '--smtp-port and --s3-port both ask for port 4600',
    );
  });
});
