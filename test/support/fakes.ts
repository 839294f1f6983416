import type {
  Alert,
  AlertPublisher,
  IngestLogger,
  IngestMetric,
  IngestMetrics,
  ObjectRef,
  ReleaseSource,
} from '../../lambdas/core/ports';

/** Records every alert; `failNext` makes the next publishes throw (a crash or an SNS error). */
export class FakePublisher implements AlertPublisher {
  readonly published: Alert[] = [];
  failNext = 0;
  async publish(alert: Alert): Promise<void> {
    // Yield so that concurrent deliveries really interleave around the publish.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('SNS is unavailable');
    }
    this.published.push(alert);
  }
}

/** Objects by `bucket/key`; throws like S3 for a missing one only if `missing` says so. */
export class FakeSource implements ReleaseSource {
  readonly objects = new Map<string, Uint8Array>();
  reads = 0;
  put(bucket: string, key: string, content: string | Uint8Array): ObjectRef {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.objects.set(`${bucket}/${key}`, bytes);
    return { bucket, key, size: bytes.length };
  }
  async getObject(ref: ObjectRef): Promise<Uint8Array> {
    this.reads++;
    const bytes = this.objects.get(`${ref.bucket}/${ref.key}`);
    if (!bytes) throw new Error(`test: no object ${ref.bucket}/${ref.key}`);
    return bytes;
  }
}

export interface LogLine {
  readonly level: string;
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

export class MemoryLogger implements IngestLogger {
  readonly lines: LogLine[] = [];
  debug(message: string, fields: Record<string, unknown> = {}) {
    this.lines.push({ level: 'debug', message, fields });
  }
  info(message: string, fields: Record<string, unknown> = {}) {
    this.lines.push({ level: 'info', message, fields });
  }
  warn(message: string, fields: Record<string, unknown> = {}) {
    this.lines.push({ level: 'warn', message, fields });
  }
  error(message: string, fields: Record<string, unknown> = {}) {
    this.lines.push({ level: 'error', message, fields });
  }
}

export class MemoryMetrics implements IngestMetrics {
  readonly counts: Partial<Record<IngestMetric, number>> = {};
  count(metric: IngestMetric, value = 1) {
    this.counts[metric] = (this.counts[metric] ?? 0) + value;
  }
}

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(private time = Date.parse('2025-11-20T10:00:00Z')) {}
  now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}
