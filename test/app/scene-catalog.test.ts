import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSceneCatalog, sceneCatalog } from '../../src/app/scene-catalog.ts'
import { SCENES_DIR, validScenesOnDisk } from '../app-paths.ts'

const sourcesOnDisk = Object.fromEntries(
  readdirSync(SCENES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [`/scenes/${name}`, readFileSync(join(SCENES_DIR, name), 'utf8')]),
)

describe('scene catalogue', () => {
  it('bundles every valid scene file in scenes/, sorted by title', () => {
    const expected = validScenesOnDisk().sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    expect(sceneCatalog.scenarios.map((s) => s.id)).toEqual(expected.map((s) => s.id))
  })

  it('keeps files that fail validation apart, with positioned error messages', () => {
    const catalog = createSceneCatalog({
      ...sourcesOnDisk,
      '/scenes/broken.yaml': 'schemaVersion: 1\nid: Not A Valid Id\ntitle: Broken\n',
    })
    expect(catalog.scenarios.map((s) => s.id)).toEqual(sceneCatalog.scenarios.map((s) => s.id))
    const broken = catalog.invalid.find((f) => f.file === 'scenes/broken.yaml')
    expect(broken?.errors.length).toBeGreaterThan(0)
    for (const error of broken?.errors ?? []) expect(error).toMatch(/^scenes\/broken\.yaml:\d+:\d+ /)
    expect(broken?.errors.some((e) => e.startsWith('scenes/broken.yaml:2:'))).toBe(true)
  })
})
