import { checkCrossRefs, checkFileId } from './cross-refs.ts'
import { MAX_ERRORS } from './limits.ts'
import { describeMigrationFailure, migrateScene } from './migrate.ts'
import { parseYaml, type DuplicateKey, type Located } from './parse-yaml.ts'
import { prescan } from './prescan.ts'
import { readSource } from './read-source.ts'
import { isRecordAt } from './schema-at.ts'
import { Scenario } from './schema/index.ts'
import { FILE_PATH, joinPath, type Problem, type ScenarioError } from './types.ts'
import { NO_CUSTOM_MESSAGE, zodProblems } from './zod-errors.ts'

export type { ScenarioError }
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] }

/** `anaphylaxis-adult.yaml:42:11 states.worsening.vitals.spo2: expected a number from 0 to 100, got 140` */
export const formatError = (e: ScenarioError): string => `${e.file}:${e.line}:${e.column} ${e.path}: ${e.message}`

/** All errors at once, in reading order; beyond MAX_ERRORS the file is clearly not a scene file. */
function failed(file: string, found: readonly Located[]): LoadResult {
  const sorted = [...found].sort((a, b) => a.line - b.line || a.column - b.column)
  const extra = sorted[MAX_ERRORS]
  const shown = extra
    ? [
        ...sorted.slice(0, MAX_ERRORS),
        { ...extra, path: FILE_PATH, message: `${sorted.length - MAX_ERRORS} more errors not shown` },
      ]
    : sorted
  return { ok: false, errors: shown.map((f) => ({ file, ...f })) }
}

function duplicateProblem(d: DuplicateKey, lineOf: (offset: number) => number): Problem {
  const kind = isRecordAt(Scenario, d.mapPath) ? 'id' : 'field'
  const message = `duplicate ${kind} "${d.key}" (first defined at line ${lineOf(d.firstOffset)})`
  return { path: [...d.mapPath, d.key], at: 'key', offset: d.offset, message }
}

function load(source: string | Uint8Array, file: string): LoadResult {
  const text = readSource(source)
  if (!text.ok) return failed(file, [{ ...text.problem, path: FILE_PATH }])
  const tooBig = prescan(text.text)
  if (tooBig) return failed(file, [{ ...tooBig, path: FILE_PATH }])
  const parsed = parseYaml(text.text)
  if (!parsed.ok) return failed(file, parsed.errors)
  const { data, locate } = parsed
  const place = (p: Problem): Located => ({ ...locate(p), path: joinPath(p.path), message: p.message })

  const migrated = migrateScene(data)
  if (!migrated.ok) {
    const at = migrated.reason === 'missing' ? 'parent' : 'value'
    return failed(file, [place({ path: ['schemaVersion'], at, message: describeMigrationFailure(migrated) })])
  }
  const problems = [...parsed.duplicates.map((d) => duplicateProblem(d, parsed.lineOf)), ...checkFileId(data, file)]
  const result = Scenario.safeParse(migrated.data, { error: () => NO_CUSTOM_MESSAGE })
  if (result.success) problems.push(...checkCrossRefs(result.data))
  else problems.push(...zodProblems(result.error.issues, Scenario, migrated.data))
  if (result.success && problems.length === 0) return { ok: true, scenario: result.data }
  return failed(file, problems.map(place))
}

/**
 * Parses and validates one scene file. Pure (no I/O): `source` is the file's text or bytes, `file`
 * its display name. Every error is reported at once, with line, column and document path.
 */
export function loadScenario(source: string | Uint8Array, file: string): LoadResult {
  try {
    return load(source, file)
  } catch (e) {
    // A bug, not a problem with the file: still answer with an error rather than crash the caller.
    const message = `internal error while reading this file (please report it): ${e instanceof Error ? e.message : String(e)}`
    return { ok: false, errors: [{ file, line: 1, column: 1, path: FILE_PATH, message }] }
  }
}
