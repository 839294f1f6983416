/**
 * The corpus README's scoring ("Scoring"): folded comparisons, one-to-one official matching in output order,
 * micro precision/recall/F1. Kept apart from the parser on purpose: a change to the parser must not change
 * how it is scored.
 */
import type { ParsedRelease } from '../../lambdas/core/release';

export interface Expected {
  file: string;
  date: string | null;
  title: string;
  countries: string[];
  officials: Array<{ name: string; variants: string[] }>;
}

/**
 * The corpus README's folding: NFKD, no marks, dashes to '-', lower case, spaces collapsed, ". " to ".".
 * Kept apart from the parser's own `fold` on purpose: a change to the parser must not change how it is scored.
 */
export function scoreFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\p{Pd}/gu, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\. +/g, '.');
}

export interface FileScore {
  file: string;
  countryTp: number;
  countryFp: string[];
  countryFn: string[];
  officialTp: number;
  officialFp: string[];
  officialFn: string[];
  canonicalRight: number;
  canonicalWrong: string[];
  dateRight: boolean;
  titleRight: boolean;
  error?: string;
}

export function scoreFile(expected: Expected, got: ParsedRelease): FileScore {
  const codes = new Set(got.countries.map((c) => c.code));
  const want = new Set(expected.countries);
  const score: FileScore = {
    file: expected.file,
    countryTp: [...codes].filter((c) => want.has(c)).length,
    countryFp: [...codes].filter((c) => !want.has(c)),
    countryFn: [...want].filter((c) => !codes.has(c)),
    officialTp: 0,
    officialFp: [],
    officialFn: [],
    canonicalRight: 0,
    canonicalWrong: [],
    dateRight: got.date === expected.date,
    titleRight: scoreFold(got.title) === scoreFold(expected.title),
  };
  const open = expected.officials.map((o) => ({
    o,
    forms: new Set([o.name, ...o.variants].map(scoreFold)),
    used: false,
  }));
  for (const p of got.officials) {
    const forms = [p.name, ...p.variants].map(scoreFold);
    const hit = open.find((e) => !e.used && forms.some((f) => e.forms.has(f)));
    if (!hit) {
      score.officialFp.push(p.name);
      continue;
    }
    hit.used = true;
    score.officialTp++;
    if (scoreFold(p.name) === scoreFold(hit.o.name)) score.canonicalRight++;
    else score.canonicalWrong.push(`${p.name} (expected ${hit.o.name})`);
  }
  score.officialFn = open.filter((e) => !e.used).map((e) => e.o.name);
  return score;
}

function prf(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
}

/** Micro-averaged totals over scored files, as the corpus README counts them. */
export interface ScoreTotals {
  readonly files: number;
  readonly countries: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly officials: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly matchedOfficials: number;
  /** Share of matched officials whose canonical name is right. */
  readonly canonical: number;
  readonly date: number;
  readonly title: number;
}

export function summarise(scores: readonly FileScore[]): ScoreTotals {
  const sum = (f: (s: FileScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const [cp, cr, cf] = prf(
    sum((s) => s.countryTp),
    sum((s) => s.countryFp.length),
    sum((s) => s.countryFn.length),
  );
  const matched = sum((s) => s.officialTp);
  const [op, or, of] = prf(
    matched,
    sum((s) => s.officialFp.length),
    sum((s) => s.officialFn.length),
  );
  return {
    files: scores.length,
    countries: { precision: cp, recall: cr, f1: cf },
    officials: { precision: op, recall: or, f1: of },
    matchedOfficials: matched,
    canonical: matched === 0 ? 1 : sum((s) => s.canonicalRight) / matched,
    date: scores.length === 0 ? 1 : sum((s) => (s.dateRight ? 1 : 0)) / scores.length,
    title: scores.length === 0 ? 1 : sum((s) => (s.titleRight ? 1 : 0)) / scores.length,
  };
}

/** What one file got wrong, one phrase per kind of miss. */
export function missesOf(s: FileScore): string[] {
  const parts: string[] = [];
  if (s.error) parts.push(`error: ${s.error}`);
  if (s.countryFp.length) parts.push(`countries extra ${s.countryFp.join(',')}`);
  if (s.countryFn.length) parts.push(`countries missing ${s.countryFn.join(',')}`);
  if (s.officialFp.length) parts.push(`officials extra ${s.officialFp.join('; ')}`);
  if (s.officialFn.length) parts.push(`officials missing ${s.officialFn.join('; ')}`);
  if (s.canonicalWrong.length) parts.push(`canonical ${s.canonicalWrong.join('; ')}`);
  if (!s.dateRight) parts.push('date wrong');
  if (!s.titleRight) parts.push('title wrong');
  return parts;
}
