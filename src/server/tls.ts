// HTTPS for `npm start`: WebXR needs a secure context, and a headset reaches this computer by its network
// address, not as localhost. Either the certificate given in RESUS_TLS_CERT/RESUS_TLS_KEY, or a self-signed
// one generated once into <data dir>/tls/ and renewed when it expires or the network addresses change.
import { createPrivateKey, X509Certificate } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { isIP } from 'node:net'
import { hostname as osHostname, networkInterfaces } from 'node:os'
import type { NetworkInterfaceInfo } from 'node:os'
import { join } from 'node:path'
import { generate } from 'selfsigned'
import type { TlsSource } from './config.ts'

export const TLS_CERT_FILE = 'cert.pem'
export const TLS_KEY_FILE = 'key.pem'
const DAY_MS = 24 * 60 * 60_000
/** About a year, as the brief asks of a local certificate; it is renewed at a start in its last week. */
const VALIDITY_DAYS = 365
const RENEW_BEFORE_MS = 7 * DAY_MS
/** Backdated a day, so that a headset whose clock lags a little does not call it "not yet valid". */
const BACKDATE_MS = DAY_MS

export interface TlsMaterial {
  /** PEM certificate (the chain, for a provided file) and PEM private key, for https.createServer. */
  cert: string
  key: string
  certFile: string
  keyFile: string
  /** SHA-256 of the certificate, colon-separated upper-case hex, as browsers show it. */
  fingerprint256: string
  validTo: Date
  /** The certificate's names, e.g. "DNS:localhost, IP Address:127.0.0.1". */
  subjectAltName: string
  /** provided: RESUS_TLS_CERT/KEY; generated: made at this start; reused: the one generated earlier. */
  origin: 'provided' | 'generated' | 'reused'
  /** Why a certificate was generated at this start (origin 'generated'). */
  reason?: string
}

/** What the machine looks like on the network; injectable for tests. */
export interface HostIdentity {
  hostname: string
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>
  now: Date
}

const currentHost = (): HostIdentity => ({ hostname: osHostname(), interfaces: networkInterfaces(), now: new Date() })

/** Every non-internal address of the machine (IPv4 and IPv6), without duplicates. */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  const all = Object.values(interfaces).flatMap((infos) => infos ?? [])
  return [...new Set(all.filter((i) => !i.internal && isIP(i.address) !== 0).map((i) => i.address))]
}

const isLinkLocalV6 = (address: string) => /^fe[89ab]/i.test(address)

/** The host name and its mDNS form when it is a valid DNS name (a "My Laptop" style name is left out). */
function dnsNames(hostname: string): string[] {
  const name = hostname.trim().toLowerCase()
  const valid = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/
  if (!valid.test(name) || name === 'localhost') return ['localhost']
  return ['localhost', name, ...(name.includes('.') ? [] : [`${name}.local`])]
}

/**
 * The names a generated certificate must cover: localhost, the host name, loopback and the network addresses.
 * IPv6 addresses are required only when the server listens on IPv6: temporary (privacy) IPv6 addresses change
 * daily, and renewing for them would show the headset a new certificate when it cannot use them anyway.
 */
function requiredNames(host: string, identity: HostIdentity) {
  const lan = lanAddresses(identity.interfaces)
  const listensOnV6 = host.includes(':')
  return {
    dns: dnsNames(identity.hostname),
    ips: ['127.0.0.1', ...(listensOnV6 ? ['::1'] : []), ...lan.filter((a) => listensOnV6 || isIP(a) === 4)],
    /** Put in a new certificate as well, while it is being made. */
    extraIps: ['::1', ...lan],
  }
}

/** The https:// addresses a device on the network can open, for a server bound to `host`. */
export function networkUrls(
  host: string,
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  const url = (address: string) => `https://${address.includes(':') ? `[${address}]` : address}:${port}`
  if (host === '0.0.0.0')
    return lanAddresses(interfaces)
      .filter((a) => isIP(a) === 4)
      .map(url)
  // Link-local IPv6 addresses need a zone id that browsers do not take.
  if (host === '::')
    return lanAddresses(interfaces)
      .filter((a) => !isLinkLocalV6(a))
      .map(url)
  if (['127.0.0.1', '::1', 'localhost'].includes(host)) return []
  return [url(host)]
}

function describe(x509: X509Certificate, cert: string, key: string, certFile: string, keyFile: string) {
  return {
    cert,
    key,
    certFile,
    keyFile,
    fingerprint256: x509.fingerprint256,
    validTo: new Date(x509.validTo),
    subjectAltName: x509.subjectAltName ?? '',
  }
}

/** Reads a certificate and key given by the user, failing with the variable and path that are wrong. */
async function loadProvided(certFile: string, keyFile: string, now: Date): Promise<TlsMaterial> {
  const read = (variable: string, path: string) =>
    readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new Error(`${variable}: cannot read ${path} (${error.code ?? error.message})`)
    })
  const cert = await read('RESUS_TLS_CERT', certFile)
  const key = await read('RESUS_TLS_KEY', keyFile)
  let x509: X509Certificate
  try {
    x509 = new X509Certificate(cert)
  } catch {
    throw new Error(`RESUS_TLS_CERT: ${certFile} is not a PEM certificate (-----BEGIN CERTIFICATE-----)`)
  }
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey(key)
  } catch {
    throw new Error(`RESUS_TLS_KEY: ${keyFile} is not an unencrypted PEM private key (-----BEGIN PRIVATE KEY-----)`)
  }
  if (!x509.checkPrivateKey(privateKey)) {
    throw new Error(`RESUS_TLS_KEY: ${keyFile} is not the private key of the certificate in ${certFile}`)
  }
  if (new Date(x509.validTo).getTime() <= now.getTime()) {
    throw new Error(`RESUS_TLS_CERT: the certificate in ${certFile} expired on ${new Date(x509.validTo).toISOString()}`)
  }
  return { ...describe(x509, cert, key, certFile, keyFile), origin: 'provided' }
}

/** The certificate generated at an earlier start, or why it cannot serve now. */
async function loadGenerated(
  certFile: string,
  keyFile: string,
  host: string,
  identity: HostIdentity,
): Promise<TlsMaterial | { reason: string }> {
  let cert: string, key: string
  try {
    ;[cert, key] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')])
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { reason: code === 'ENOENT' ? 'none yet' : `the saved one could not be read (${code})` }
  }
  let x509: X509Certificate
  try {
    x509 = new X509Certificate(cert)
    if (!x509.checkPrivateKey(createPrivateKey(key))) return { reason: 'the saved key does not match it' }
  } catch {
    return { reason: 'the saved one is damaged' }
  }
  if (new Date(x509.validTo).getTime() - identity.now.getTime() < RENEW_BEFORE_MS) {
    return { reason: `the saved one expires on ${new Date(x509.validTo).toISOString()}` }
  }
  const { dns, ips } = requiredNames(host, identity)
  const missing = [...dns.filter((n) => !x509.checkHost(n)), ...ips.filter((ip) => !x509.checkIP(ip))]
  if (missing.length) return { reason: `the saved one does not cover ${missing.join(', ')}` }
  return { ...describe(x509, cert, key, certFile, keyFile), origin: 'reused' }
}

/** Writes through a temporary file, so that a crash never leaves half a key; the mode is set whatever the umask. */
async function writeAtomically(path: string, data: string, mode: number) {
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, data, { mode })
  await chmod(temporary, mode)
  await rename(temporary, path)
}

async function generateInto(dir: string, host: string, identity: HostIdentity, reason: string): Promise<TlsMaterial> {
  const { dns, ips, extraIps } = requiredNames(host, identity)
  const notBeforeDate = new Date(identity.now.getTime() - BACKDATE_MS)
  const notAfterDate = new Date(identity.now.getTime() + VALIDITY_DAYS * DAY_MS)
  const pems = await generate([{ name: 'commonName', value: `Resus on ${dns[1] ?? 'localhost'}` }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...dns.map((value) => ({ type: 2 as const, value })),
          ...[...new Set([...ips, ...extraIps])].map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  })
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const certFile = join(dir, TLS_CERT_FILE)
  const keyFile = join(dir, TLS_KEY_FILE)
  // Key first: if the cert write fails, the next start finds a mismatched pair and generates again.
  await writeAtomically(keyFile, pems.private, 0o600)
  await writeAtomically(certFile, pems.cert, 0o644)
  return {
    ...describe(new X509Certificate(pems.cert), pems.cert, pems.private, certFile, keyFile),
    origin: 'generated',
    reason,
  }
}

/**
 * The certificate and key to serve HTTPS with. A provided pair is checked (readable, a certificate, its key,
 * not expired); a generated one is reused while it is valid for another week and covers localhost, the host
 * name and the addresses the server can be reached at (`host` is the bind address), and made again otherwise.
 */
export async function resolveTls(
  source: TlsSource,
  host: string,
  identity: HostIdentity = currentHost(),
): Promise<TlsMaterial> {
  if (source.kind === 'provided') return loadProvided(source.certFile, source.keyFile, identity.now)
  const saved = await loadGenerated(join(source.dir, TLS_CERT_FILE), join(source.dir, TLS_KEY_FILE), host, identity)
  if ('cert' in saved) return saved
  return generateInto(source.dir, host, identity, saved.reason)
}
