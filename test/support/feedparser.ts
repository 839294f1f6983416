import { spawnSync } from 'node:child_process';

/** What Python's feedparser makes of a feed: `bozo` is true when the XML or the feed is not well-formed. */
export interface ParsedFeed {
  readonly bozo: boolean;
  readonly bozoException: string | null;
  readonly version: string;
  readonly title: string;
  readonly updated: string | null;
  readonly entries: ReadonlyArray<{
    id: string;
    title: string;
    link: string;
    updated: string;
    summary: string;
  }>;
}

const SCRIPT = `
import json, sys, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  "bozo": bool(d.bozo),
  "bozoException": str(d.get("bozo_exception")) if d.bozo else None,
  "version": d.version,
  "title": d.feed.get("title", ""),
  "updated": d.feed.get("updated"),
  "entries": [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link"), "updated": e.get("updated"), "summary": e.get("summary")} for e in d.entries],
}))
`;

// Debian's python3-feedparser installs for the system Python; a python3 earlier on PATH (pyenv, venv) may lack it.
const PYTHONS = ['/usr/bin/python3', 'python3'];

/** The first Python that can import feedparser, or null (then the feed tests say so and skip). */
export function feedparserPython(): string | null {
  for (const python of PYTHONS) {
    const probe = spawnSync(python, ['-c', 'import feedparser'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return null;
}

export function parseFeed(python: string, xml: string): ParsedFeed {
  const run = spawnSync(python, ['-c', SCRIPT], { input: xml, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`feedparser failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ParsedFeed;
}
