import type { IngestMetric, IngestMetrics } from '../core/ports';

/** CloudWatch namespace of the ingest metrics. */
export const METRICS_NAMESPACE = 'Communique';

/**
 * Counts metrics and writes them as one CloudWatch Embedded Metric Format line per flush: CloudWatch Logs turns
 * the line into metrics, no PutMetricData call and no extra dependency.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
export class EmfIngestMetrics implements IngestMetrics {
  private counts = new Map<IngestMetric, number>();

  constructor(
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
    private readonly service = 'ingest',
  ) {}

  count(metric: IngestMetric, value = 1): void {
    this.counts.set(metric, (this.counts.get(metric) ?? 0) + value);
  }

  /** Writes what was counted since the last flush (nothing when nothing was). */
  flush(now: Date = new Date()): void {
    if (this.counts.size === 0) return;
    const metrics = [...this.counts.keys()].map((name) => ({ Name: name, Unit: 'Count' }));
    this.write(
      JSON.stringify({
        _aws: {
          Timestamp: now.getTime(),
          CloudWatchMetrics: [{ Namespace: METRICS_NAMESPACE, Dimensions: [['service']], Metrics: metrics }],
        },
        service: this.service,
        ...Object.fromEntries(this.counts),
      }),
    );
    this.counts = new Map();
  }
}
