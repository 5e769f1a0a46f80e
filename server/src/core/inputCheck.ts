/** Why a text is not analysed, or null when it can be. */
export interface InputRefusal {
  reason: 'binary' | 'too-large';
  message: string;
}

/**
 * Decides whether a text is prose we can analyse. Binary content (NUL characters, or many
 * control or replacement characters, as decoded invalid UTF-8 gives) is refused with a message.
 */
export function checkInput(text: string, maxBytes: number): InputRefusal | null {
  // A UTF-16 length bounds the UTF-8 size from below; good enough for a guard.
  if (text.length > maxBytes) {
    return {
      reason: 'too-large',
      message: `Sourcelens did not analyse this file: it is ${formatSize(text.length)}, over the limit of ${formatSize(maxBytes)} (setting "sourcelens.maxFileSizeKb").`,
    };
  }
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.includes('\u0000')) {
    return { reason: 'binary', message: 'Sourcelens did not analyse this file: it looks binary (it contains NUL bytes).' };
  }
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  if (sample.length > 0 && odd / sample.length > 0.1) {
    return {
      reason: 'binary',
      message: 'Sourcelens did not analyse this file: it looks binary (many control characters or bytes that are not valid UTF-8).',
    };
  }
  return null;
}

function formatSize(units: number): string {
  return units >= 1024 * 1024 ? `${(units / 1024 / 1024).toFixed(1)} MB` : `${Math.round(units / 1024)} KB`;
}
