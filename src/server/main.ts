// Entry point of `npm start` / `npm run serve`: serves the built app (and, later, the embedded LRS).
import { readConfig } from './config.ts'
import { createResusServer } from './create-server.ts'

/** Wildcard and loopback binds are reachable as localhost; name the host only when it was chosen explicitly. */
const displayHost = (host: string) =>
  ['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'].includes(host) ? 'localhost' : host

try {
  const config = readConfig()
  const server = await createResusServer(config)
  console.log(`Resus listening on http://${displayHost(config.host)}:${server.port} (data: ${config.dataDir})`)

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
