// Every match of a global pattern in a text, as `text.matchAll(re)` gives them. matchAll copies
// the pattern before it searches, and on the short lines of a page the copy costs more than the
// search: the stages run their many patterns over every line, so they read matches this way.

/**
 * The matches of `re` (global) in `text`, in order, all found before the caller reads one:
 * exec on the pattern itself from its lastIndex, which is put back as it was (matchAll leaves
 * the pattern untouched too). An empty match moves on by a character (a code point for a
 * unicode pattern), as matchAll does.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = from;
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  return text.codePointAt(at)! > 0xffff ? at + 2 : at + 1;
}
