/** How values read in messages ("…, got 140", "…, got the text \"pale\""). */

const MAX_TEXT = 40
const MAX_INLINE = 60

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array)

export const quote = (text: string) => JSON.stringify(text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text)

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

const numberText = (n: number) => (Number.isNaN(n) ? '.nan' : Number.isFinite(n) ? String(n) : n > 0 ? '.inf' : '-.inf')

/** The kind of a value, for type mismatches: "expected a list, got a number". Strings show their text. */
export function describeType(v: unknown): string {
  if (v === null || v === undefined) return 'an empty value'
  if (typeof v === 'number') return Number.isFinite(v) ? 'a number' : `the special value ${numberText(v)}`
  if (typeof v === 'string') return `the text ${quote(v)}`
  if (typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return v.length > 0 ? 'a list' : 'an empty list'
  if (v instanceof Uint8Array) return 'binary data'
  if (isRecord(v)) return Object.keys(v).length > 0 ? 'a mapping' : 'an empty mapping'
  return `a ${typeof v}`
}

/** YAML flow style for short values: `[10, 5]`, `{ min: 5, unit: mg }`. */
function inline(v: unknown, depth: number): string {
  if (typeof v === 'string') return /^[\w. /-]*$/.test(v) && v.trim() === v && v !== '' ? v : quote(v)
  if (typeof v === 'number') return numberText(v)
  if (typeof v === 'boolean') return String(v)
  if (v === null || v === undefined) return '~'
  if (depth > 3) return '…'
  if (Array.isArray(v)) return `[${v.map((x) => inline(x, depth + 1)).join(', ')}]`
  if (isRecord(v))
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${inline(x, depth + 1)}`)
      .join(', ')} }`
  return '…'
}

/** A value as the author wrote it, for "…, got <value>" after a wrong value. Long lists and mappings are summarised. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return quote(v)
  if (typeof v === 'number') return numberText(v)
  if (Array.isArray(v)) {
    if (v.length === 0) return 'an empty list'
    const text = inline(v, 0)
    return text.length <= MAX_INLINE ? text : `a list of ${plural(v.length, 'item')}`
  }
  if (isRecord(v)) {
    const keys = Object.keys(v)
    if (keys.length === 0) return 'an empty mapping'
    const text = inline(v, 0)
    return text.length <= MAX_INLINE ? text : `a mapping with ${keys.join(', ')}`
  }
  return describeType(v)
}

export interface Bound {
  value: number
  inclusive: boolean
}

/** "from 0 to 100", "≥ 0", "> 0 and ≤ 300". */
export function describeBounds(min: Bound | undefined, max: Bound | undefined): string {
  if (min && max && min.inclusive && max.inclusive) return `from ${min.value} to ${max.value}`
  const parts = [
    min && `${min.inclusive ? '≥' : '>'} ${min.value}`,
    max && `${max.inclusive ? '≤' : '<'} ${max.value}`,
  ].filter((p): p is string => p !== undefined)
  return parts.join(' and ')
}
