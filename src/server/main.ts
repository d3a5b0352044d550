// Entry point of `npm start` / `npm run serve`: serves the built app and the embedded LRS.
import { readConfig } from './config.ts'
import { createResusServer } from './create-server.ts'
import { resolveLrsCredentials, type LrsCredentials } from './lrs/index.ts'
import { networkUrls, resolveTls, type TlsMaterial } from './tls.ts'

/** Wildcard and loopback binds are reachable as localhost; name the host only when it was chosen explicitly. */
const displayHost = (host: string) =>
  ['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'].includes(host) ? 'localhost' : host

const describeCredentials = (lrs: LrsCredentials) =>
  lrs.source === 'environment'
    ? 'password from LRS_PASSWORD'
    : lrs.source === 'generated'
      ? `new password generated and saved in ${lrs.file}`
      : `password in ${lrs.file}`

const describeCertificate = (tls: TlsMaterial) =>
  (tls.origin === 'provided'
    ? `from RESUS_TLS_CERT ${tls.certFile}`
    : tls.origin === 'generated'
      ? `self-signed, new (${tls.reason ?? 'none yet'}), saved in ${tls.certFile}`
      : `self-signed, saved in ${tls.certFile}`) +
  `, valid until ${tls.validTo.toISOString().slice(0, 10)}, for ${tls.subjectAltName}`

try {
  const config = readConfig()
  const lrs = resolveLrsCredentials(process.env, config.dataDir)
  const tls = config.https && (await resolveTls(config.https, config.host))
  const server = await createResusServer({ ...config, lrs, ...(tls && { tls: { cert: tls.cert, key: tls.key } }) })
  const origin = `${tls ? 'https' : 'http'}://${displayHost(config.host)}:${server.port}`
  console.log(`Resus listening on ${origin} (data: ${config.dataDir})`)
  console.log(`Embedded LRS: ${origin}/xapi/ (user "${lrs.username}"; ${describeCredentials(lrs)})`)
  console.log(`Local LMS (launch page): ${origin}/lms`)
  if (config.upstream) console.log(`Forwarding every statement to ${config.upstream.endpoint}`)
  if (tls) {
    console.log(`HTTPS certificate: ${describeCertificate(tls)}`)
    console.log(`Certificate SHA-256 fingerprint: ${tls.fingerprint256}`)
    const urls = networkUrls(config.host, server.port)
    for (const url of urls) console.log(`From a headset on this network, open ${url}`)
    if (!urls.length && ['0.0.0.0', '::'].includes(config.host)) {
      console.log('No network address found: connect this computer to the network the headset is on.')
    }
  } else if (!['127.0.0.1', '::1', 'localhost'].includes(config.host)) {
    console.log('A headset needs HTTPS to enter VR from another machine: start with RESUS_HTTPS=1.')
  }

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
