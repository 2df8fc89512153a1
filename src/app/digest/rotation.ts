// The briefing-point rotation: every fact once, in a fixed shuffled order, before any fact repeats.
/**
 * The order facts are offered in: by a hash of the id (FNV-1a), then the id. Stable across restarts and table edits
 * (a new fact slots in without moving the others), and it spreads one article's facts apart, where an alphabetical
 * order would serve "amm53-…" five mornings in a row.
 */
export function rotationOrder(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The ids used in the channel's current cycle, replayed from its history of briefing points (oldest first). A cycle
 * ends once every current id has been used; ids no longer in the table are ignored; a repeat (possible only if the
 * table shrank and grew back) also starts a new cycle. Replaying keeps the store free of cycle bookkeeping.
 */
export function currentCycle(history: readonly string[], ids: ReadonlySet<string>): Set<string> {
  let used = new Set<string>();
  for (const id of history) {
    if (!ids.has(id)) continue;
    if (used.has(id) || used.size >= ids.size) used = new Set();
    used.add(id);
  }
  return used.size >= ids.size ? new Set() : used;
}

/** The next briefing point: the first id in rotation order not yet used in the current cycle. */
export function nextBriefingPoint(history: readonly string[], ids: readonly string[]): string | undefined {
  const all = new Set(ids);
  const used = currentCycle(history, all);
  return rotationOrder(all).find((id) => !used.has(id));
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
