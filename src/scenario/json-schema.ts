import { z } from 'zod'
import { Scenario } from './schema/index.ts'

/**
 * JSON Schema of scene files, generated from the zod schema, for editor completion and checks
 * (`# yaml-language-server: $schema=./scene.schema.json`). Pure and deterministic.
 */
export function createSceneJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' })
  return {
    $schema,
    title: 'Resus scene file',
    description:
      'One emergency-care scenario for Resus. Generated from src/scenario/schema by `npm run schema`; do not edit. The loader also checks cross-references (states, actions, references) that this schema cannot express.',
    ...rest,
  }
}

/** The committed file's exact text: 2-space JSON and a trailing newline. */
export const sceneJsonSchemaText = () => `${JSON.stringify(createSceneJsonSchema(), null, 2)}\n`
