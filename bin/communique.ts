import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CommuniqueStack } from '../lib/communique-stack';
import { ConfigError, readConfig } from '../lib/config';
import { DEFAULT_STACK_NAME } from '../lib/stack-outputs';

const app = new App();
try {
  const config = readConfig((key) => app.node.tryGetContext(key));
  new CommuniqueStack(app, DEFAULT_STACK_NAME, {
    config,
    description:
      'communique: press releases in S3 -> parsed into DynamoDB -> email alerts by country and official',
  });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // A configuration mistake is the user's to fix: say what, without a stack trace.
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
// `npx cdk synth -c nag=true`: the AwsSolutions checks also run in the test suite (test/infra/cdk-nag.test.ts).
if (String(app.node.tryGetContext('nag')) === 'true') {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
}
