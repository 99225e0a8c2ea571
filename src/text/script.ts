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

/**
 * What each code point is, found out once (a page uses a few thousand Han
 * characters at most, an archive a few tens of thousands): SEEN, then HAN if
 * it is a Han character, CHANGES if conversion changes it taken alone.
 */
const SEEN = 1;
const IS_HAN = 2;
const CHANGES = 4;
/** Characters below this are never converted (no Han character is). */
const FIRST_HAN = 0x2e80;
const flags = new Uint8Array(0x110000 - FIRST_HAN);
const HAN = /\p{Script=Han}/u;

function flagsOf(code: number): number {
  const i = code - FIRST_HAN;
  let f = flags[i]!;
  if (f === 0) {
    const ch = String.fromCodePoint(code);
    f = SEEN | (HAN.test(ch) ? IS_HAN : 0) | (convert(ch) !== ch ? CHANGES : 0);
    flags[i] = f;
  }
  return f;
}

/** Each code point of `text` at or above FIRST_HAN, in order. */
function forEachHigh(text: string, fn: (code: number) => boolean | void): void {
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < FIRST_HAN) continue;
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) { code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00); i++; }
    }
    if (fn(code) === true) return;
  }
}

/** Whether some character of `text` is one conversion changes alone. */
function hasTraditional(text: string): boolean {
  let found = false;
  forEachHigh(text, (code) => (found = (flagsOf(code) & CHANGES) !== 0));
  return found;
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
  forEachHigh(text, (code) => {
    const f = flagsOf(code);
    if (f & IS_HAN) {
      han++;
      if (f & CHANGES) changed++;
    }
  });
  return changed >= 3 && changed / Math.max(han, 1) >= 0.02 ? 'traditional' : 'simplified';
}

