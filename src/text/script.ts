// Traditional → Simplified, for reading and for search. The pages are printed
// in Simplified; a Traditional page (a Hong Kong or Taiwan reprint, a converted
// archive) is read through its Simplified form, and a search for 趙麗君 finds
// 赵丽君. The conversion keeps every character at its offset, so a span found
// in the converted text is the same span of the original.
//
//   toSimplified('東城區總工會副主席') → '东城区总工会副主席'
//   scriptOf('東城區總工會召開會議') → 'traditional'
import * as OpenCC from 'opencc-js';

export type Script = 'simplified' | 'traditional';

// OpenCC's Hong Kong table also takes the standard and Taiwan forms of most
// characters; Simplified text passes through it unchanged.
const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Whether conversion changes a character taken alone (remembered: a page uses a few thousand at most). */
const changedAlone = new Map<string, boolean>();
function changesAlone(ch: string): boolean {
  let v = changedAlone.get(ch);
  if (v === undefined) {
    v = convert(ch) !== ch;
    changedAlone.set(ch, v);
  }
  return v;
}

/** Characters below this are never converted (no Han character is). */
const FIRST_HAN = 0x2e80;

/** Whether some character of `text` is one conversion changes alone. */
function hasTraditional(text: string): boolean {
  for (const ch of text) if (ch.codePointAt(0)! >= FIRST_HAN && changesAlone(ch)) return true;
  return false;
}

/** The Simplified form of `text`, of the same length, character for character. */
export function toSimplified(text: string): string {
  // A text none of whose characters converts alone is taken as it is: converting it whole costs far more than the look.
  if (!hasTraditional(text)) return text;
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  // A phrase rule that changes the length: convert character by character
  // so that offsets still line up.
  let out = '';
  for (const ch of text) {
    const one = convert(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Whether a text is written in Traditional characters: a share of its Han
 *  characters that conversion changes, beyond the odd variant. */
export function scriptOf(text: string): Script {
  let han = 0;
  let changed = 0;
  for (const ch of text) {
    if (ch.codePointAt(0)! < FIRST_HAN || !HAN.test(ch)) continue;
    han++;
    if (changesAlone(ch)) changed++;
  }
  return changed >= 3 && changed / Math.max(han, 1) >= 0.02 ? 'traditional' : 'simplified';
}

const HAN = /\p{Script=Han}/u;
