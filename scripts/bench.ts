// The SDK's notice about Node 22 is for the SDK's own future releases; this project pins its versions.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import os from 'node:os';
import { benchBundle } from './bench/bundle';
import { benchColdStart } from './bench/cold-start';
import { type BenchSection, printSections } from './bench/section';

const HELP = `Usage: npm run bench [-- --only NAME[,NAME]] [-- --no-synth]

Prints communique's performance figures (a benchmark, not a test):
  bundle      ingest Lambda bundle size from the esbuild metafile of \`cdk synth\`
  cold-start  time to import the bundle and build the handler in a fresh process
  parse       parser time per release and throughput over the corpus
  tables      bytes the language tables, the name lexicon and the country data add to a bundle
  handler     warm handler time per release, by phase, on local components
  memory      peak memory for a release at the 5 MB limit; parser time and memory on hostile input
              (16 KB, 160 KB, 1.6 MB of names, one fresh process each, with the ratios) and a 5 MB one-liner
  e2e         local mode: upload-to-email latency, 1,000-release bulk run
  reindex     local mode: \`communique reindex\` of a 1,000-release archive (time, alerts sent: 0)
  web         web Lambda bundle size and cold start (after the bundle section's synth)
  search-text bytes the search text adds to a release item (both corpora), the cap on a long release,
              and a home text search over a full window
  requests    DynamoDB requests of one ingest: a new release (2 countries, 2 officials), a duplicate, a
              repeated event, a failure
  subscribers matching one alert against 100,000 subscribers: p50/p99 and index memory
  subscriber-mail
              local mode: one release matching 10,000 table subscribers, upload until all mails are in
              the SMTP inbox, mails per second, duplicates per (recipient, release)

Sections whose code is missing are reported as such. The corpora are read from ../shared/corpus and
../shared/corpus-world when present.`;

type Runner = () => Promise<BenchSection>;

// Sections load lazily so that one missing piece does not stop the others.
const SECTIONS: Record<string, (args: readonly string[]) => Runner> = {
  bundle: (args) => () => benchBundle({ synth: !args.includes('--no-synth') }),
  'cold-start': () => benchColdStart,
  parse: () => async () => {
    const { benchParse } = await import('./bench/parse');
    return { title: 'Parse (pure core, one core)', ...(await benchParse()) };
  },
  requests: () => async () => {
    const { benchRequests } = await import('./bench/requests');
    return benchRequests();
  },
  tables: () => async () => {
    const { benchTables } = await import('./bench/tables');
    return benchTables();
  },
  handler: () => async () => {
    const { benchHandler } = await import('./bench/handler');
    return {
      title: 'Warm handler per release (local S3 + DynamoDB, SNS call recorded)',
      ...(await benchHandler()),
    };
  },
  memory: () => async () => {
    const { benchMemory, MEMORY_TITLE } = await import('./bench/memory');
    return { title: MEMORY_TITLE, ...(await benchMemory()) };
  },
  web: () => async () => {
    const { benchWeb } = await import('./bench/web');
    return benchWeb();
  },
  'search-text': () => async () => {
    const { benchSearchText } = await import('./bench/search-text');
    return benchSearchText();
  },
  subscribers: () => async () => {
    const { benchSubscribers } = await import('./bench/subscribers');
    return benchSubscribers();
  },
  reindex: () => async () => {
    const { benchReindex } = await import('./bench/reindex');
    return benchReindex();
  },
  'subscriber-mail': () => async () => {
    const { benchSubscriberMail } = await import('./bench/subscriber-mail');
    return benchSubscriberMail();
  },
  e2e: () => async () => {
    const { benchE2e } = await import('./bench/e2e');
    return { title: 'Local mode end to end', ...(await benchE2e()) };
  },
};

async function main(args: readonly string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? '').split(',') : Object.keys(SECTIONS);
  process.stdout.write(
    `communique bench - ${new Date().toISOString().slice(0, 10)} - ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
  );
  for (const name of only) {
    const section = SECTIONS[name];
    if (!section) throw new Error(`unknown section '${name}' (see --help)`);
    process.stderr.write(`running ${name}...\n`);
    try {
      printSections([await section(args)()]);
    } catch (error) {
      printSections([
        { title: name, rows: [['error', error instanceof Error ? error.message : String(error)]] },
      ]);
      process.exitCode = 1;
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
