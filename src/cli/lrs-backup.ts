// `npm run lrs:backup [file]`: a consistent copy of the embedded LRS (statements, State and Agent
// Profile documents, launch sessions) while the server runs, through SQLite's online backup API.
import { resolve } from 'node:path'
import Database from 'better-sqlite3'
import { readConfig } from '../server/config.ts'

const config = readConfig()
const source = resolve(config.dataDir, 'lrs.sqlite')
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target = resolve(process.argv[2] ?? `lrs-backup-${stamp}.sqlite`)

try {
  const db = new Database(source, { readonly: true, fileMustExist: true })
  await db.backup(target)
  const { n } = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM statements').get() ?? { n: 0 }
  db.close()
  console.log(`Backed up ${source} (${n} statements) to ${target}.`)
  console.log('To restore: stop Resus, copy the backup to RESUS_DATA_DIR/lrs.sqlite, start Resus.')
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
