import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Pair } from 'yaml'
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
}

/** One iterative pass over the AST: depth limit, no aliases, duplicate keys. */
function walk(root: unknown, at: (offset: number) => Position): WalkResult {
  const duplicates: DuplicateKey[] = []
  const stack: { node: unknown; path: DocPath; depth: number }[] = [{ node: root, path: [], depth: 1 }]
  let alias: { offset: number; path: DocPath; name: string } | null = null
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as (typeof stack)[number]
    const offset = (node as { range?: number[] } | null)?.range?.[0] ?? 0
    if (isAlias(node)) {
      if (!alias || offset < alias.offset) alias = { offset, path, name: node.source }
      continue
    }
    if (!isMap(node) && !isSeq(node)) continue
    if (depth > MAX_DEPTH) return { duplicates, fatal: { ...at(offset), path: FILE_PATH, message: TOO_DEEP } }
    if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i], depth: depth + 1 }))
      continue
    }
    const seen = new Map<string, Pair>()
    for (const pair of node.items) {
      const key = keyText(pair.key)
      const first = seen.get(key)
      const keyOffset = (pair.key as { range?: number[] } | null)?.range?.[0] ?? offset
      if (first) {
        const firstOffset = (first.key as { range?: number[] } | null)?.range?.[0] ?? offset
        duplicates.push({ mapPath: path, key, offset: keyOffset, firstOffset })
      } else seen.set(key, pair)
      if (!isScalar(pair.key)) stack.push({ node: pair.key, path: [...path, key], depth: depth + 1 })
      stack.push({ node: pair.value, path: [...path, key], depth: depth + 1 })
    }
  }
  if (!alias) return { duplicates, fatal: null }
  const message = `YAML aliases (*${alias.name}) are not allowed in scene files; write the value out in full`
  return { duplicates, fatal: { ...at(alias.offset), path: joinPath(alias.path), message } }
}

/**
 * Parses one YAML document keeping source positions. Syntax errors, several documents, a document
 * that is not a mapping, aliases and excessive depth are fatal; duplicate keys are returned for the
 * caller to report alongside schema errors.
 */
export function parseYaml(text: string): ParseResult {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: true, prettyErrors: false, uniqueKeys: false })
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
  const { duplicates, fatal } = walk(root, at)
  if (fatal) return { ok: false, errors: [fatal] }
  const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>
  return {
    ok: true,
    data,
    duplicates,
    locate: createLocator(root, lineCounter),
    lineOf: (offset) => lineCounter.linePos(offset).line,
  }
}
