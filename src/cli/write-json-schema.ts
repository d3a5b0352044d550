// `npm run schema`: writes scenes/scene.schema.json from the zod schema, for editor completion.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sceneJsonSchemaText } from '../scenario/json-schema.ts'

const target = fileURLToPath(new URL('../../scenes/scene.schema.json', import.meta.url))
writeFileSync(target, sceneJsonSchemaText())
console.log(`wrote ${target}`)
