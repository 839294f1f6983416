import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { writeFileAtomically } from './write-file-atomically';

/** The ingest function as the queue calls it (the real `handler`, or one built by `createHandler`). */
export type SqsHandler = (event: SQSEvent) => Promise<SQSBatchResponse | undefined>;

export interface DeliveryQueueOptions {
  readonly handler: SqsHandler;
  /** Folder that journals every message until it is done, so a crash or Ctrl-C loses nothing. */
  readonly spoolDir: string;
  /** Where a message goes after its last failed attempt (the local dead-letter queue). */
  readonly deadLetterDir: string;
  /** @default 4 */
  readonly concurrency?: number;
  /** Attempts before a message is parked, like the stack's `maxReceiveCount`. @default 5 */
  readonly maxAttempts?: number;
  /** Delay before attempt `n + 1` after `n` failed ones. @default 200 ms doubling, at most 5 s */
  readonly backoffMs?: (failedAttempts: number) => number;
  /** Told after each message is done: delivered, or parked in the dead-letter folder. */
  readonly onSettled?: (outcome: DeliveryOutcome) => void;
}

export interface DeliveryOutcome {
  readonly message: SQSRecord;
  readonly status: 'delivered' | 'dead-letter';
  readonly attempts: number;
  /** Why the last attempt failed, for a dead letter. */
  readonly error?: string;
}

const defaultBackoff = (failed: number): number => Math.min(5000, 200 * 2 ** (failed - 1));

/**
 * The SQS queue of the stack, in process: at-least-once delivery of one message per invocation, a bounded number
 * of invocations at a time, retries with backoff of what the handler reports in `batchItemFailures` (or of the
 * whole message when it throws), and a dead-letter folder after the last attempt.
 */
/** Messages the local queue hands to the handler at once. */
export const DEFAULT_CONCURRENCY = 4;

export class DeliveryQueue {
  private readonly waiting: SQSRecord[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly idleWaiters: Array<() => void> = [];
  private running = 0;
  /** Messages whose journal file is being written, in the order sent: delivered once it is. */
  private readonly journaling: Array<{ readonly message: SQSRecord; written: boolean }> = [];
  private readonly journalWrites = new Set<Promise<void>>();
  private closed = false;
  private readonly concurrency: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: (failed: number) => number;

  constructor(private readonly options: DeliveryQueueOptions) {
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? defaultBackoff;
    mkdirSync(options.spoolDir, { recursive: true });
    mkdirSync(options.deadLetterDir, { recursive: true });
  }

  /** Messages journaled by an earlier run that did not finish them: sends them again. Returns how many. */
  recover(): number {
    const files = readdirSync(this.options.spoolDir).filter((f) => f.endsWith('.json'));
    for (const file of files) {
      const message = JSON.parse(readFileSync(path.join(this.options.spoolDir, file), 'utf8')) as SQSRecord;
      this.waiting.push(message);
    }
    this.pump();
    return files.length;
  }

  /**
   * Journals the messages, then delivers them. The journal file is written off the event loop (creating a file
   * is the costly part of a small write), and the message delivered once it is on disk, so that a crash after
   * the handler ran never finds it missing. After {@link close}, only journals them for the next run, at once.
   */
  send(messages: readonly SQSRecord[]): void {
    for (const message of messages) {
      if (this.closed) {
        this.journal(message);
        continue;
      }
      const entry = { message, written: false };
      this.journaling.push(entry);
      const write: Promise<void> = writeFileAtomically(this.journalFile(message), JSON.stringify(message))
        .catch((error) => {
          // Delivered all the same: it is in memory, and the handler is idempotent.
          process.stderr.write(`! could not journal message ${message.messageId}: ${String(error)}\n`);
        })
        .finally(() => {
          entry.written = true;
          this.journalWrites.delete(write);
          // In the order sent, whichever write ends first.
          while (this.journaling[0]?.written) {
            const next = this.journaling.shift();
            if (next && !this.closed) this.waiting.push(next.message);
          }
          this.pump();
          this.notifyIdle();
        });
      this.journalWrites.add(write);
    }
    this.pump();
  }

  /** Messages not yet done (being journaled, waiting, in a backoff, or being handled). */
  get pending(): number {
    return this.journaling.length + this.waiting.length + this.timers.size + this.running;
  }

  /** Resolves when nothing is pending. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Stops taking messages and waits for the invocations in flight. Messages not started stay journaled and are
   * delivered by {@link recover} at the next start.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    // Journal files being written are finished, for the next run.
    while (this.journalWrites.size > 0) await Promise.all(this.journalWrites);
    this.journaling.length = 0;
    while (this.running > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private pump(): void {
    while (!this.closed && this.running < this.concurrency) {
      const message = this.waiting.shift();
      if (!message) break;
      this.running += 1;
      void this.deliver(message).finally(() => {
        this.running -= 1;
        this.pump();
        this.notifyIdle();
      });
    }
  }

  private notifyIdle(): void {
    // close() waits on running only; idle() on everything.
    if (this.running === 0 && (this.closed || this.pending === 0)) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private async deliver(message: SQSRecord): Promise<void> {
    const attempts = Number(message.attributes.ApproximateReceiveCount) || 1;
    let error: string | undefined;
    try {
      const response = await this.options.handler({ Records: [message] });
      const failed =
        response?.batchItemFailures?.some((f) => f.itemIdentifier === message.messageId) ?? false;
      if (!failed) {
        this.unjournal(message);
        this.options.onSettled?.({ message, status: 'delivered', attempts });
        return;
      }
      error = 'reported in batchItemFailures';
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    if (attempts >= this.maxAttempts) {
      this.park(message, attempts, error);
      return;
    }
    const next: SQSRecord = {
      ...message,
      attributes: { ...message.attributes, ApproximateReceiveCount: String(attempts + 1) },
    };
    this.journal(next);
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.closed) return;
      this.waiting.push(next);
      this.pump();
    }, this.backoffMs(attempts));
    this.timers.add(timer);
  }

  private park(message: SQSRecord, attempts: number, error: string): void {
    const letter = { message, attempts, error, parkedAt: new Date().toISOString() };
    writeAtomically(
      path.join(this.options.deadLetterDir, `${message.messageId}.json`),
      JSON.stringify(letter, null, 2),
    );
    this.unjournal(message);
    this.options.onSettled?.({ message, status: 'dead-letter', attempts, error });
  }

  private journalFile(message: SQSRecord): string {
    return path.join(this.options.spoolDir, `${message.messageId}.json`);
  }

  private journal(message: SQSRecord): void {
    writeAtomically(this.journalFile(message), JSON.stringify(message));
  }

  private unjournal(message: SQSRecord): void {
    rmSync(this.journalFile(message), { force: true });
  }
}

/** Write then rename, so that a crash never leaves half a file behind. */
export function writeAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
