import type { Subscriber } from './subscriber';

interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock time in `zone` at instant `ms`, as if that wall time were UTC. */
function wallAsUtc(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

/**
 * The instant at which the wall clock in `zone` first shows `hour`:00 on `date`. Offsets come from `Intl`, so
 * daylight saving is the zone's own. An hour skipped by a spring-forward change (02:00 in Europe/Berlin on its
 * last Sunday of March) falls on the first instant after the gap, so the digest still goes out that day.
 */
export function zonedInstant(date: LocalDate, hour: number, zone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour);
  // The offsets a day either side: no zone changes its offset twice within two days.
  const offsets = [wall - DAY_MS, wall + DAY_MS].map((at) => wallAsUtc(at, zone) - at);
  const candidates = offsets.map((offset) => wall - offset).sort((a, b) => a - b);
  // The earlier of two valid answers: a fall-back change shows the hour twice, and its first time is due.
  const exact = candidates.find((c) => wallAsUtc(c, zone) === wall);
  if (exact !== undefined) return exact;
  // In a gap: the candidate whose wall clock is past the hour is the instant of the change itself.
  return candidates.find((c) => wallAsUtc(c, zone) > wall) as number;
}

function localDate(ms: number, zone: string): LocalDate {
  const d = new Date(wallAsUtc(ms, zone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday (1 Monday .. 7 Sunday) of a calendar date. */
function isoWeekday(date: LocalDate): number {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return d === 0 ? 7 : d;
}

function previousDay(date: LocalDate): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) - DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The latest digest slot at or before `now`: the subscriber's local hour on the latest day (daily) or on the
 * latest of its weekday (weekly), in its zone. Null for an immediate subscriber.
 */
export function latestSlot(
  subscriber: Pick<Subscriber, 'cadence' | 'timeZone' | 'hour' | 'weekday'>,
  now: Date,
): Date | null {
  if (subscriber.cadence === 'immediate') return null;
  const nowMs = now.getTime();
  let date = localDate(nowMs, subscriber.timeZone);
  for (let back = 0; back < 9; back++, date = previousDay(date)) {
    if (subscriber.cadence === 'weekly' && isoWeekday(date) !== subscriber.weekday) continue;
    const instant = zonedInstant(date, subscriber.hour, subscriber.timeZone);
    if (instant <= nowMs) return new Date(instant);
  }
  /* c8 ignore next */
  return null;
}

/**
 * The digest period due at `now`, or null when none is. A period ends at the latest slot and starts at the
 * previous digest (or at sign-up): a slot already handled is never due again, and a slot before sign-up never.
 * A missed tick is caught up at the next one (the 15-minute schedule), not skipped.
 */
export function dueDigest(
  subscriber: Pick<
    Subscriber,
    'cadence' | 'timeZone' | 'hour' | 'weekday' | 'status' | 'createdAt' | 'lastDigestAt'
  >,
  now: Date,
): { readonly since: string; readonly slot: string } | null {
  if (subscriber.status !== 'active') return null;
  const slot = latestSlot(subscriber, now);
  if (!slot) return null;
  const since = subscriber.lastDigestAt ?? subscriber.createdAt;
  if (slot.getTime() <= Date.parse(since)) return null;
  return { since, slot: slot.toISOString() };
}
