/**
 * A word list written as a trie, for the packed language tables: shared beginnings are written once and the
 * endings that follow them in parentheses, comma-separated, an empty item ending a word there:
 * `министр(,а,ом)` is "министр", "министра", "министром". The tables' case forms repeat the same endings after
 * many stems, and Brotli packs such repeated groups into references: the packed tables shrink to about half of
 * the same words as a plain list. The words may hold any character but `(`, `)`, `,` and whitespace.
 */

const OPEN = '(';
const CLOSE = ')';
const NEXT = ',';
const RESERVED = /[(),\s]/u;
const DELIMITER = /([(),])/;

interface Node {
  end: boolean;
  readonly children: Map<string, Node>;
}

const node = (): Node => ({ end: false, children: new Map() });

/** The trie text of `words` (duplicates dropped, order not kept); `''` for no word. */
export function encodeWords(words: readonly string[]): string {
  const root = node();
  for (const word of words) {
    if (word === '' || RESERVED.test(word)) throw new Error(`not a trie word: '${word}'`);
    let at = root;
    for (const ch of word) {
      let next = at.children.get(ch);
      if (!next) {
        next = node();
        at.children.set(ch, next);
      }
      at = next;
    }
    at.end = true;
  }
  if (root.children.size === 0) return '';
  return written(root);
}

/** A node's items: an empty one if a word ends here, then each child's run of letters and what follows it. */
function written(n: Node): string {
  const items = n.end ? [''] : [];
  for (const ch of [...n.children.keys()].sort()) {
    let run = ch;
    let at = n.children.get(ch) as Node;
    while (!at.end && at.children.size === 1) {
      const [next, child] = at.children.entries().next().value as [string, Node];
      run += next;
      at = child;
    }
    items.push(at.children.size === 0 ? run : run + written(at));
  }
  return items.length === 1 && items[0] !== '' ? (items[0] as string) : `${OPEN}${items.join(NEXT)}${CLOSE}`;
}

/** The words of a trie text, in sorted order. */
export function decodeWords(text: string): string[] {
  const out: string[] = [];
  if (text === '') return out;
  // Runs of letters and the delimiters after them, split natively: a cold Lambda runs this loop interpreted,
  // once per word rather than once per character.
  const parts = text.split(DELIMITER);
  const prefixes: string[] = [];
  let prefix = '';
  let afterGroup = false;
  for (let k = 0; k < parts.length; k += 2) {
    const run = parts[k] as string;
    const delimiter = parts[k + 1];
    if (delimiter === OPEN) {
      prefixes.push(prefix);
      prefix += run;
      afterGroup = false;
      continue;
    }
    // The empty run after a group's `)` is no item: the group wrote its words.
    if (!(afterGroup && run === '')) out.push(prefix + run);
    afterGroup = delimiter === CLOSE;
    if (afterGroup) {
      const outer = prefixes.pop();
      if (outer === undefined) throw new Error('unbalanced word trie');
      prefix = outer;
    }
  }
  if (prefixes.length > 0) throw new Error('unbalanced word trie');
  return out;
}
