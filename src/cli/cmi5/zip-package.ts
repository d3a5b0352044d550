import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { zipSync } from 'fflate'

/** Every file under `dir`, as zip paths (forward slashes) relative to it, sorted for a reproducible archive. */
function filesUnder(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.push(relative(dir, path).split(sep).join('/'))
    }
  }
  walk(dir)
  return out
}

/**
 * The course package (cmi5 14: a zip with cmi5.xml at its root and the AU's files beside it). Source
 * maps stay out: an LMS serves the package to learners. Fixed timestamps keep the bytes reproducible.
 */
export function zipCmi5Package(builtApp: string, cmi5Xml: string): Uint8Array {
  const mtime = new Date('2020-01-01T00:00:00Z')
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {
    'cmi5.xml': [new TextEncoder().encode(cmi5Xml), { mtime }],
  }
  for (const file of filesUnder(builtApp)) {
    if (file.endsWith('.map')) continue
    entries[file] = [readFileSync(join(builtApp, file)), { mtime }]
  }
  return zipSync(entries, { level: 9 })
}
