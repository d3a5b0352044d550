import { contentHash, formatError, loadScenario } from '../scenario/index.ts'
import type { Scenario } from '../scenario/schema/index.ts'

export interface InvalidSceneFile {
  file: string
  /** Formatted as `file:line:col path: message`, the same text `npm run validate` prints. */
  errors: string[]
}

export interface SceneCatalog {
  /** Valid scenarios, sorted by title. */
  scenarios: Scenario[]
  /** Files that failed validation, sorted by file name: shown in the app so that authors see them too. */
  invalid: InvalidSceneFile[]
  /** `sha256:…` of each valid scenario's source, by id: recordings name the exact file they were played on. */
  hashes: Record<string, string>
}

/** Validates scene sources keyed by path (`/scenes/x.yaml` or `scenes/x.yaml`). */
export function createSceneCatalog(sources: Record<string, string>): SceneCatalog {
  const scenarios: Scenario[] = []
  const invalid: InvalidSceneFile[] = []
  const hashes: Record<string, string> = {}
  for (const [path, source] of Object.entries(sources)) {
    const file = path.replace(/^\/+/, '')
    const result = loadScenario(source, file)
    if (result.ok) {
      scenarios.push(result.scenario)
      hashes[result.scenario.id] = contentHash(source)
    } else invalid.push({ file, errors: result.errors.map(formatError) })
  }
  scenarios.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
  invalid.sort((a, b) => a.file.localeCompare(b.file))
  return { scenarios, invalid, hashes }
}

// Every scene file is bundled at build time: the app makes no request to list or fetch scenarios.
const SCENE_SOURCES = import.meta.glob<string>('/scenes/*.yaml', { query: '?raw', import: 'default', eager: true })

export const sceneCatalog: SceneCatalog = createSceneCatalog(SCENE_SOURCES)
