/**
 * Answers the server gives again unchanged for as long as a document version lasts (its outline,
 * lenses and semantic tokens): editors ask for them on every focus, scroll and breadcrumb update.
 * Marking one stable freezes it all the way down, which is the promise that it is never changed,
 * so a transport may encode it once and send the same bytes for every later request.
 */
const stable = new WeakSet<object>();

export function stableAnswer<T extends object>(value: T): T {
  deepFreeze(value);
  stable.add(value);
  return value;
}

export function isStableAnswer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && stable.has(value);
}

const composite = new WeakSet<object>();

/**
 * Marks an answer that changes from request to request but is made mostly of stable answers (a
 * diagnostic report whose findings carry over from the previous version): a transport may encode
 * those parts once and only the rest afresh. The value itself is not frozen.
 */
export function withStableParts<T extends object>(value: T): T {
  composite.add(value);
  return value;
}

export function hasStableParts(value: unknown): value is object {
  return typeof value === 'object' && value !== null && composite.has(value);
}

function deepFreeze(value: object): void {
  const pending: object[] = [value];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const child of Object.values(next)) if (typeof child === 'object' && child !== null) pending.push(child);
  }
}
