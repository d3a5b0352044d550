// A stand-alone embedded LRS process for the SIGKILL test: prints its port, then serves until killed.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createEmbeddedLrs } from '../../src/server/lrs/index.ts'
import { ACCOUNT } from './lrs-harness.ts'

const dataDir = process.argv[2]
if (!dataDir) throw new Error('usage: lrs-process.ts <data dir>')
const lrs = createEmbeddedLrs({ dataDir, ...ACCOUNT, corsOrigins: [] })
const server = createServer((req, res) => void lrs.handle(req, res, new URL(req.url ?? '/', 'http://x')))
server.listen(0, '127.0.0.1', () => {
  console.log(`PORT ${(server.address() as AddressInfo).port}`)
})
