import { isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml'
import type { LinePositions } from './line-index.ts'
import { MAX_DEPTH } from './limits.ts'
import type { DocPath, Problem } from './types.ts'

export interface Position {
  line: number
  column: number
}

/** The key as toJS() spells it in the parsed object. */
export const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key))

const startOf = (node: unknown): number | undefined =>
  (node as { range?: readonly number[] | null } | null)?.range?.[0] ?? undefined

/** An empty value (`spo2:` with nothing after it) has a zero-width range right after the colon: point at the key instead. */
const isEmptyValue = (node: unknown) =>
  node == null || (isScalar(node) && node.value === null && node.range != null && node.range[0] === node.range[1])

/**
 * Maps document paths to line:column. Map lookups are indexed (last duplicate wins, as in toJS()),
 * so locating thousands of problems stays linear.
 */
export function createLocator(root: unknown, lineCounter: LinePositions) {
  const index = new WeakMap<YAMLMap, Map<string, Pair>>()
  const pairsOf = (map: YAMLMap): Map<string, Pair> => {
    let pairs = index.get(map)
    if (!pairs) {
      pairs = new Map(map.items.map((p) => [keyText(p.key), p]))
      index.set(map, pairs)
    }
    return pairs
  }
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }

  return (problem: Problem): Position => {
    if (problem.offset !== undefined) return position(problem.offset)
    const target: DocPath = problem.at === 'parent' ? problem.path.slice(0, -1) : problem.path
    let node: unknown = root
    let pair: Pair | null = null
    let reached = 0
    for (const seg of target) {
      if (isMap(node)) {
        const p = pairsOf(node).get(String(seg))
        if (!p) break
        pair = p
        node = p.value
      } else if (isSeq(node) && node.items[Number(seg)] !== undefined) {
        pair = null
        node = node.items[Number(seg)]
      } else break
      reached++
    }
    const keyStart = pair ? startOf(pair.key) : undefined
    const complete = reached === target.length
    if (complete && problem.at === 'key' && keyStart !== undefined) return position(keyStart)
    if (isEmptyValue(node) || !complete) return position(keyStart ?? startOf(node) ?? 0)
    return position(startOf(node) ?? keyStart ?? 0)
  }
}

const endOf = (node: unknown): number => (node as { range?: readonly number[] | null } | null)?.range?.[2] ?? -1

/** The document path of the innermost entry whose text spans `offset`, to name where a syntax error is. */
export function pathAtOffset(root: unknown, offset: number): DocPath {
  const path: (string | number)[] = []
  let node: unknown = root
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (startOf(p.key) ?? Infinity) <= offset && offset < Math.max(endOf(p.key), endOf(p.value)),
      )
      if (!pair) break
      path.push(keyText(pair.key))
      node = pair.value
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => (startOf(item) ?? Infinity) <= offset && offset < endOf(item))
      if (i < 0) break
      path.push(i)
      node = node.items[i]
    } else break
  }
  return path
}
