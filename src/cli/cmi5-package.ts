// `npm run cmi5:package`: the course package for a cmi5 LMS (cmi5.xml + the built app, zipped), one
// AU per valid scene file. RESUS_ACTIVITY_BASE_IRI sets the base of the AU and activity ids.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_ACTIVITY_BASE_IRI } from '../xapi/vocabulary.ts'
import { buildCmi5Package } from './cmi5/build-package.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const baseIri = process.env.RESUS_ACTIVITY_BASE_IRI?.trim() || DEFAULT_ACTIVITY_BASE_IRI
const built = await buildCmi5Package({ root, outDir: join(root, 'cmi5-package'), baseIri })
for (const file of built.skipped) console.warn(`Left out ${file}: it does not validate (npm run validate says why).`)
console.log(
  `${built.zipPath}: ${built.scenarios.length} AUs (${built.scenarios.map((s) => s.id).join(', ')}), ` +
    `activity ids under ${baseIri}`,
)
