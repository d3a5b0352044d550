import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadScenario } from '../src/scenario/index.ts'

export const ROOT_DIR = fileURLToPath(new URL('../', import.meta.url))
export const DIST_DIR = join(ROOT_DIR, 'dist')
export const SCENES_DIR = join(ROOT_DIR, 'scenes')

/** The scenarios the app should offer, read from scenes/ independently of the app's own catalogue. */
export function validScenesOnDisk(): { id: string; title: string; briefing: string }[] {
  return readdirSync(SCENES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => {
      const result = loadScenario(readFileSync(join(SCENES_DIR, name), 'utf8'), `scenes/${name}`)
      return result.ok ? [result.scenario] : []
    })
}
