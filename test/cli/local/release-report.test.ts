import { formatProcessedRelease, type ProcessedRelease } from '../../../cli/local/release-report';

const report = (events: string[]): ProcessedRelease => ({
  key: 'history/2019/a.txt',
  status: 'delivered',
  attempts: 1,
  events,
  alerts: [],
});

test('a history import says so, a duplicate says so', () => {
  expect(formatProcessedRelease(report(['ReleaseStored', 'AlertSuppressed']))).toBe(
    '· history/2019/a.txt  no alert: history, stored without an alert',
  );
  expect(formatProcessedRelease(report(['DuplicateSkipped']))).toBe(
    '· history/2019/a.txt  no alert: a duplicate of a stored release',
  );
});
