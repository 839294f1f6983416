/**
 * Scores the parser on the shared annotated sets by the rules of their README ("Scoring"): the golden corpus
 * (../shared/corpus) and the world set (../shared/corpus-world), each with its totals, a table by language and
 * the misses. A set that is not checked out beside the repository is skipped.
 * Usage: npm run eval [-- --set corpus|world] [-- --no-misses]
 */
import { reportLines, SETS, type SetName, scoreSet } from './eval/score-set';

export { type FileScore, missesOf, type ScoreTotals, scoreFile, scoreFold, summarise } from './eval/score';

function main(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      'Usage: npm run eval [-- --set corpus|world] [-- --no-misses]\n' +
        'Scores the parser on ../shared/corpus and ../shared/corpus-world (skipped when absent).\n',
    );
    return;
  }
  const at = argv.indexOf('--set');
  const only = at >= 0 ? argv[at + 1] : undefined;
  if (only !== undefined && !(only in SETS)) {
    process.stderr.write(`eval: unknown set '${only}': use one of ${Object.keys(SETS).join(', ')}\n`);
    process.exitCode = 2;
    return;
  }
  for (const name of Object.keys(SETS) as SetName[]) {
    if (only !== undefined && only !== name) continue;
    const dir = SETS[name];
    const set = scoreSet(dir);
    process.stdout.write(`== ${name} (${dir})\n`);
    if (!set) {
      process.stdout.write('not found: skipped.\n\n');
      continue;
    }
    let lines = reportLines(set);
    if (argv.includes('--no-misses')) lines = lines.slice(0, lines.indexOf('misses:'));
    process.stdout.write(`${lines.join('\n')}\n\n`);
  }
}

if (require.main === module) main(process.argv.slice(2));
