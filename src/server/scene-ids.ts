import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadScenario } from '../scenario/index.ts'

export interface ScenarioSummary {
  id: string
  title: string
}

/** The scene files in `scenesDir` that validate, sorted by id; the app bundles the same files at build time. */
export async function listValidScenarios(scenesDir: string): Promise<ScenarioSummary[]> {
  const names = (await readdir(scenesDir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort()
  const found: ScenarioSummary[] = []
  for (const name of names) {
    const result = loadScenario(await readFile(join(scenesDir, name), 'utf8'), `scenes/${name}`)
    if (result.ok) found.push({ id: result.scenario.id, title: result.scenario.title })
  }
  return found.sort((a, b) => a.id.localeCompare(b.id))
}
