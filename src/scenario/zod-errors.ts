import type { z } from 'zod'
import { describeBounds, describeType, describeValue, plural } from './describe.ts'
import { closest, listOf } from './did-you-mean.ts'
import { allowedKeysAt, isTupleAt, numberBoundsAt } from './schema-at.ts'
import type { DocPath, Problem } from './types.ts'

type Issue = z.core.$ZodIssue

/**
 * Passed as the per-parse error map: zod uses a schema's own message first, so an issue carrying
 * this text had none, and gets a message written here instead.
 */
export const NO_CUSTOM_MESSAGE = '\u0000no-custom-message'

interface Context {
  root: z.ZodType
  data: unknown
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function valueAt(data: unknown, path: DocPath): { present: boolean; value: unknown; parent: unknown } {
  let parent: unknown = undefined
  let value = data
  for (const seg of path) {
    parent = value
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, seg))
      return { present: false, value: undefined, parent }
    value = (value as Record<string | number, unknown>)[seg]
  }
  return { present: true, value, parent }
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a text',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a range [min, max]',
  object: 'a mapping',
  record: 'a mapping',
}
const expectedText = (expected: string) => EXPECTED[expected] ?? `a ${expected}`

/** Custom schema messages get the offending value appended, unless it adds nothing (an empty text). */
function withGot(message: string, value: unknown): string {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return message
  return `${message}, got ${describeValue(value)}`
}

/** The message for one value-level issue (not unknown/missing keys or unions). */
function messageFor(issue: Issue, path: DocPath, value: unknown, ctx: Context): string {
  if (issue.message !== NO_CUSTOM_MESSAGE) return withGot(issue.message, value)
  const got = describeValue(value)
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedText(issue.expected)}, got ${issue.expected === 'int' ? got : describeType(value)}`
    case 'invalid_value': {
      const values = issue.values.map(String)
      if (values.length === 1) return `expected ${describeValue(issue.values[0])}, got ${got}`
      const suggestion = typeof value === 'string' ? closest(value, values) : undefined
      return `expected one of: ${values.join(', ')}, got ${got}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small'
      const limit = Number(small ? issue.minimum : issue.maximum)
      if (issue.origin === 'number') {
        const b = numberBoundsAt(ctx.root, path)
        const fallback = { value: limit, inclusive: issue.inclusive ?? true }
        const bounds =
          b.min || b.max
            ? describeBounds(b.min, b.max)
            : describeBounds(small ? fallback : undefined, small ? undefined : fallback)
        return `expected a number ${bounds}, got ${got}`
      }
      if (issue.origin === 'array') {
        if (isTupleAt(ctx.root, path)) return `expected a range [min, max], got ${got}`
        const length = Array.isArray(value) ? value.length : 0
        const bound = `${small ? 'at least' : 'at most'} ${plural(limit, 'item')}`
        return `expected ${bound}, got ${length === 0 ? 'an empty list' : plural(length, 'item')}`
      }
      return `expected ${small ? 'at least' : 'at most'} ${plural(limit, 'character')}, got ${got}`
    }
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue
        ? `expected text matching ${String(issue.pattern)}, got ${got}`
        : `expected a valid ${issue.format}, got ${got}`
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}, got ${got}`
    default:
      return `invalid value, got ${got}`
  }
}

/**
 * A problem, plus what lets zodProblems drop echoes: the missing field that an unknown key's "did
 * you mean" already explains, and whether it is a refinement or an unknown key (zod runs an
 * object's refinements on the object without its unknown keys, so they misfire next to one).
 */
type Translated = Problem & { explains?: string; refinement?: boolean; unknownKey?: boolean }

const pathKey = (path: DocPath) => path.join('\u0000')

function unknownField(path: DocPath, key: string, allowed: string[], unused: string[]): Translated {
  const suggestion = closest(key, unused) ?? closest(key, allowed)
  const problem = { path: [...path, key], at: 'key', unknownKey: true } as const
  if (suggestion === undefined)
    return { ...problem, message: `unknown field "${key}" (allowed here: ${listOf(allowed, Infinity)})` }
  const message = `unknown field "${key}" (did you mean "${suggestion}"?)`
  return { ...problem, message, explains: pathKey([...path, suggestion]) }
}

/** A union gets one message: the branch that matched the value's shape best, or "expected A or B". */
function unionProblems(branches: Issue[][], path: DocPath, value: unknown, ctx: Context): Translated[] {
  const shapeMismatch = (b: Issue[]) =>
    b.every((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'))
  const depth = (b: Issue[]) => Math.max(0, ...b.map((i) => i.path.length))
  const progressed = branches.filter((b) => !shapeMismatch(b))
  if (progressed.length > 0) {
    const best = progressed.reduce((a, b) => (depth(b) > depth(a) ? b : a))
    return best.flatMap((i) => translate(i, path, ctx))
  }
  const alternatives = new Set(
    branches.flatMap((b) =>
      b.map((i) =>
        i.code === 'invalid_type'
          ? expectedText(i.expected)
          : i.code === 'invalid_value'
            ? i.values.map((v) => describeValue(v)).join(' or ')
            : 'something else',
      ),
    ),
  )
  return [{ path, at: 'value', message: `expected ${[...alternatives].join(' or ')}, got ${describeType(value)}` }]
}

function translate(issue: Issue, base: DocPath, ctx: Context): Translated[] {
  const path: DocPath = [...base, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))]
  const { present, value, parent } = valueAt(ctx.data, path)
  const key = path[path.length - 1]
  if (
    !present &&
    isRecord(parent) &&
    key !== undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_union')
  ) {
    // A schema may say what the missing field is for (e.g. cpr.targets, new in older files).
    const hint = issue.code === 'invalid_type' && issue.message !== NO_CUSTOM_MESSAGE ? `: ${issue.message}` : ''
    return [{ path, at: 'parent', message: `missing required field "${key}"${hint}` }]
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(ctx.root, path)
    const unused = allowed.filter((k) => !(isRecord(value) && Object.hasOwn(value, k)))
    return issue.keys.map((k) => unknownField(path, k, allowed, unused))
  }
  if (issue.code === 'invalid_union') return unionProblems(issue.errors, path, value, ctx)
  if (issue.code === 'invalid_key')
    return issue.issues.map((inner) => ({ path, at: 'key', message: messageFor(inner, path, String(key), ctx) }))
  return [{ path, at: 'value', message: messageFor(issue, path, value, ctx), refinement: issue.code === 'custom' }]
}

/**
 * Translates zod issues into plain messages at document paths. `data` is what was validated.
 * A misspelt key (`wieghtKg`) is reported once: its "did you mean" explains the missing field.
 */
export function zodProblems(issues: readonly Issue[], root: z.ZodType, data: unknown): Problem[] {
  const ctx: Context = { root, data }
  const problems = issues.flatMap((issue) => translate(issue, [], ctx))
  const explained = new Set(problems.map((p) => p.explains))
  const withUnknownKeys = new Set(problems.filter((p) => p.unknownKey).map((p) => pathKey(p.path.slice(0, -1))))
  return problems
    .filter((p) => !(p.at === 'parent' && explained.has(pathKey(p.path))))
    .filter((p) => !(p.refinement && withUnknownKeys.has(pathKey(p.path))))
    .map(({ path, at, message }) => ({ path, at, message }))
}
