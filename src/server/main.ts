// Entry point of `npm start` / `npm run serve`: serves the built app and the embedded LRS.
import { readConfig } from './config.ts'
import { createResusServer } from './create-server.ts'
import { resolveLrsCredentials, type LrsCredentials } from './lrs/index.ts'

/** Wildcard and loopback binds are reachable as localhost; name the host only when it was chosen explicitly. */
const displayHost = (host: string) =>
  ['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'].includes(host) ? 'localhost' : host

const describeCredentials = (lrs: LrsCredentials) =>
  lrs.source === 'environment'
    ? 'password from LRS_PASSWORD'
    : lrs.source === 'generated'
      ? `new password generated and saved in ${lrs.file}`
      : `password in ${lrs.file}`

try {
  const config = readConfig()
  const lrs = resolveLrsCredentials(process.env, config.dataDir)
  const server = await createResusServer({ ...config, lrs })
  const origin = `http://${displayHost(config.host)}:${server.port}`
  console.log(`Resus listening on ${origin} (data: ${config.dataDir})`)
  console.log(`Embedded LRS: ${origin}/xapi/ (user "${lrs.username}"; ${describeCredentials(lrs)})`)
  console.log(`Local LMS (launch page): ${origin}/lms`)
  if (config.upstream) console.log(`Forwarding every statement to ${config.upstream.endpoint}`)

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1) // a second Ctrl-C does not wait
    stopping = true
    console.log(`${signal} received, shutting down`)
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  console.error(`Resus could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
