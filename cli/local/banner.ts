import path from 'node:path';
import type { LocalState } from './local-state';
import { S3RVER_CREDENTIALS } from './s3-credentials';

/** The text `npm start` prints once local mode is up: where things are, and the exact commands to try. */
export function formatBanner(state: LocalState, dataDir: string, cwd: string = process.cwd()): string {
  const shownDir = path.relative(cwd, dataDir) || '.';
  const env = `AWS_ACCESS_KEY_ID=${S3RVER_CREDENTIALS.accessKeyId} AWS_SECRET_ACCESS_KEY=${S3RVER_CREDENTIALS.secretAccessKey} AWS_REGION=${state.region}`;
  const rows: Array<[string, string]> = [
    ...(state.webUrl
      ? [
          ['Web', `${state.webUrl}   browse and search releases; feeds at /feeds/all.atom`] as [
            string,
            string,
          ],
        ]
      : []),
    ['S3', `${state.s3Endpoint}   bucket "${state.bucket}"`],
    ['DynamoDB', `${state.dynamodbEndpoint}   table "${state.tableName}"`],
    ['Inbox', `${state.inboxUrl}   alert emails (SMTP on port ${state.smtpPort})`],
    [
      'Data',
      `${shownDir.startsWith('..') ? dataDir : shownDir}   kept across restarts; --fresh starts clean`,
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    '',
    'communique local mode is running.',
    '',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '',
    'Drop a release in, with the AWS CLI (s3rver accepts only these dummy credentials):',
    `  export ${env}`,
    `  aws --endpoint-url ${state.s3Endpoint} s3 cp release.txt s3://${state.bucket}/`,
    `  aws --endpoint-url ${state.s3Endpoint} s3 sync ./releases s3://${state.bucket}/`,
    'or with the CLI (try the bundled example release):',
    '  npm run --silent cli -- upload examples/kazakhstan-slovenia.txt',
    '  npm run --silent cli -- upload release.txt ./more-releases/',
    '',
    'Get alerts by email (they arrive in the inbox above):',
    '  npm run --silent cli -- subscribe --email you@example.com --country Slovenia --official "Kassym-Jomart Tokayev"',
    '',
    'Ctrl-C stops everything.',
    '',
  ].join('\n');
}
