import { EmfIngestMetrics, METRICS_NAMESPACE } from '../../lambdas/adapters/emf-ingest-metrics';

test('one Embedded Metric Format line per flush with every counter, then nothing until counted again', () => {
  const lines: string[] = [];
  const metrics = new EmfIngestMetrics((line) => lines.push(line));
  metrics.count('ReleaseStored');
  metrics.count('DuplicateSkipped', 2);
  metrics.count('DuplicateSkipped');
  metrics.flush(new Date(1_763_631_667_000));
  metrics.flush();
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0] ?? '')).toEqual({
    _aws: {
      Timestamp: 1_763_631_667_000,
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [['service']],
          Metrics: [
            { Name: 'ReleaseStored', Unit: 'Count' },
            { Name: 'DuplicateSkipped', Unit: 'Count' },
          ],
        },
      ],
    },
    service: 'ingest',
    ReleaseStored: 1,
    DuplicateSkipped: 3,
  });
});
