/**
 * Hostile inputs for the parser's scaling (issue 10, item 4): a long list of participants, each a capitalised
 * "Firstname Lastname, Minister of X" line, as an operator's probe sent them (160 KB took 34 s and 1.1 GB before
 * the merge and the variant scan were indexed). Deterministic: the same size and kind give the same bytes, so
 * the bench's figures and the tests' bounds are comparable between runs. Used by `npm run bench -- --only memory`
 * and, at small sizes, by the tests.
 */

/** `distinct`: many different people, one per line. `repeated`: one person on every line. `one-line`: the
 * distinct list joined with "; " and no newline at all (the whole file is one line). */
export type ParticipantListKind = 'distinct' | 'repeated' | 'one-line';

// Given names the lexicon knows, so that names carry evidence as real ones do.
const GIVEN = [
  'Aleksandr',
  'Anna',
  'Bakhtiyor',
  'Carlos',
  'Daniel',
  'Elena',
  'Emomali',
  'Fatima',
  'Georg',
  'Hans',
  'Irina',
  'Jean',
  'Kassym',
  'Laura',
  'Maria',
  'Mukhtar',
  'Nikolai',
  'Olga',
  'Pierre',
  'Rashid',
  'Sergey',
  'Sofia',
  'Tomas',
  'Vladimir',
  'Yuki',
  'Zoran',
];
// Surnames built from syllables and a surname ending: tens of thousands of distinct words sharing letters, as
// a real list of many nations does.
const SYLLABLES = [
  'ka',
  'mi',
  'ro',
  'sa',
  'tu',
  'ne',
  'li',
  'bo',
  'da',
  'ge',
  'ha',
  'zu',
  've',
  'pa',
  'ri',
  'lo',
];
const ENDINGS = ['ov', 'ova', 'enko', 'son', 'ić', 'ski', 'ev', 'yan', 'shvili', 'ez'];
const OFFICES = [
  'Minister of Foreign Affairs',
  'Deputy Prime Minister',
  'Minister of Energy',
  'Ambassador',
  'Deputy Minister of Trade',
  'Head of the Delegation',
  'State Secretary',
  'Minister of Health',
];
const COUNTRIES = ['Kazakhstan', 'Slovenia', 'France', 'Germany', 'Japan', 'Brazil', 'Uzbekistan', 'Croatia'];

/** A small seeded generator (mulberry32): enough spread for names, the same sequence on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function surname(n: number): string {
  // Three syllables from the index (16^3 = 4,096 stems) times the endings: 40,960 distinct surnames.
  const stem = `${SYLLABLES[n % 16]}${SYLLABLES[(n >> 4) % 16]}${SYLLABLES[(n >> 8) % 16]}`;
  const word = `${stem}${ENDINGS[(n >> 12) % ENDINGS.length] as string}`;
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

/** The participant lines of a list, until their UTF-8 size reaches `size`. */
function participants(kind: ParticipantListKind, size: number, seed: number): string[] {
  const next = random(seed);
  const pick = (k: number) => Math.floor(next() * k);
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < size; i++) {
    const n = kind === 'repeated' ? 0 : i;
    const name = `${GIVEN[kind === 'repeated' ? 0 : pick(GIVEN.length)]} ${surname(n)}`;
    const line = `${name}, ${OFFICES[pick(OFFICES.length)]} of ${COUNTRIES[pick(COUNTRIES.length)]}`;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 2;
  }
  return lines;
}

/** A release listing participants, about `size` bytes of UTF-8. */
export function participantList(kind: ParticipantListKind, size: number, seed = 10): Buffer {
  const lines = participants(kind, size, seed);
  if (kind === 'one-line') return Buffer.from(`List of participants: ${lines.join('; ')}.`);
  return Buffer.from(
    `date 2025-01-01 example.org\n\nMinisterial meeting: list of participants\n\n${lines.join('\n')}\n`,
  );
}

/** A release of ordinary sentences, about `size` bytes, on a single line: no headline of its own. */
export function oneLineRelease(size: number, seed = 10): Buffer {
  const next = random(seed);
  const pick = (k: number) => Math.floor(next() * k);
  const sentences: string[] = [];
  let bytes = 0;
  while (bytes < size) {
    const who = `${GIVEN[pick(GIVEN.length)]} ${surname(pick(4096))}`;
    const s =
      `${OFFICES[pick(OFFICES.length)]} of ${COUNTRIES[pick(COUNTRIES.length)]} ${who} met the delegation ` +
      `of ${COUNTRIES[pick(COUNTRIES.length)]} to discuss trade, energy and the agenda of the next session.`;
    sentences.push(s);
    bytes += Buffer.byteLength(s) + 1;
  }
  return Buffer.from(sentences.join(' '));
}
