import { sql, type Kysely } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';

export interface Job {
  id: number;
  tenantId: string | null;
  queue: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export type JobHandler = (job: Job) => Promise<void>;

export interface EnqueueOptions {
  queue: string;
  payload?: Record<string, unknown>;
  tenantId?: string | null;
  runAt?: Date;
  maxAttempts?: number;
}

export interface JobLogger {
  error(details: object, message: string): void;
}

/**
 * Adds a job in the caller's transaction, so it exists only if the work that
 * asked for it commits (transactional outbox).
 */
export async function enqueueJob(db: Kysely<any>, options: EnqueueOptions): Promise<number> {
  const row = await (db as Kysely<PlatformDatabase>)
    .insertInto('platformJob')
    .values({
      queue: options.queue,
      payload: JSON.stringify(options.payload ?? {}),
      tenantId: options.tenantId ?? null,
      runAt: options.runAt ?? new Date(),
      maxAttempts: options.maxAttempts ?? 5,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Delay before the next try: 10 s, 20 s, 40 s… capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(10 * 2 ** (attempts - 1), 3600);
}

/**
 * A polling worker on the platform_job table. Several API processes may run it:
 * `for update skip locked` hands each job to one of them; a job whose worker
 * died is taken again once its lock expires.
 */
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly db: Kysely<PlatformDatabase>,
    private readonly log: JobLogger = { error: () => undefined },
    private readonly lockSeconds = 300,
  ) {}

  register(queue: string, handler: JobHandler): this {
    this.handlers.set(queue, handler);
    return this;
  }

  /** Claims and runs up to `limit` due jobs; returns how many ran. */
  async runDue(limit = 20): Promise<number> {
    const queues = [...this.handlers.keys()];
    if (queues.length === 0) return 0;
    const claimed = await this.db
      .updateTable('platformJob')
      .set({
        status: 'running',
        attempts: sql`attempts + 1`,
        lockedUntil: sql`now() + make_interval(secs => ${this.lockSeconds})`,
      })
      .where('id', 'in', (qb) =>
        qb
          .selectFrom('platformJob')
          .select('id')
          .where('queue', 'in', queues)
          .where((eb) =>
            eb.or([
              eb.and([eb('status', '=', 'pending'), eb('runAt', '<=', sql<Date>`now()`)]),
              eb.and([eb('status', '=', 'running'), eb('lockedUntil', '<', sql<Date>`now()`)]),
            ]),
          )
          .orderBy('runAt')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returning(['id', 'tenantId', 'queue', 'payload', 'attempts', 'maxAttempts'])
      .execute();

    for (const job of claimed) await this.runOne(job);
    return claimed.length;
  }

  private async runOne(job: Job) {
    try {
      const handler = this.handlers.get(job.queue);
      if (!handler) throw new Error(`No handler for queue ${job.queue}`);
      await handler(job);
      await this.db.updateTable('platformJob').set({ status: 'done', finishedAt: new Date(), lockedUntil: null }).where('id', '=', job.id).execute();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.error({ jobId: job.id, queue: job.queue, attempts: job.attempts, err: message }, 'job failed');
      const final = job.attempts >= job.maxAttempts;
      await this.db
        .updateTable('platformJob')
        .set({
          status: final ? 'failed' : 'pending',
          lastError: message.slice(0, 2000),
          lockedUntil: null,
          runAt: sql`now() + make_interval(secs => ${retryDelaySeconds(job.attempts)})`,
          finishedAt: final ? new Date() : null,
        })
        .where('id', '=', job.id)
        .execute();
    }
  }

  /** Polls every `intervalMs` until stop(). */
  start(intervalMs = 1000) {
    const tick = async () => {
      this.running = this.runDue().catch((error: unknown) => {
        this.log.error({ err: String(error) }, 'job polling failed');
        return 0;
      });
      await this.running;
      this.running = undefined;
      if (this.timer) this.timer = setTimeout(tick, intervalMs);
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  /** Stops polling and waits for the batch in progress. */
  async stop() {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
