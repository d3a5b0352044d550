import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSceneJsonSchema, sceneJsonSchemaText } from '../../src/scenario/index.ts'

const committedPath = new URL('../../scenes/scene.schema.json', import.meta.url)

describe('scenes/scene.schema.json', () => {
  it('is up to date with the zod schema', () => {
    const committed = readFileSync(committedPath, 'utf8')
    const fresh = sceneJsonSchemaText()
    expect(committed === fresh, 'scenes/scene.schema.json is stale: run `npm run schema` and commit it').toBe(true)
  })

  it('is deterministic, titled and written as 2-space JSON with a trailing newline', () => {
    const text = sceneJsonSchemaText()
    expect(sceneJsonSchemaText()).toBe(text)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "$schema": "https://json-schema.org/draft/2020-12/schema",')
    const schema = createSceneJsonSchema()
    expect(schema.title).toBe('Resus scene file')
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'states', 'actions', 'rubric']))
  })
})
