/**
 * An environment-only stand-in for `@aws-sdk/credential-provider-node`, swapped in by an esbuild alias when
 * the ingest function is bundled (see `lib/constructs/ingest-pipeline.ts`). Only the bundle uses it: local
 * mode, tests and the CLI keep the SDK's full default chain.
 *
 * Why: the default chain (SSO, ini files, process, web identity, container and instance metadata, login) is
 * ~90 KiB of the bundle, and the Lambda runtime always hands the function its role's credentials as
 * environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), which the default
 * chain would have read first anyway. They do not change during the sandbox's lifetime: there is nothing to
 * refresh. https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 * Setting `credentials` on the clients would not help: their runtime config imports the default chain
 * anyway (aws/aws-sdk-js-v3#5516), hence the alias.
 */

/** The credentials the SDK signs with; the shape of `AwsCredentialIdentity` from `@smithy/types`. */
export interface EnvCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}

/** The runtime did not set the credential variables: the function is not running where it was built to run. */
export class EnvCredentialsMissingError extends Error {
  override readonly name = 'EnvCredentialsMissingError';
}

/** Reads the credentials from `env` at each call (cheap), so a test can set them after load. */
export function fromEnvCredentials(env: NodeJS.ProcessEnv = process.env): () => Promise<EnvCredentials> {
  return async () => {
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) {
      throw new EnvCredentialsMissingError(
        'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set. This bundle reads credentials from the ' +
          'environment only, as the Lambda runtime provides them.',
      );
    }
    const sessionToken = env.AWS_SESSION_TOKEN;
    const expiry = env.AWS_CREDENTIAL_EXPIRATION;
    return {
      accessKeyId,
      secretAccessKey,
      ...(sessionToken ? { sessionToken } : {}),
      ...(expiry ? { expiration: new Date(expiry) } : {}),
    };
  };
}

// The three exports of `@aws-sdk/credential-provider-node`, with its signatures: the SDK clients' runtime
// config calls `defaultProvider(init)` for their credential provider.

/** Same signature as the SDK's `defaultProvider`; `init` (profile, logger, ...) has nothing to choose here. */
export const defaultProvider = (_init?: unknown): (() => Promise<EnvCredentials>) => fromEnvCredentials();

export const credentialsWillNeedRefresh = (credentials?: EnvCredentials): boolean =>
  credentials?.expiration !== undefined;

export const credentialsTreatedAsExpired = (credentials?: EnvCredentials): boolean =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;
