import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Statement } from '@xapi/xapi'
import sirv from 'sirv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCmi5Package } from '../../src/cli/cmi5/build-package.ts'
import { DEFAULT_ACTIVITY_BASE_IRI } from '../../src/xapi/vocabulary.ts'
import { ROOT_DIR } from '../app-paths.ts'
import { LRS_ACCOUNT, useBrowserHarness } from './harness.ts'
import { chooseAction, searchAction, shot } from './play-driver.ts'

/** The packaged AU, served as an LMS would: another origin, under a sub-path, no fallback to index.html. */
let lms: Server
let lmsOrigin = ''
let tmp = ''
const harness = useBrowserHarness({ corsOrigins: '*', allowedOrigins: () => [lmsOrigin] })
const ADMIN = `Basic ${Buffer.from(`${LRS_ACCOUNT.username}:${LRS_ACCOUNT.password}`).toString('base64')}`
const XAPI = { Authorization: ADMIN, 'X-Experience-API-Version': '1.0.3' }

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'resus-cmi5-'))
  const built = await buildCmi5Package({ root: ROOT_DIR, outDir: tmp, baseIri: DEFAULT_ACTIVITY_BASE_IRI })
  const serve = sirv(built.appDir, { dev: false })
  lms = createServer((req, res) => {
    if (!req.url?.startsWith('/course/')) return res.writeHead(404).end()
    req.url = req.url.slice('/course'.length)
    serve(req, res, () => {
      res.writeHead(404).end()
    })
  })
  await new Promise<void>((resolve) => lms.listen(0, '127.0.0.1', resolve))
  lmsOrigin = `http://127.0.0.1:${(lms.address() as AddressInfo).port}`
}, 120_000)

afterAll(async () => {
  await new Promise((resolve) => lms?.close(resolve))
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

async function statementsOf(registration: string): Promise<Statement[]> {
  const res = await fetch(`${harness.url}/xapi/statements?registration=${registration}&ascending=true`, {
    headers: XAPI,
  })
  return ((await res.json()) as { statements: Statement[] }).statements
}

describe('cmi5 course package', () => {
  it('runs from an LMS sub-path on another origin, survives a reload and reports to the LRS', async () => {
    // An LMS launch: LaunchData written, then the AU URL of cmi5.xml plus the five launch parameters.
    const launch = await fetch(`${harness.url}/lms/launch`, {
      method: 'POST',
      headers: { Authorization: ADMIN, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ learner: 'rn-pkg', scenario: 'anaphylaxis-adult' }).toString(),
      redirect: 'manual',
    })
    const params = new URL(launch.headers.get('location') as string).searchParams
    const registration = params.get('registration') as string
    const page = await harness.open({ width: 1024, height: 700 })
    await page.goto(`${lmsOrigin}/course/index.html?scenario=anaphylaxis-adult&${params.toString()}`)

    await page.getByText('Your results go to your LMS as').waitFor()
    expect(page.url()).toBe(`${lmsOrigin}/course/index.html?scenario=anaphylaxis-adult#/scenario/anaphylaxis-adult`)
    await shot(page, 'cmi5-package-briefing')
    await page.getByRole('link', { name: 'Begin scenario' }).click()
    await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 2, undefined, { timeout: 30_000 })
    await page.reload()
    await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 2, undefined, { timeout: 30_000 })
    expect(new URL(page.url()).hash).toBe('#/scenario/anaphylaxis-adult/play')

    await searchAction(page, 'call for help')
    await chooseAction(page, 'Call for help')
    await expect
      .poll(async () => (await statementsOf(registration)).map((s) => s.verb.id.split('/').pop()), { timeout: 15_000 })
      .toEqual(['launched', 'initialized', 'interacted'])
    await shot(page, 'cmi5-package-room')
  }, 180_000)
})
