import type { z } from 'zod'
import type { Bound } from './describe.ts'
import type { DocPath } from './types.ts'

/** The parts of zod 4's internal definitions that we read (stable across 4.x: `_zod.def`). */
interface Def {
  type: string
  shape?: Record<string, SchemaLike>
  innerType?: SchemaLike
  getter?: () => SchemaLike
  options?: SchemaLike[]
  keyType?: SchemaLike
  valueType?: SchemaLike
  element?: SchemaLike
  items?: SchemaLike[]
  in?: SchemaLike
  entries?: Record<string, string | number>
  checks?: { _zod: { def: { check: string; value?: unknown; inclusive?: boolean } } }[]
}
interface SchemaLike {
  _zod: { def: Def }
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'])

/** The concrete schemas behind wrappers, lazies and unions. */
function unwrap(schema: SchemaLike | undefined, out: SchemaLike[] = [], depth = 0): SchemaLike[] {
  if (!schema || depth > 32) return out
  const def = schema._zod.def
  if (WRAPPERS.has(def.type)) unwrap(def.innerType, out, depth + 1)
  else if (def.type === 'lazy' && def.getter) unwrap(def.getter(), out, depth + 1)
  else if (def.type === 'pipe') unwrap(def.in, out, depth + 1)
  else if (def.type === 'union') for (const o of def.options ?? []) unwrap(o, out, depth + 1)
  else out.push(schema)
  return out
}

function child(schema: SchemaLike, seg: string | number): SchemaLike | undefined {
  const def = schema._zod.def
  if (def.type === 'object') return def.shape?.[String(seg)]
  if (def.type === 'record') return def.valueType
  if (def.type === 'array') return def.element
  if (def.type === 'tuple') return def.items?.[Number(seg)]
  return undefined
}

/** Every schema that can apply at `path` (several where a union allows different shapes). */
export function schemasAt(root: z.ZodType, path: DocPath): SchemaLike[] {
  let current = unwrap(root as unknown as SchemaLike)
  for (const seg of path) current = current.flatMap((s) => unwrap(child(s, seg)))
  return current
}

/** Keys a mapping at `path` may have: an object's fields, or the members of an enum-keyed record. */
export function allowedKeysAt(root: z.ZodType, path: DocPath): string[] {
  const keys = new Set<string>()
  for (const s of schemasAt(root, path)) {
    const def = s._zod.def
    if (def.type === 'object') Object.keys(def.shape ?? {}).forEach((k) => keys.add(k))
    if (def.type === 'record' && def.keyType?._zod.def.type === 'enum')
      Object.values(def.keyType._zod.def.entries ?? {}).forEach((k) => keys.add(String(k)))
  }
  return [...keys]
}

/** Whether the mapping at `path` is a map of ids (states, actions, …) rather than fixed fields. */
export const isRecordAt = (root: z.ZodType, path: DocPath) =>
  schemasAt(root, path).some((s) => s._zod.def.type === 'record')

export const isTupleAt = (root: z.ZodType, path: DocPath) =>
  schemasAt(root, path).some((s) => s._zod.def.type === 'tuple')

/** The bounds of the number schema at `path`, so a message can state the whole range. */
export function numberBoundsAt(root: z.ZodType, path: DocPath): { min?: Bound; max?: Bound } {
  const number = schemasAt(root, path).find((s) => s._zod.def.type === 'number')
  const bounds: { min?: Bound; max?: Bound } = {}
  for (const check of number?._zod.def.checks ?? []) {
    const { check: kind, value, inclusive } = check._zod.def
    if (typeof value !== 'number') continue
    if (kind === 'greater_than') bounds.min = { value, inclusive: inclusive ?? false }
    if (kind === 'less_than') bounds.max = { value, inclusive: inclusive ?? false }
  }
  return bounds
}
