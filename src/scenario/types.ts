import { MAX_SEGMENT_CHARS } from './limits.ts'

/** One problem in a scene file, located at the YAML node it concerns. */
export interface ScenarioError {
  /** Display name of the file, e.g. `anaphylaxis-adult.yaml`. */
  file: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  /** Dot-joined document path, e.g. `transitions.2.to`; `(file)` for problems with the file as a whole. */
  path: string
  message: string
}

/** A document path as zod and the YAML AST see it: map keys and list indices. */
export type DocPath = readonly (string | number)[]

/**
 * A problem found on the parsed document, before it is located. `at` says which node to point at:
 * the value, the key (unknown or duplicate keys), or the enclosing mapping (missing keys).
 */
export interface Problem {
  path: DocPath
  message: string
  at: 'value' | 'key' | 'parent'
  /** Source offset that overrides `at`, e.g. the second of two duplicate keys. */
  offset?: number
}

/** Path of problems with the file as a whole (size, encoding, syntax, …). */
export const FILE_PATH = '(file)'

/** `transitions.2.to`; `(file)` for the document itself. Absurdly long keys are shortened. */
export function joinPath(path: DocPath): string {
  if (path.length === 0) return FILE_PATH
  return path
    .map((seg) =>
      String(seg).length > MAX_SEGMENT_CHARS ? `${String(seg).slice(0, MAX_SEGMENT_CHARS)}…` : String(seg),
    )
    .join('.')
}
