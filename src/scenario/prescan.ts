import { MAX_DEPTH, MAX_LINES_AND_ITEMS } from './limits.ts'
import type { FileProblem } from './read-source.ts'

export const TOO_DEEP = `this file nests deeper than ${MAX_DEPTH} levels; a scene file needs about 10`
export const TOO_LONG = `this file is too long for a scene file: more than ${MAX_LINES_AND_ITEMS} lines and inline items (real scene files have about 1000 lines)`

/** The scan over-counts block depth a little (indented text in block scalars), so it refuses at twice the limit; the exact check runs on the parsed document. */
const SCAN_DEPTH = 2 * MAX_DEPTH

const LF = 10
const SPACE = 32
const TAB = 9
const CR = 13
const HASH = 35
const OPENERS_IN_FLOW = new Set(['[', '{', ',', ':', ''])
const OPENERS_IN_BLOCK = new Set([':', '-', '?', ''])

/**
 * One linear pass over the text, before the yaml parser (which costs ~10 µs a token and recurses on
 * nesting) sees it: refuses files with too many lines/items or absurd nesting. It approximates YAML
 * lexing (comments and quoted strings are skipped; brackets count only where a flow collection can start).
 */
export function prescan(text: string): FileProblem | null {
  const n = text.length
  let line = 1
  let lineStart = 0
  let budget = 0
  let flow = 0
  let chain = 0 // compact block entries on one line: "- - - x"
  let prev = '' // previous significant character on this line ('' at line start)
  const indents: number[] = []
  const fail = (i: number, message: string): FileProblem => ({ line, column: i - lineStart + 1, message })

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === LF) {
      line++
      lineStart = i + 1
      prev = ''
      chain = 0
      if (++budget > MAX_LINES_AND_ITEMS) return fail(i + 1, TOO_LONG)
      continue
    }
    if (c === SPACE || c === TAB || c === CR) continue
    const ch = text[i] as string
    const afterSpace = i === lineStart || text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB
    if (c === HASH && afterSpace) {
      const end = text.indexOf('\n', i)
      i = (end < 0 ? n : end) - 1
      continue
    }
    if (prev === '' && flow === 0) {
      const indent = i - lineStart
      while (indents.length > 0 && (indents[indents.length - 1] as number) > indent) indents.pop()
      if (indents.length === 0 || (indents[indents.length - 1] as number) < indent) indents.push(indent)
      if (indents.length > SCAN_DEPTH) return fail(i, TOO_DEEP)
    }
    if ((ch === '"' || ch === "'") && (prev === '' || '-?:[{,'.includes(prev))) {
      // Skip the quoted scalar; it may span lines, which still count.
      let j = i + 1
      for (; j < n; j++) {
        const q = text.charCodeAt(j)
        if (q === LF) {
          line++
          lineStart = j + 1
          if (++budget > MAX_LINES_AND_ITEMS) return fail(j + 1, TOO_LONG)
        } else if (ch === '"' && q === 92)
          j++ // backslash escape
        else if (text[j] === ch) {
          if (ch === "'" && text[j + 1] === "'")
            j++ // '' is an escaped quote
          else break
        }
      }
      i = j
      prev = ch
      continue
    }
    const next = text.charCodeAt(i + 1)
    const endsToken = i + 1 >= n || next === SPACE || next === TAB || next === LF || next === CR
    if ((ch === '-' || ch === '?') && flow === 0 && endsToken && (prev === '' || prev === '-' || prev === '?')) {
      if (indents.length + ++chain > SCAN_DEPTH) return fail(i, TOO_DEEP)
    } else if ((ch === '[' || ch === '{') && (flow > 0 ? OPENERS_IN_FLOW : OPENERS_IN_BLOCK).has(prev)) {
      if (indents.length + chain + ++flow > SCAN_DEPTH) return fail(i, TOO_DEEP)
      if (++budget > MAX_LINES_AND_ITEMS) return fail(i, TOO_LONG)
    } else if ((ch === ']' || ch === '}') && flow > 0) flow--
    else if (((ch === ',' || ch === ':') && flow > 0) || ((ch === '!' || ch === '&' || ch === '*') && afterSpace)) {
      // Inline items, keys, tags, anchors and aliases each cost the parser about as much as a line.
      if (++budget > MAX_LINES_AND_ITEMS) return fail(i, TOO_LONG)
    }
    prev = ch
  }
  return null
}
