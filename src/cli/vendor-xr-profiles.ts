// `npm run xr:profiles`: copies the WebXR input profiles (controller layouts and models, the hand model) that
// Quest headsets ask for into public/xr-profiles/, so that controllers and hands work on an isolated network.
// @react-three/xr fetches them from a CDN by default, and without them it creates no input sources at all.
// The copy is committed; this script refreshes it from the registry's @webxr-input-profiles/assets package.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const PACKAGE = '@webxr-input-profiles/assets@1.0.20'
/** Quest 3/3S, Quest Pro and Quest 2 controllers, and tracked hands. */
const VENDORED_PROFILES = ['meta-quest-touch-plus', 'meta-quest-touch-pro', 'oculus-touch-v3', 'generic-hand']

const target = resolve('public/xr-profiles')
const work = mkdtempSync(join(tmpdir(), 'xr-profiles-'))
try {
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, encoding: 'utf8' }).trim()
  execFileSync('tar', ['xzf', tarball], { cwd: work })
  const source = join(work, 'package', 'dist', 'profiles')
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  for (const id of VENDORED_PROFILES) cpSync(join(source, id), join(target, id), { recursive: true })
  // The list names only what is here: a device asking for anything else falls through to its next profile id.
  const list = JSON.parse(readFileSync(join(source, 'profilesList.json'), 'utf8')) as Record<string, unknown>
  const kept = Object.fromEntries(VENDORED_PROFILES.map((id) => [id, list[id]]))
  writeFileSync(join(target, 'profilesList.json'), `${JSON.stringify(kept, null, 2)}\n`)
  cpSync(join(work, 'package', 'LICENSE.md'), join(target, 'LICENSE.md'))
  writeFileSync(join(target, 'SOURCE.txt'), `Copied from ${PACKAGE} (MIT) by npm run xr:profiles.\n`)
  console.log(`Copied ${VENDORED_PROFILES.join(', ')} from ${PACKAGE} into ${target}.`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
