import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST_DIR } from '../app-paths.ts'

const ASSETS = join(DIST_DIR, 'assets')
const chunks = () =>
  readdirSync(ASSETS)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(join(ASSETS, name), 'utf8'), bytes: statSync(join(ASSETS, name)).size }))

describe('the production build and the headset emulator', () => {
  it("ships none of @react-three/xr's built-in emulator and keeps iwer in its own lazy chunk", () => {
    const all = chunks()
    // iwer's runtime (here: its warning about a native WebXR) lives in exactly one chunk, named for it.
    const withIwer = all.filter((c) => c.text.includes('native WebXR runtime is already available'))
    expect(withIwer.map((c) => c.name)).toEqual([expect.stringMatching(/^xr-emulator-.*\.js$/)])
    // @pmndrs/xr's own emulator (and its synthetic rooms) is stubbed out: about 6 MB that would never run.
    expect(all.some((c) => /synthetic.?environment/i.test(c.text))).toBe(false)
    const totalMiB = all.reduce((sum, c) => sum + c.bytes, 0) / 2 ** 20
    expect(totalMiB).toBeLessThan(3)
  })

  it('keeps three.js and the XR library out of the first load (the picker needs neither)', () => {
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8')
    const firstLoad = [...html.matchAll(/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? '')
    expect(firstLoad.length).toBeGreaterThan(1)
    expect(firstLoad.filter((name) => /^three-/.test(name))).toEqual([])
    for (const name of firstLoad) expect(readFileSync(join(ASSETS, name), 'utf8')).not.toMatch(/from"\.\/three-/)
  })

  // The browser tests fail on any request leaving the origin; in VR the controllers then appear only if these load.
  it('serves the controller and hand profiles itself (no CDN)', () => {
    const list = JSON.parse(readFileSync(join(DIST_DIR, 'xr-profiles', 'profilesList.json'), 'utf8')) as Record<
      string,
      { path: string }
    >
    expect(Object.keys(list)).toEqual(
      expect.arrayContaining(['meta-quest-touch-plus', 'meta-quest-touch-pro', 'oculus-touch-v3', 'generic-hand']),
    )
    for (const [id, entry] of Object.entries(list)) {
      expect(statSync(join(DIST_DIR, 'xr-profiles', entry.path)).isFile()).toBe(true)
      for (const side of ['left', 'right'])
        expect(statSync(join(DIST_DIR, 'xr-profiles', id, `${side}.glb`)).size).toBeGreaterThan(0)
    }
  })
})
