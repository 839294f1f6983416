/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  setupFiles: ['<rootDir>/test/support/quiet-sdk.ts'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
    // htmlparser2 12 and its helpers ship ESM only; jest on Node 20 cannot require() ESM, so compile them too.
    '^.+\\.m?js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(htmlparser2|entities|domhandler|domutils|domelementtype|dom-serializer)/)',
  ],
  // Servers started by tests (dynalite, s3rver, SMTP) listen on 127.0.0.1 on ports the test picks.
  testTimeout: 60000,
};
