/**
 * A glob as a regular expression over `/`-separated relative paths: `**` crosses folders, `*`
 * and `?` stay within one, `{a,b}` is a choice. Enough for the include and exclude settings.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        const atStart = i === 0 || glob[i - 1] === '/';
        if (atStart && slashAfter) {
          out += '(?:.*/)?';
          i += 2;
        } else if (atStart && i + 2 === glob.length && i > 0) {
          // "dir/**" also matches "dir" itself
          out = out.replace(/\/$/, '');
          out += '(?:/.*)?';
          i += 1;
        } else {
          out += '.*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** The language a file of the workspace is analysed as, or null when it is not a source document. */
export function sourceLanguage(relative: string, settings: { extraLanguages: string[]; include: string }, include = globToRegExp(settings.include)): string | null {
  const name = relative.toLowerCase();
  if (/\.(news|source)$/.test(name) || /\.source\.(txt|md)$/.test(name)) return 'sourcelens';
  if (/\.txt$/.test(name) && settings.extraLanguages.includes('plaintext') && include.test(relative)) return 'plaintext';
  if (/\.(md|markdown)$/.test(name) && settings.extraLanguages.includes('markdown') && include.test(relative)) return 'markdown';
  return null;
}
