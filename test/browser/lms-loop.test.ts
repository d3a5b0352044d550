import type { Statement } from '@xapi/xapi'
import { describe, expect, it } from 'vitest'
import { LRS_ACCOUNT, SCREENSHOTS, useBrowserHarness } from './harness.ts'
import { chooseAction, giveDose, searchAction, shot, TIME_SCALE, waitForResults } from './play-driver.ts'

const harness = useBrowserHarness()
const PLAY_TIMEOUT_MS = 300_000
const VIEWPORT = { width: 1024, height: 700 }
const ADMIN = `Basic ${Buffer.from(`${LRS_ACCOUNT.username}:${LRS_ACCOUNT.password}`).toString('base64')}`

/** Everything the embedded LRS holds for a registration, oldest first, read as an educator's tool would. */
async function statementsOf(registration: string): Promise<Statement[]> {
  const res = await fetch(`${harness.url}/xapi/statements?registration=${registration}&ascending=true`, {
    headers: { Authorization: ADMIN, 'X-Experience-API-Version': '1.0.3' },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { statements: Statement[] }).statements
}

const verbOf = (s: Statement) => s.verb.id.split('/').pop()

describe('the cmi5 loop on one machine', () => {
  it(
    'launched from the local LMS and played with the network cut mid-run, every statement arrives once',
    async () => {
      const page = await harness.open(VIEWPORT, { signedIn: true })
      await page.goto(`${harness.url}/lms`)
      await page.getByLabel('Learner ID').fill('rn-0042')
      await page.locator('select[name=scenario]').selectOption('anaphylaxis-adult')
      await shot(page, 'lms-launch-page')
      await page.getByRole('button', { name: 'Launch' }).click()

      // The AU: launch parameters read and taken out of the address bar, the LMS's learner shown.
      await page.waitForURL(`${harness.url}/scenario/anaphylaxis-adult`)
      await page.getByText('Your results go to your LMS as').waitFor()
      expect(await page.locator('.learner-field').innerText()).toContain('rn-0042')
      await page.getByRole('link', { name: 'Begin scenario' }).click()
      await page.waitForURL(/\/play$/)
      await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 2, undefined, { timeout: 30_000 })
      // A reload stays in the same cmi5 session (the fetch URL answers once); the flag speeds sim time.
      await page.goto(`${page.url()}?timeScale=${TIME_SCALE}`)
      await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 5, undefined, { timeout: 30_000 })

      await searchAction(page, 'call for help')
      await chooseAction(page, 'Call for help')
      await searchAction(page, 'stop the co-amoxiclav')
      await chooseAction(page, 'Stop the co-amoxiclav infusion')
      await searchAction(page, 'lie the patient flat')
      await chooseAction(page, 'Lie the patient flat')
      await searchAction(page, 'adrenaline (epi')
      await chooseAction(page, 'Adrenaline (epinephrine)')
      await giveDose(page, '500', 'mcg', 'im')
      await expect.poll(() => page.locator('.side-reporting').innerText()).toBe('All results delivered.')

      // The Wi-Fi drops: the rest of the run and its outcome wait in the outbox. A request in flight at
      // that moment fails in the console (and is retried): that is the network, not the app.
      harness.tolerate(/net::ERR_INTERNET_DISCONNECTED/)
      await harness.context.setOffline(true)
      await searchAction(page, 'give oxygen')
      await chooseAction(page, 'Give oxygen')
      await giveDose(page, '15', 'L/min')
      await searchAction(page, 'secure iv access')
      await chooseAction(page, 'Secure IV access')
      await searchAction(page, 'give a crystalloid')
      await chooseAction(page, 'Give a crystalloid fluid bolus')
      await giveDose(page, '500', 'mL', 'iv')
      const results = await waitForResults(page)
      await expect.poll(() => results.locator('.reporting-status').innerText()).toMatch(/results? waiting to be sent/)
      expect(await results.innerText()).toMatch(/PASS/)
      // One attempt per launch: no local "try again", but the way back to the course.
      expect(await results.getByRole('button', { name: 'Try again' }).count()).toBe(0)
      await shot(page, 'lms-results-offline')

      await harness.context.setOffline(false)
      await expect
        .poll(() => results.locator('.reporting-status').innerText(), { timeout: 30_000 })
        .toBe('All results delivered.')
      await shot(page, 'lms-results-delivered')

      // In the LRS: the LMS's launched, then the AU's session in cmi5 order, each statement once.
      const launchedBy = await fetch(
        `${harness.url}/xapi/statements?agent=${encodeURIComponent(
          JSON.stringify({ account: { homePage: `${harness.url}/lms`, name: 'rn-0042' } }),
        )}&verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/launched')}`,
        { headers: { Authorization: ADMIN, 'X-Experience-API-Version': '1.0.3' } },
      )
      const [launched] = ((await launchedBy.json()) as { statements: Statement[] }).statements
      const registration = launched?.context?.registration as string
      const statements = await statementsOf(registration)
      const verbs = statements.map(verbOf)
      expect(verbs[0]).toBe('launched')
      expect(verbs[1]).toBe('initialized')
      expect(verbs.slice(-3)).toEqual(['completed', 'passed', 'terminated'])
      for (const defined of ['initialized', 'completed', 'passed', 'terminated']) {
        expect(verbs.filter((v) => v === defined)).toHaveLength(1)
      }
      const actions = statements
        .filter((s) => verbOf(s) === 'interacted')
        .map((s) => (s.object as { id: string }).id.split('/').pop())
      expect(actions).toEqual([
        'call-for-help',
        'stop-infusion',
        'lie-flat-legs-raised',
        'adrenaline',
        'oxygen-start',
        'iv-access',
        'fluid-bolus',
      ])
      expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length)

      expect(await results.getByRole('link', { name: 'Debrief this run' }).getAttribute('href')).toBe(
        `/debrief/session/${registration}`,
      )

      // Back to the course: the launch page shows the attempt's result.
      await results.getByRole('link', { name: 'Return to the course' }).click()
      await page.waitForURL(`${harness.url}/lms`)
      const row = page.locator('tr', { hasText: 'rn-0042' })
      await expect.poll(() => row.innerText()).toMatch(/passed \(\d+%\)/)
      await shot(page, 'lms-after-attempt')

      // The educator's debrief of that session, rebuilt from the LRS alone (statements + recording).
      await page.goto(`${harness.url}/debrief/session/${registration}`)
      await page.getByLabel('User name').fill(LRS_ACCOUNT.username)
      await page.getByLabel('Password').fill(LRS_ACCOUNT.password)
      await page.getByRole('button', { name: 'Sign in' }).click()
      const timeline = page.locator('.debrief-timeline')
      // The recording went up when the network came back (or at this page's start, from localStorage).
      await timeline.waitFor({ timeout: 30_000 })
      const adrenaline = timeline.locator('tr', { hasText: 'Adrenaline' }).first()
      expect(await adrenaline.innerText()).toMatch(/500 mcg.*IM/i)
      const item = page.locator('.debrief-rubric li', { hasText: 'adrenaline' }).first()
      await item.getByRole('button').first().click()
      await expect.poll(() => page.locator('.debrief-timeline tr.highlighted').count()).toBe(1)
      await shot(page, 'debrief-session')
      await page.emulateMedia({ media: 'print' })
      await page.screenshot({ path: `${SCREENSHOTS}/debrief-print.png`, fullPage: true })
      await page.emulateMedia({ media: 'screen' })
    },
    PLAY_TIMEOUT_MS,
  )
})
