/** Settings every project shares. */
const common = {
  testEnvironment: 'node',
  rootDir: __dirname,
  setupFiles: ['<rootDir>/test/support/quiet-sdk.ts'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
    // htmlparser2 12 and its helpers ship ESM only; jest on Node 20 cannot require() ESM, so compile them too.
    '^.+\\.m?js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(htmlparser2|entities|domhandler|domutils|domelementtype|dom-serializer)/)',
  ],
};

// Tests that start servers (dynalite, s3rver, SMTP, local mode) or processes; the rest are unit tests.
const integration = [
  '/test/adapters/dynamodb/',
  '/test/adapters/release-store\\.contract\\.test\\.ts$',
  '/test/adapters/subscriber-store\\.contract\\.test\\.ts$',
  '/test/adapters/s3-release-source\\.test\\.ts$',
  '/test/cli/archive-commands\\.test\\.ts$',
  '/test/cli/local/smtp-alert-publisher\\.test\\.ts$',
  '/test/cli/local/start-dynamodb-process\\.test\\.ts$',
  '/test/cli/local/start-inbox-process\\.test\\.ts$',
  '/test/cli/local/start-s3-process\\.test\\.ts$',
  '/test/cli/local/smtp-mailer\\.test\\.ts$',
  '/test/cli/start\\.test\\.ts$',
  '/test/cli/upload\\.test\\.ts$',
  '/test/e2e/',
  '/test/infra/bin\\.test\\.ts$',
  '/test/ingest/',
];

/** @type {import('jest').Config} */
module.exports = {
  // Servers started by tests (dynalite, s3rver, SMTP) listen on 127.0.0.1 on ports the test picks. A global
  // option: jest ignores it inside projects. Fault tests give their own, longer bound per test.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/test/faults/', ...integration],
    },
    {
      ...common,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: integration.map(
        (p) => `**${p.replace(/\\\./g, '.').replace(/\$$/, '')}${p.endsWith('/') ? '**/*.test.ts' : ''}`,
      ),
    },
    {
      ...common,
      displayName: 'faults',
      roots: ['<rootDir>/test/faults'],
      testMatch: ['**/*.test.ts'],
    },
  ],
  // The gate: the pure core, measured by V8 (no instrumentation cost). Thresholds a little under what is
  // measured, so that a drop fails `npm test`.
  collectCoverageFrom: ['lambdas/core/**/*.ts', '!lambdas/core/entities/data/**'],
  coverageProvider: 'v8',
  coverageReporters: ['text-summary'],
  coverageThreshold: {
    './lambdas/core/': { statements: 97, branches: 90, functions: 97, lines: 97 },
  },
};
