// The AWS SDK warns on Node 20 about its releases after January 2027; the lockfile pins the versions we test.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
