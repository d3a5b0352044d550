import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatError, loadScenario, type Scenario } from '../../src/scenario/index.ts'

export const SCENES_DIR = join(import.meta.dirname, '../../scenes')

export const sceneFiles = () =>
  readdirSync(SCENES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()

/** Loads a scene file through the real loader; throws with every located error if it is invalid. */
export function loadScene(file: string): Scenario {
  const result = loadScenario(readFileSync(join(SCENES_DIR, file)), file)
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'))
  return result.scenario
}
