// Decodes LSP semantic tokens (relative, delta-encoded) back to absolute positions, for assertions.
export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

export function decodeTokens(data: number[], types: readonly string[], modifiers: readonly string[]): DecodedToken[] {
  if (data.length % 5 !== 0) throw new Error(`token data length ${data.length} is not a multiple of 5`);
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, length, type, mods] = data.slice(i, i + 5);
    line += dl;
    character = dl === 0 ? character + dc : dc;
    out.push({ line, character, length, type: types[type], modifiers: modifiers.filter((_, b) => mods & (1 << b)) });
  }
  return out;
}

/** The text each token covers, read from the lines of `text` (any line break). */
export function tokenTexts(text: string, tokens: DecodedToken[]): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return tokens.map((t) => lines[t.line].slice(t.character, t.character + t.length));
}
