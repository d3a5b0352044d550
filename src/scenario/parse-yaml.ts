import { isAlias, isMap, isScalar, isSeq, parseDocument, type Pair } from 'yaml'
import { createLineIndex } from './line-index.ts'
import { MAX_DEPTH } from './limits.ts'
import { createLocator, keyText, pathAtOffset, type Position } from './locate.ts'
import { TOO_DEEP } from './prescan.ts'
import { describeType } from './describe.ts'
import { FILE_PATH, joinPath, type DocPath, type Problem } from './types.ts'

/** A located problem that is not yet tied to a file name. */
export interface Located extends Position {
  path: string
  message: string
}

/** A key that appears twice in one mapping: toJS() keeps the last, we report the repeat. */
export interface DuplicateKey {
  mapPath: DocPath
  key: string
  offset: number
  firstOffset: number
}

export interface ParsedYaml {
  ok: true
  data: Record<string, unknown>
  duplicates: DuplicateKey[]
  locate: (problem: Problem) => Position
  lineOf: (offset: number) => number
}

export type ParseResult = ParsedYaml | { ok: false; errors: Located[] }

const yamlMessage = (code: string, message: string) => {
  if (code === 'MULTIPLE_DOCS')
    return 'this file holds more than one YAML document (a second "---"); a scene file holds exactly one scenario'
  if (code === 'TAB_AS_INDENT') return 'invalid YAML: tabs are not allowed as indentation; indent with spaces'
  const text = message.length > 200 ? `${message.slice(0, 200)}…` : message
  return `invalid YAML: ${text.replace(/\.$/, '')}`
}

interface WalkResult {
  duplicates: DuplicateKey[]
  fatal: Located | null
  /** The document as plain JS (what toJS() gives: the last of duplicate keys wins, in first-key order). */
  data: unknown
}

/** Sets a property even when the key is `__proto__` (a plain assignment would change the prototype). */
const setOwn = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })

/**
 * One iterative pass over the AST (no recursion, so no stack overflow on hostile input): depth
 * limit, no aliases, duplicate keys, and the plain JS value built on the way (a second toJS()
 * pass cost ~15 % of loading a large scene).
 */
function walk(root: unknown, at: (offset: number) => Position): WalkResult {
  const duplicates: DuplicateKey[] = []
  const out: { data: unknown } = { data: null }
  type Frame = { node: unknown; path: DocPath; depth: number; set: (value: unknown) => void }
  const stack: Frame[] = [{ node: root, path: [], depth: 1, set: (v) => (out.data = v) }]
  let alias: { offset: number; path: DocPath; name: string } | null = null
  while (stack.length > 0) {
    const { node, path, depth, set } = stack.pop() as Frame
    const offset = (node as { range?: number[] } | null)?.range?.[0] ?? 0
    if (isAlias(node)) {
      if (!alias || offset < alias.offset) alias = { offset, path, name: node.source }
      continue
    }
    if (!isMap(node) && !isSeq(node)) {
      set(isScalar(node) ? node.value : (node ?? null))
      continue
    }
    if (depth > MAX_DEPTH)
      return { duplicates, fatal: { ...at(offset), path: FILE_PATH, message: TOO_DEEP }, data: null }
    if (isSeq(node)) {
      const list: unknown[] = new Array<unknown>(node.items.length).fill(null)
      set(list)
      node.items.forEach((item, i) =>
        stack.push({ node: item, path: [...path, i], depth: depth + 1, set: (v) => (list[i] = v) }),
      )
      continue
    }
    const object: Record<string, unknown> = {}
    set(object)
    const seen = new Map<string, Pair>()
    for (const pair of node.items) {
      const key = keyText(pair.key)
      const first = seen.get(key)
      const keyOffset = (pair.key as { range?: number[] } | null)?.range?.[0] ?? offset
      if (first) {
        const firstOffset = (first.key as { range?: number[] } | null)?.range?.[0] ?? offset
        duplicates.push({ mapPath: path, key, offset: keyOffset, firstOffset })
      } else {
        seen.set(key, pair)
        setOwn(object, key, null) // keep the document's key order
      }
      if (!isScalar(pair.key)) stack.push({ node: pair.key, path: [...path, key], depth: depth + 1, set: () => {} })
    }
    // Values are pushed after all keys are known, so the last duplicate's value is the one kept.
    const last = new Map<string, Pair>()
    for (const pair of node.items) last.set(keyText(pair.key), pair)
    for (const [key, pair] of last)
      stack.push({ node: pair.value, path: [...path, key], depth: depth + 1, set: (v) => setOwn(object, key, v) })
  }
  if (!alias) return { duplicates, fatal: null, data: out.data }
  const message = `YAML aliases (*${alias.name}) are not allowed in scene files; write the value out in full`
  return { duplicates, fatal: { ...at(alias.offset), path: joinPath(alias.path), message }, data: null }
}

/**
 * Parses one YAML document keeping source positions. Syntax errors, several documents, a document
 * that is not a mapping, aliases and excessive depth are fatal; duplicate keys are returned for the
 * caller to report alongside schema errors.
 */
export function parseYaml(text: string): ParseResult {
  const lineCounter = createLineIndex(text)
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false })
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  // Only the first syntax error: the parser's later ones are mostly echoes of it.
  const first = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0])[0]
  if (first) {
    const path = first.code === 'MULTIPLE_DOCS' ? FILE_PATH : joinPath(pathAtOffset(doc.contents, first.pos[0]))
    return { ok: false, errors: [{ ...at(first.pos[0]), path, message: yamlMessage(first.code, first.message) }] }
  }
  const root = doc.contents
  if (root == null || (isScalar(root) && root.value === null)) {
    const message = 'this file is empty; a scene file is a mapping that starts with "schemaVersion: 1"'
    return { ok: false, errors: [{ line: 1, column: 1, path: FILE_PATH, message }] }
  }
  if (!isMap(root)) {
    const got = isSeq(root) ? 'a list' : isScalar(root) ? describeType(root.value) : 'something else'
    const message = `expected a scene (a mapping of fields such as schemaVersion, id, title), got ${got}`
    return { ok: false, errors: [{ ...at(root.range?.[0] ?? 0), path: FILE_PATH, message }] }
  }
  const { duplicates, fatal, data } = walk(root, at)
  if (fatal) return { ok: false, errors: [fatal] }
  return {
    ok: true,
    data: data as Record<string, unknown>,
    duplicates,
    locate: createLocator(root, lineCounter),
    lineOf: (offset) => lineCounter.linePos(offset).line,
  }
}
