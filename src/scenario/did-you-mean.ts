import { distance } from 'fastest-levenshtein'

/** Longer words are not typos of a field name; skipping them keeps hostile input cheap. */
const MAX_COMPARED = 40
const MAX_LISTED = 12

/**
 * The candidate closest to `word` (case-insensitive Levenshtein), if it is close enough to be a
 * plausible typo, or one is a prefix of the other (`weight` → `weightKg`).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_COMPARED) return undefined
  const w = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const c = candidate.toLowerCase()
    const d = distance(w, c)
    const prefix = Math.min(w.length, c.length) >= 3 && (c.startsWith(w) || w.startsWith(c))
    // About one edit per three letters: `titel` → `title` (2 edits), but `bp` is not `hr`.
    if (d > Math.max(1, Math.round(Math.max(w.length, c.length) / 3)) && !prefix) continue
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

/** "a, b, c" — or the first dozen and a count. */
export function listOf(items: readonly string[], max = MAX_LISTED): string {
  if (items.length <= max) return items.join(', ')
  return `${items.slice(0, max).join(', ')}, … (${items.length - max} more)`
}

/**
 * `unknown state "arest" (did you mean "arrest"?)`, or, with no close match, the names that exist:
 * `unknown state "x" (states: a, b)`.
 */
export function unknownName(kind: string, word: string, known: readonly string[], knownLabel: string): string {
  const suggestion = closest(word, known)
  if (suggestion !== undefined) return `unknown ${kind} "${word}" (did you mean "${suggestion}"?)`
  if (known.length === 0) return `unknown ${kind} "${word}" (there are no ${knownLabel})`
  return `unknown ${kind} "${word}" (${knownLabel}: ${listOf(known)})`
}
