import { LOCAL_ALERT_LEASE_MS, LOCAL_RETRY } from '../../../cli/local/start-local-mode';

test("local mode's publish lease expires inside its retry window, so a crashed holder's alert is still sent", () => {
  let window = 0;
  for (let failed = 1; failed < LOCAL_RETRY.maxAttempts; failed++) window += LOCAL_RETRY.backoffMs(failed);
  expect(window).toBe(15_000);
  expect(LOCAL_ALERT_LEASE_MS).toBeLessThan(window);
});
