import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startLrs, statement, XAPI_HEADERS } from './lrs-harness.ts'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

/** Starts test/lrs/lrs-process.ts in its own Node process and resolves with its port. */
function startLrsProcess(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'lrs-process.ts'), dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /PORT (\d+)/.exec(chunk.toString())
      if (match) resolve(Number(match[1]))
    })
    child.on('exit', (code) => reject(new Error(`LRS process exited early (${code})`)))
  })
  return { child, port }
}

describe('embedded LRS durability', () => {
  it('keeps every acknowledged statement when the process is killed with SIGKILL mid-ingest', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'resus-lrs-kill-'))
    dirs.push(dataDir)
    const { child, port } = startLrsProcess(dataDir)
    const endpoint = `http://127.0.0.1:${await port}/xapi/`

    const acknowledged: string[] = []
    let stop = false
    // Four concurrent writers of 50-statement batches, so the kill lands while commits are in flight.
    const writer = async () => {
      while (!stop) {
        const batch = Array.from({ length: 50 }, () => statement())
        try {
          const res = await fetch(`${endpoint}statements`, {
            method: 'POST',
            headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
            body: JSON.stringify(batch),
          })
          if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`)
          acknowledged.push(...((await res.json()) as string[]))
        } catch (error) {
          if (error instanceof TypeError) return // the connection died with the process: never acknowledged
          throw error
        }
      }
    }
    const writers = Promise.all([writer(), writer(), writer(), writer()])
    let failed: unknown = null
    writers.catch((error: unknown) => (failed = error))
    while (acknowledged.length < 2000 && !failed) await new Promise((r) => setTimeout(r, 5))
    if (failed) throw failed
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    stop = true
    await writers

    const reopened = await startLrs(dataDir)
    try {
      const missing = acknowledged.filter((id) => reopened.lrs.statements.get(id, false) === null)
      expect(acknowledged.length).toBeGreaterThanOrEqual(2000)
      expect(missing).toEqual([])
      // And the reopened LRS still takes writes.
      const res = await fetch(`${reopened.endpoint}statements`, {
        method: 'POST',
        headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
        body: JSON.stringify(statement()),
      })
      expect(res.status).toBe(200)
    } finally {
      await reopened.close()
    }
  })
})
