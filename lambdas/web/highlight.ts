import type { StoredRelease } from '../core/ports';

/** A country or official a stretch of text names. */
export interface EntityRef {
  readonly kind: 'country' | 'official';
  /** Country code or official id. */
  readonly id: string;
  readonly label: string;
}

/** A stretch of text, and the entities it names when it is a mention. */
export interface Segment {
  readonly text: string;
  readonly marks?: readonly EntityRef[];
}

/** Finds the mentions of one release in its texts. */
export interface Highlighter {
  segments(text: string): Segment[];
  /** How often each entity (`country:SI`, `official:<id>`) was found by `segments` so far. */
  readonly found: ReadonlyMap<string, number>;
}

// Outside a class, a `-` needs no escape, and in a `u` pattern escaping it is a syntax error.
const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const entityKey = (ref: EntityRef): string => `${ref.kind}:${ref.id}`;

/**
 * Marks every occurrence of the surface forms the parser recorded: country mentions and official variants,
 * "as written" (so an inflected or compound form such as "Kazakh-Slovenian" is found where it stands). Longest
 * forms first, whole words only, case-insensitive (a headline in capitals names the same country); a form that
 * names two entities (a compound) marks both.
 */
export function highlighter(release: Pick<StoredRelease, 'countries' | 'officials'>): Highlighter {
  const forms = new Map<string, EntityRef[]>();
  const add = (form: string, ref: EntityRef) => {
    const text = form.trim();
    if (text.length < 2) return;
    const key = text.toLowerCase();
    const refs = forms.get(key) ?? [];
    if (!refs.some((r) => entityKey(r) === entityKey(ref))) refs.push(ref);
    forms.set(key, refs);
  };
  for (const c of release.countries) {
    const ref: EntityRef = { kind: 'country', id: c.code, label: c.name };
    for (const m of c.mentions) add(m, ref);
  }
  for (const o of release.officials) {
    const ref: EntityRef = { kind: 'official', id: o.id, label: o.name };
    for (const v of [o.name, ...o.variants]) add(v, ref);
  }
  const found = new Map<string, number>();
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern =
    alternatives.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : null;
  return {
    found,
    segments(text: string): Segment[] {
      if (!pattern) return text ? [{ text }] : [];
      const out: Segment[] = [];
      let last = 0;
      for (const match of text.matchAll(pattern)) {
        const at = match.index;
        if (at > last) out.push({ text: text.slice(last, at) });
        const marks = forms.get(match[0].toLowerCase()) ?? [];
        for (const ref of marks) found.set(entityKey(ref), (found.get(entityKey(ref)) ?? 0) + 1);
        out.push({ text: match[0], marks });
        last = at + match[0].length;
      }
      if (last < text.length) out.push({ text: text.slice(last) });
      return out;
    },
  };
}
