import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrateScene, SCHEMA_VERSION, type Migration } from '../../src/scenario/index.ts'

/** A made-up format history: v2 renamed `name` to `title`, v3 wrapped `minutes` in an object. */
const HISTORY: Migration[] = [
  {
    toVersion: 2,
    up: ({ name, ...rest }) => ({ ...rest, title: name }),
  },
  {
    toVersion: 3,
    up: ({ minutes, ...rest }) => ({ ...rest, timing: { minutes } }),
  },
]
const options = { migrations: HISTORY, currentVersion: 3 }

describe('scene format migrations', () => {
  it('has no migrations while version 1 is the only format', () => {
    expect(SCHEMA_VERSION).toBe(1)
    expect(MIGRATIONS).toEqual([])
    const data = { schemaVersion: 1, id: 'x' }
    expect(migrateScene(data)).toEqual({ ok: true, data, fromVersion: 1 })
  })

  it('lifts an older file one version at a time, without touching the input', () => {
    const v1 = { schemaVersion: 1, name: 'Anaphylaxis', minutes: 10 }
    expect(migrateScene(v1, options)).toEqual({
      ok: true,
      data: { schemaVersion: 3, title: 'Anaphylaxis', timing: { minutes: 10 } },
      fromVersion: 1,
    })
    expect(v1).toEqual({ schemaVersion: 1, name: 'Anaphylaxis', minutes: 10 })
    expect(migrateScene({ schemaVersion: 2, title: 'A', minutes: 5 }, options)).toEqual({
      ok: true,
      data: { schemaVersion: 3, title: 'A', timing: { minutes: 5 } },
      fromVersion: 2,
    })
  })

  it.each([
    [{ id: 'x' }, 'missing'],
    [{ schemaVersion: 'one' }, 'not-a-version'],
    [{ schemaVersion: 1.5 }, 'not-a-version'],
    [{ schemaVersion: 0 }, 'not-a-version'],
    [{ schemaVersion: 4 }, 'too-new'],
  ])('refuses %j (%s)', (data, reason) => {
    expect(migrateScene(data, options)).toMatchObject({ ok: false, reason })
  })

  it('refuses a version older than the migrations reach', () => {
    expect(migrateScene({ schemaVersion: 1 }, { migrations: HISTORY.slice(1), currentVersion: 3 })).toMatchObject({
      ok: false,
      reason: 'too-old',
      oldestVersion: 2,
    })
  })
})
