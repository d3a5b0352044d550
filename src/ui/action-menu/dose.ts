/** The learner's typed amount, read as a number, or why it cannot be one. */
export type DoseParse = { ok: true; value: number } | { ok: false; message: string }

/** Digits with at most one decimal separator (a comma as typed on many European keyboards). */
const NUMBER = /^(\d+(?:[.,]\d*)?|[.,]\d+)$/
const AMBIGUOUS_COMMA = /^[1-9]\d{0,2},\d{3}$/

/**
 * Reads what was typed into the dose field: "0.5" and "0,5" both mean one half. Empty, negative,
 * zero and non-numeric entries are refused with a message; nothing is ever filled in for the learner.
 */
export function parseDose(text: string, label = 'dose'): DoseParse {
  const what = label.toLowerCase()
  const trimmed = text.trim().replace(/\s+/g, '')
  if (trimmed === '') return { ok: false, message: `Enter the ${what}.` }
  if (trimmed.startsWith('-')) return { ok: false, message: `The ${what} cannot be negative.` }
  if (!NUMBER.test(trimmed)) {
    return { ok: false, message: `Enter the ${what} as a number: digits, with a point or a comma for decimals.` }
  }
  // "1,000" could be a thousand (grouping) or one (decimal comma): a thousandfold error either way, so ask.
  if (AMBIGUOUS_COMMA.test(trimmed)) {
    return { ok: false, message: `Is “${trimmed}” a decimal or a thousands separator? Type it without the comma.` }
  }
  const value = Number(trimmed.replace(',', '.'))
  if (!Number.isFinite(value)) return { ok: false, message: `Enter the ${what} as a number.` }
  if (value === 0) return { ok: false, message: `The ${what} must be more than zero.` }
  return { ok: true, value }
}
