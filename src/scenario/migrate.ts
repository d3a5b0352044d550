import { describeValue } from './describe.ts'
import { SCHEMA_VERSION } from './schema/index.ts'

type SceneData = Record<string, unknown>

/**
 * One step of the scene format: turns a file of version `toVersion - 1` into version `toVersion`.
 * Steps are sequential (like tldraw's store migrations): a file is lifted one version at a time.
 */
export interface Migration {
  toVersion: number
  up: (data: SceneData) => SceneData
}

/**
 * Version 1 is the first scene format, so there is nothing to migrate yet. When the format
 * changes, bump SCHEMA_VERSION and append `{ toVersion: 2, up: (data) => … }` here.
 */
export const MIGRATIONS: readonly Migration[] = []

export type MigrationFailure = 'missing' | 'not-a-version' | 'too-new' | 'too-old'

export type MigrationResult =
  | { ok: true; data: SceneData; fromVersion: number }
  | { ok: false; reason: MigrationFailure; version: unknown; currentVersion: number; oldestVersion: number }

export interface MigrateOptions {
  migrations?: readonly Migration[]
  currentVersion?: number
}

/** Lifts a parsed scene file to the current format, or says why it cannot. Pure: the input is not modified. */
export function migrateScene(data: SceneData, options: MigrateOptions = {}): MigrationResult {
  const { migrations = MIGRATIONS, currentVersion = SCHEMA_VERSION } = options
  const version = data.schemaVersion
  const oldestVersion = currentVersion - migrations.length
  const fail = (reason: MigrationFailure): MigrationResult => ({
    ok: false,
    reason,
    version,
    currentVersion,
    oldestVersion,
  })
  if (version === undefined) return fail('missing')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('not-a-version')
  if (version > currentVersion) return fail('too-new')
  if (version < oldestVersion) return fail('too-old')
  let migrated = data
  for (const step of migrations) {
    if (step.toVersion <= version) continue
    migrated = { ...step.up(migrated), schemaVersion: step.toVersion }
  }
  return { ok: true, data: migrated, fromVersion: version }
}

/** Why a file's version was refused, in words. */
export function describeMigrationFailure(failure: Extract<MigrationResult, { ok: false }>): string {
  const { version, currentVersion, oldestVersion } = failure
  switch (failure.reason) {
    case 'missing':
      return `missing required field "schemaVersion" (the scene format version; write schemaVersion: ${currentVersion} at the top)`
    case 'not-a-version':
      return `expected a scene format version such as ${currentVersion}, got ${describeValue(version)}`
    case 'too-new':
      return `this file needs a newer Resus: it uses scene format version ${String(version)}, and this Resus reads up to version ${currentVersion}`
    case 'too-old':
      return `scene format version ${String(version)} is no longer supported (the oldest this Resus reads is ${oldestVersion})`
  }
}
