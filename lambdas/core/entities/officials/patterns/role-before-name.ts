import { caseAfterOffice } from '../morphology';
import { caseCarrier, looksLikeVerb, parenthesisEnd, roleCountry, roleStart } from '../role-phrase';
import { LOWER_FIRST, SENTENCE_GAP, UPPER_FIRST } from '../shapes';
import { addMention, type Found } from './found';
import { readList } from './name-list';

// A role phrase reads at most this many tokens after its office word before the name.
const MAX_ROLE_TOKENS = 18;
// Lowercase words in a row inside a role of an inflected language: "za političke poslove", "в нашей стране".
const MAX_LOWERCASE_RUN = 4;

/**
 * A role, then the name: "President Kassym-Jomart Tokayev", "Ambassador of the Republic of Kazakhstan to the
 * Republic of Slovenia Altay Abibullayev", "Министр иностранных дел Республики Узбекистан Владимир Норов".
 */
export function roleBeforeName(found: Found): void {
  const { w, names, taken } = found;
  for (let h = 0; h < w.length; h++) {
    if (!w.isOffice(h)) continue;
    let lastHead = h;
    let prevKind: 'head' | 'connector' | 'solid' = 'head';
    // "Chief Executive Officer of ...": the office word itself may be a company title.
    let sawCue = w.isCue(h);
    let lowerRun = 0;
    // Lowercase words other than connectors were read: the phrase may have crossed a verb.
    let sawLowercase = false;
    // "minister za zunanje zadeve": an English office word with another language's connector after it.
    const next = h + 1;
    const noLowercase =
      w.isNoLowercase(h, 'office') && !(w.is(next, 'connectors') && !w.isNoLowercase(next, 'connector'));
    let afterParen = -1;
    for (let j = h + 1; j < w.length && j <= h + MAX_ROLE_TOKENS; j++) {
      const t = w.at(j);
      // A short lowercase aside inside a role reads through: "to Russia and Uzbekistan (concurrently) Name".
      if (/^ ?\($/.test(t.gap) && j > h + 1) {
        const close = parenthesisEnd(w, j);
        if (close > 0) {
          afterParen = close;
          j = close - 1;
          continue;
        }
      }
      // A plural office before a colon opens a list: "the Ambassadors: Anna Weber (Switzerland), ...".
      // Also after the plural office's complement: "ministrowie spraw zagranicznych: Jan Lipowski (Polska), ...".
      const listColon =
        /^:\s*$/.test(t.gap) && w.is(lastHead, 'pluralOffices') && (j === h + 1 || prevKind !== 'head');
      if (SENTENCE_GAP.test(t.gap) && !names.isAbbreviationStop(j) && j !== afterParen && !listColon) break;
      const comma = t.gap.includes(',');
      if (w.isCue(j)) sawCue = true;
      let run = names.readName(j);
      // Right after "of"/"and" in an English role, the leading capitalised words of a long run finish the
      // institution or place ("Secretary of Commerce Howard Lutnick", "to the UN in New York Batyr Akmuradov").
      if (
        run &&
        noLowercase &&
        j === run.first &&
        w.is(j - 1, 'connectors') &&
        run.words.length >= 3 &&
        run.initials.length === 0 &&
        !run.words.some((k) => w.is(k, 'particles'))
      ) {
        const words = run.words.slice(-2);
        run = { first: words[0] as number, last: run.last, words, initials: [] };
      }
      if (run && !taken.has(run.first)) {
        const size = run.words.length + run.initials.length;
        const after = w.tok(run.last + 1);
        const continues =
          after !== undefined &&
          !SENTENCE_GAP.test(after.gap) &&
          !after.gap.includes(',') &&
          w.is(run.last + 1, 'connectors') &&
          // Slovenian "in", Croatian "i", Russian "и" are "and", not a place's "in".
          !(w.is(run.last + 1, 'and') && (!noLowercase || w.isNoLowercase(run.last + 1, 'and')));
        const direct = (prevKind === 'head' && !comma) || listColon;
        // A single word after a plural office or a spaced dash is a title, not a surname: "ministers – Future".
        const dash = /\s[-\u2010-\u2015]\s/.test(t.gap);
        // Across a spaced dash, a longer run needs evidence of a name too: "the ministers – Green Future 2040".
        const loneAfterList =
          (size === 1 && (w.is(lastHead, 'pluralOffices') || dash)) || (dash && !names.hasEvidence(run));
        // Away from the office word, a run without evidence of a name that an institution word ends is the
        // institution's name: "of the Maritime Safety Authority", "of the National Anti-Doping Agency".
        const institution =
          !names.hasEvidence(run) &&
          (names.endsInstitution(run) || run.words.some((k) => names.evidence.negative(k)));
        const accept =
          !sawCue &&
          !w.isCue(run.last + 1) &&
          !loneAfterList &&
          ((direct && !(size === 1 && loneWordIsNoName(found, run.first))) ||
            (size >= 2 &&
              !institution &&
              (prevKind === 'solid' || comma || !continues) &&
              // Right after an English connector ("in New Delhi"), a run is a name only with evidence of one.
              !(noLowercase && w.is(run.first - 1, 'connectors') && !names.hasEvidence(run))) ||
            // A lone surname after the office's complement, before its country: "Deputy Minister of Energy
            // Kovacs of Hungary".
            (size === 1 &&
              !comma &&
              !sawLowercase &&
              prevKind === 'solid' &&
              run.initials.length === 0 &&
              !w.isCountry(run.first - 1) &&
              !names.evidence.negative(run.first) &&
              ofCountryAfter(found, run.last)));
        if (accept && !(prevKind === 'connector' && continues)) {
          const caseHead = caseCarrier(w, lastHead, h);
          // The role starts at that office word, not at an earlier office across a verb.
          const start = roleStart(w, caseHead);
          let re = run.first - 1;
          while (re > h && (w.is(re, 'connectors') || w.is(re, 'honorifics'))) re--;
          const role = w.slice(start, re);
          const nameCase = caseAfterOffice(w, caseHead);
          const caseOf = nameCase === null ? null : { office: caseHead, nameCase };
          addMention(found, {
            ...run,
            role,
            country: roleCountry(w, start, re),
            // The name agrees with the first office word: "Заместитель министра ... Ж.Бейшеналиев" is nominative.
            caseOf,
          });
          // The items of the list take the case of its first name: "з послами: Анною ..., Томасом Бергером ...".
          if (w.is(lastHead, 'pluralOffices'))
            readList(found, run.last + 1, run.words.length, role, roleCountry(w, start, re), caseOf);
          break;
        }
        if (comma && size < 2) break;
        // The capitalised words were part of an institution's name: read on.
        j = run.last;
        prevKind = 'solid';
        continue;
      }
      if (comma && !(w.is(j, 'connectors') || w.isNotName(j) || w.isCountry(j) || w.isAcronym(j))) break;
      if (w.isOffice(j)) {
        lastHead = j;
        prevKind = 'head';
      } else if ((w.is(j, 'honorifics') || names.isStylePart(j)) && prevKind === 'head') {
        // "President Mr. X", "H. E. Mr. X": keeps the name directly after the office.
      } else if (
        w.is(j, 'connectors') ||
        names.isAbbreviationPart(j) ||
        (t.text === 's' && /^['’]$/.test(t.gap))
      )
        // The possessive "'s" inside a role: "Ambassador-at-Large for Global Women's Issues".
        prevKind = 'connector';
      else if (
        w.isCountry(j) ||
        w.isModifier(j) ||
        w.isNotName(j) ||
        w.isAcronym(j) ||
        // A common noun of an institution's name: "Export Promotion Council".
        (UPPER_FIRST.test(t.text) && names.evidence.negative(j) && !names.evidence.positive(j))
      ) {
        const capital = UPPER_FIRST.test(t.text);
        prevKind = prevKind === 'head' && w.isModifier(j) && !capital ? 'connector' : 'solid';
        if (w.isModifier(j) && capital && !w.isNotName(j) && !w.isCountry(j)) prevKind = 'head';
      } else if (
        (!w.isNoLowercase(lastHead, 'office') || (lastHead === h && !noLowercase)) &&
        LOWER_FIRST.test(t.text) &&
        lowerRun < MAX_LOWERCASE_RUN &&
        // A verb ends the role: "Ambasador oddał przy Grobie Nieznanego Żołnierza hołd".
        !looksLikeVerb(w, j)
      ) {
        // Inflected languages put lowercase genitives inside a role: "za političke poslove", "в нашей стране".
        lowerRun++;
        sawLowercase = true;
        prevKind = 'connector';
        continue;
      } else break;
      lowerRun = 0;
    }
  }
}

/** Whether "of <country>" (or "of the Ministry ...") follows token `last`: the complement of a lone surname. */
function ofCountryAfter(found: Found, last: number): boolean {
  const { w } = found;
  const of = last + 1;
  if (!w.is(of, 'connectors') || SENTENCE_GAP.test(w.at(of).gap) || w.at(of).gap.includes(',')) return false;
  let k = of + 1;
  while (k < w.length && w.is(k, 'connectors') && !SENTENCE_GAP.test(w.at(k).gap)) k++;
  return w.isCountry(k) || (w.isNotName(k) && UPPER_FIRST.test(w.at(k).text));
}

/** A single word after an office that evidence shows is no surname: "King Exchanges Views" in a headline. */
function loneWordIsNoName(found: Found, i: number): boolean {
  const e = found.names.evidence;
  // A surname shape is weak evidence ("-es" of Fernandes ends "Exchanges"); a headline word the body never
  // capitalises outweighs it.
  return e.titleCaseWord(i) || (!e.positive(i) && e.negative(i));
}
