// One jieba segmenter for the whole process: loading the dictionary is slow,
// segmenting is a pure function of the text.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

const jieba = Jieba.withDict(dict);

export interface Token { word: string; tag: string; start: number; end: number }

/** Words with their part-of-speech tags and offsets: `李伟主持` -> 李/nr 伟/zg 主持/v. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of jieba.tag(text)) {
    const start = text.indexOf(word, at);
    const s = start < 0 ? at : start;
    out.push({ word, tag, start: s, end: s + word.length });
    at = s + word.length;
  }
  return out;
}

/** Offsets where a word starts or ends: a name or place must begin and end on one. */
export function wordBoundaries(text: string): Set<number> {
  const b = new Set<number>([0, text.length]);
  for (const t of tokenize(text)) { b.add(t.start); b.add(t.end); }
  return b;
}
