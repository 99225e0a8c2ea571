// Rule examples are small invented pages: a title line, then the article, as a page file holds them.
export const page = (...lines: string[]): string => lines.join('\n');
