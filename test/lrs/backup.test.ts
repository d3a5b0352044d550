import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { startLrs, statement, XAPI_HEADERS } from './lrs-harness.ts'

const run = promisify(execFile)

describe('npm run lrs:backup', () => {
  it('copies every statement of a running LRS into a file that opens as the same database', async () => {
    const t = await startLrs()
    try {
      const batch = Array.from({ length: 25 }, () => statement())
      await fetch(`${t.endpoint}statements`, {
        method: 'POST',
        headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
        body: JSON.stringify(batch),
      })
      const target = join(t.dataDir, 'backup.sqlite')
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/lrs-backup.ts', target], {
        env: { ...process.env, RESUS_DATA_DIR: t.dataDir },
      })
      expect(stdout).toContain('(25 statements)')
      const copy = new Database(target, { readonly: true })
      const ids = copy.prepare<[], { id: string }>('SELECT id FROM statements ORDER BY seq').all()
      copy.close()
      expect(ids.map((r) => r.id)).toEqual(batch.map((s) => s.id))
    } finally {
      await t.close()
    }
  })
})
