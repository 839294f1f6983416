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

/** One item of a trie group: its run of letters, and the span of its own group's text (parentheses left out). */
export interface TrieItem {
  readonly run: string;
  readonly group: boolean;
  readonly from: number;
  readonly to: number;
}

/** The code point a word starts with, -1 for the empty word. */
const firstLetter = (word: string): number => word.codePointAt(0) ?? -1;

/**
 * The items of the group text `text[from, to)` by their first code point (-1: the word that ends there). The
 * delimiters are found with indexOf, which skips the letters natively: a loop over every character ran cold
 * at about a hundred nanoseconds each, milliseconds over the given names' trie.
 */
export function itemsOf(text: string, from: number, to: number): Map<number, TrieItem> {
  const items = new Map<number, TrieItem>();
  const next = (c: string, k: number) => {
    const at = text.indexOf(c, k);
    return at < 0 || at >= to ? to : at;
  };
  let start = from;
  let open = -1;
  const add = (end: number) => {
    const run = text.slice(start, open < 0 ? end : open);
    items.set(firstLetter(run), { run, group: open >= 0, from: open + 1, to: end - 1 });
  };
  let nextOpen = next(OPEN, from);
  let nextClose = next(CLOSE, from);
  let nextComma = next(NEXT, from);
  let depth = 0;
  for (;;) {
    if (depth === 0) {
      if (nextClose < nextOpen && nextClose < nextComma) throw new Error('unbalanced word trie');
      if (nextComma < nextOpen) {
        add(nextComma);
        start = nextComma + 1;
        open = -1;
        nextComma = next(NEXT, start);
      } else if (nextOpen < to) {
        open = nextOpen;
        depth = 1;
        nextOpen = next(OPEN, open + 1);
      } else break;
    } else if (nextOpen < nextClose) {
      depth++;
      nextOpen = next(OPEN, nextOpen + 1);
    } else {
      if (nextClose >= to) throw new Error('unbalanced word trie');
      const at = nextClose;
      depth--;
      nextClose = next(CLOSE, at + 1);
      if (depth === 0 && nextComma < at) nextComma = next(NEXT, at + 1);
    }
  }
  add(to);
  return items;
}

/** The words of one item (its run, then each word of its group). */
export function itemWords(text: string, item: TrieItem): string[] {
  if (!item.group) return [item.run];
  return decodeWords(`${OPEN}${text.slice(item.from, item.to)}${CLOSE}`).map((w) => item.run + w);
}

/** The items at the top of a trie text: a text in parentheses is one group of items, any other one item. */
export function topItems(text: string): Map<number, TrieItem> {
  if (text === '') return new Map();
  return text.startsWith(OPEN) ? itemsOf(text, 1, text.length - 1) : itemsOf(text, 0, text.length);
}

// Levels of items read one by one before the rest under them is decoded whole: the first two runs of letters.
const LAZY_LEVELS = 2;

/**
 * The words of a trie text as a set that decodes only what its lookups need: the words under a word's first
 * two runs of letters are decoded on the first lookup that reaches them. A release meets a few of the hundreds
 * of such groups, where decoding the 12,000 given names of the lexicon whole cost a fresh process milliseconds.
 */
export function trieWordSet(text: string): { has(word: string): boolean } {
  const groups = new Map<TrieItem | null, Map<number, TrieItem>>();
  const decoded = new Map<TrieItem, ReadonlySet<string>>();
  // A text in parentheses is one group of items; any other text is a single item (see `written`).
  const itemsUnder = (item: TrieItem | null): Map<number, TrieItem> => {
    let items = groups.get(item);
    if (items === undefined) {
      items = item === null ? topItems(text) : itemsOf(text, item.from, item.to);
      groups.set(item, items);
    }
    return items;
  };
  const wordsUnder = (item: TrieItem, head: string): ReadonlySet<string> => {
    let words = decoded.get(item);
    if (words === undefined) {
      words = new Set(itemWords(text, item).map((w) => head + w));
      decoded.set(item, words);
    }
    return words;
  };
  return {
    has(word) {
      let parent: TrieItem | null = null;
      let prefix = '';
      for (let level = 0; ; level++) {
        const rest = word.slice(prefix.length);
        const item = itemsUnder(parent).get(firstLetter(rest));
        if (item === undefined || !rest.startsWith(item.run)) return false;
        if (!item.group) return rest === item.run;
        if (level + 1 >= LAZY_LEVELS) return wordsUnder(item, prefix).has(word);
        parent = item;
        prefix += item.run;
      }
    },
  };
}
