import { CountryGazetteer } from './country-gazetteer';
import type { Phrase, SuffixClass, WordPattern } from './country-phrase';

/**
 * The finished gazetteer as text: what `npm run generate:countries` writes and the parser loads. The first line
 * is the JSON of the English short names (code -> name); each further line is one first-word stem and its
 * phrases, `stem<TAB>CODE<TAB>words[<TAB>CODE<TAB>words]...`, in the order of the stems (JavaScript string order).
 * `CODE` is `-` for a phrase that names no country; `words` is `word;word`, a word
 * `stem,<suffix class><flags: 1 capital, 2 surname guard, 4 not at a sentence start>[,exact]`, the first
 * word's stem left out, as it is the line's. Loading splits the lines and nothing else: a stem is found by a
 * binary search among the lines of its first two letters and its phrases are decoded on its first lookup (a
 * release meets a few hundred of 12,000 stems), where parsing the same data as one JSON object cost a fresh
 * Lambda about 20 ms.
 */

const SUFFIX_CODES: Record<SuffixClass, string> = {
  none: 'n',
  plural: 'p',
  cyrillic: 'c',
  turkicCyrillic: 'k',
  latin: 'l',
  polish: 'w',
  turkic: 't',
  turkish: 'a',
};
const SUFFIX_CLASSES: Record<string, SuffixClass> = Object.fromEntries(
  Object.entries(SUFFIX_CODES).map(([cls, letter]) => [letter, cls as SuffixClass]),
);

function encodeWord(w: WordPattern): string {
  const flags = (w.cap ? 1 : 0) | (w.guard ? 2 : 0) | (w.mid ? 4 : 0);
  return `${w.stem},${SUFFIX_CODES[w.suffix]}${flags}${w.exact === null ? '' : `,${w.exact}`}`;
}

function decodeWord(text: string): WordPattern {
  const [stem = '', code = 'n0', exact] = text.split(',');
  const flags = Number(code.slice(1));
  return {
    stem,
    suffix: SUFFIX_CLASSES[code.charAt(0)] ?? 'none',
    cap: (flags & 1) !== 0,
    exact: exact ?? null,
    guard: (flags & 2) !== 0,
    mid: (flags & 4) !== 0,
  };
}

/** Serialises a finished gazetteer (see the comment at the top). */
export function gazetteerToText(g: CountryGazetteer): string {
  const lines: string[] = [];
  for (const stem of [...g.index.keys()].sort()) {
    const list = g.index.get(stem) ?? [];
    if (/[\t\n]/.test(stem)) throw new Error(`a gazetteer stem holds a tab or a line break: '${stem}'`);
    if (list.length === 0) continue;
    const phrases = list.map(
      (p) =>
        `${p.code ?? '-'}\t${p.words.map((w, i) => encodeWord(i === 0 ? { ...w, stem: '' } : w)).join(';')}`,
    );
    lines.push(`${stem}\t${phrases.join('\t')}`);
  }
  return [JSON.stringify(Object.fromEntries(g.names)), ...lines].join('\n');
}

/** The phrases of one stem's line. */
function decodeLine(stem: string, line: string): Phrase[] {
  const parts = line.split('\t');
  const phrases: Phrase[] = [];
  for (let k = 1; k + 1 < parts.length; k += 2) {
    const code = parts[k] as string;
    phrases.push({
      code: code === '-' ? null : code,
      words: (parts[k + 1] as string)
        .split(';')
        .map((w, i) => (i === 0 ? { ...decodeWord(w), stem } : decodeWord(w))),
    });
  }
  return phrases;
}

/** Rebuilds a gazetteer from {@link gazetteerToText}'s text: no tokenising or ranking at load time. */
export function gazetteerFromText(text: string): CountryGazetteer {
  const lines = text.split('\n');
  const g = new CountryGazetteer();
  for (const [code, name] of Object.entries(JSON.parse(lines[0] ?? '{}') as Record<string, string>))
    g.names.set(code, name);
  // The first index from `lo` whose line sorts at or after `probe`.
  const lowerBound = (probe: string, from: number, to: number): number => {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((lines[mid] as string) < probe) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The lines of the stems that start with two letters: a word's stems all start with its first two letters,
  // so the dozen lookups of one word search a few lines, not all of them.
  const ranges = new Map<string, readonly [number, number]>();
  const rangeOf = (stem: string): readonly [number, number] => {
    const head = stem.slice(0, 2);
    if (head.length < 2 || head.charCodeAt(1) === 0xffff) return [1, lines.length];
    let range = ranges.get(head);
    if (range === undefined) {
      const next = head.charAt(0) + String.fromCharCode(head.charCodeAt(1) + 1);
      const from = lowerBound(head, 1, lines.length);
      range = [from, lowerBound(next, from, lines.length)];
      ranges.set(head, range);
    }
    return range;
  };
  g.packed = (stem) => {
    // A line starts with its stem and a tab, which sorts before every letter: the probe sorts as the stem does.
    const probe = `${stem}\t`;
    const [from, to] = rangeOf(stem);
    const at = lowerBound(probe, from, to);
    const line = lines[at];
    return at < to && line !== undefined && line.startsWith(probe) ? decodeLine(stem, line) : undefined;
  };
  return g;
}
