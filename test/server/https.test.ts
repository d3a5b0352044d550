import { spawn } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:https'
import { hostname, tmpdir } from 'node:os'
import type { NetworkInterfaceInfo } from 'node:os'
import { isIP } from 'node:net'
import { join } from 'node:path'
import type { TLSSocket } from 'node:tls'
import { generate } from 'selfsigned'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from '../../src/server/config.ts'
import { createResusServer } from '../../src/server/create-server.ts'
import { lanAddresses, networkUrls, resolveTls, TLS_CERT_FILE, TLS_KEY_FILE } from '../../src/server/tls.ts'
import type { HostIdentity } from '../../src/server/tls.ts'
import { ROOT_DIR } from '../app-paths.ts'

let tmp: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'resus-https-'))
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  /** SHA-256 fingerprint of the certificate the server presented. */
  peer: string
}

/** An HTTPS request that trusts only `ca` (the server's own self-signed certificate, or a given one). */
function httpsRequest(
  url: string,
  options: { ca?: string; servername?: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        agent: false,
        ...(options.ca !== undefined && { ca: options.ca }),
        ...(options.servername !== undefined && { servername: options.servername }),
      },
      (res) => {
        const peer = (res.socket as TLSSocket).getPeerCertificate().fingerprint256
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, peer }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** The environment of a child `npm run serve`: the test's own, without any HTTPS or bind settings it may carry. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const unset = new Set(['HOST', 'RESUS_HTTPS', 'RESUS_TLS_CERT', 'RESUS_TLS_KEY', 'LRS_USERNAME', 'LRS_PASSWORD'])
  const inherited = Object.entries(process.env).filter(([name]) => !unset.has(name))
  return { ...Object.fromEntries(inherited), PORT: '0', ...extra }
}

interface Running {
  port: number
  fingerprint: string
  output: () => string
  /** SIGTERM, resolving with the exit code. */
  stop: () => Promise<number | null>
}

/** Starts src/server/main.ts as `npm run serve` does, like server.test.ts's main.ts test, and waits until it serves HTTPS. */
async function startMain(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT_DIR,
    env: childEnv(env),
  })
  let output = ''
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const ready = await new Promise<{ port: number; fingerprint: string }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const port = /Resus listening on https:\/\/[^:]+:(\d+) /.exec(output)?.[1]
      const fingerprint = /Certificate SHA-256 fingerprint: ([0-9A-F:]+)\n/.exec(output)?.[1]
      if (port && fingerprint) resolve({ port: Number(port), fingerprint })
    })
    void exited.then(() => reject(new Error(`main.ts exited early:\n${output}`)))
  })
  return {
    ...ready,
    output: () => output,
    stop: () => {
      child.kill('SIGTERM')
      return exited
    },
  }
}

/** Runs main.ts expecting it to refuse to start; resolves with its exit code and output. */
async function failingMain(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT_DIR,
    env: childEnv(env),
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { code, output }
}

/** A certificate and key as mkcert or a hospital PKI would give them, written to `dir`. */
async function givenPair(dir: string) {
  const pems = await generate([{ name: 'commonName', value: 'resus.hospital.example' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  })
  await mkdir(dir, { recursive: true })
  const certFile = join(dir, 'given-cert.pem')
  const keyFile = join(dir, 'given-key.pem')
  await writeFile(certFile, pems.cert)
  await writeFile(keyFile, pems.private)
  return { certFile, keyFile, cert: pems.cert, fingerprint: new X509Certificate(pems.cert).fingerprint256 }
}

describe('RESUS_HTTPS=1 npm start', () => {
  let dataDir: string
  let firstFingerprint: string

  beforeAll(() => {
    dataDir = join(tmp, 'data')
  })

  it('generates a certificate once, serves the app and the LRS over HTTPS with it, on every interface', async () => {
    const server = await startMain({ RESUS_HTTPS: '1', RESUS_DATA_DIR: dataDir })
    try {
      const certFile = join(dataDir, 'tls', TLS_CERT_FILE)
      const cert = readFileSync(certFile, 'utf8')
      const x509 = new X509Certificate(cert)
      firstFingerprint = x509.fingerprint256
      expect(server.fingerprint).toBe(firstFingerprint)
      expect(server.output()).toContain(`self-signed, new (none yet), saved in ${certFile}`)

      // Valid for localhost, loopback, the host name and every network address.
      const names = x509.subjectAltName?.split(', ') ?? []
      expect(names).toEqual(expect.arrayContaining(['DNS:localhost', 'IP Address:127.0.0.1']))
      if (/^[a-z0-9.-]+$/i.test(hostname())) expect(names).toContain(`DNS:${hostname().toLowerCase()}`)
      for (const address of lanAddresses()) expect(x509.checkIP(address)).toBe(address)
      const days = (new Date(x509.validTo).getTime() - Date.now()) / 86_400_000
      expect(days).toBeGreaterThan(360)
      expect(days).toBeLessThan(370)
      if (process.platform !== 'win32') {
        expect(statSync(join(dataDir, 'tls', TLS_KEY_FILE)).mode & 0o777).toBe(0o600)
      }

      // The certificate verifies for 127.0.0.1 (IP SAN) and for localhost (DNS SAN).
      const page = await httpsRequest(`https://127.0.0.1:${server.port}/`, { ca: cert })
      expect(page.status).toBe(200)
      expect(page.body).toContain('<div id="root">')
      expect(page.peer).toBe(firstFingerprint)
      const about = await httpsRequest(`https://127.0.0.1:${server.port}/xapi/about`, {
        ca: cert,
        servername: 'localhost',
      })
      expect(about.status).toBe(200)
      expect((JSON.parse(about.body) as { version: string[] }).version).toContain('1.0.3')
      // Verification is really on: without the certificate as a trust anchor the connection is refused.
      await expect(httpsRequest(`https://127.0.0.1:${server.port}/`, {})).rejects.toThrow(/self[- ]signed/i)

      // HOST unset: it listens on all IPv4 interfaces and prints the address a headset should open.
      for (const address of lanAddresses().filter((a) => isIP(a) === 4)) {
        const url = `https://${address}:${server.port}`
        await expect.poll(() => server.output()).toContain(`From a headset on this network, open ${url}`)
        expect((await httpsRequest(`${url}/healthz`, { ca: cert })).status).toBe(200)
      }
    } finally {
      expect(await server.stop()).toBe(0)
    }
  })

  it('reuses the saved certificate at the next start', async () => {
    const server = await startMain({ RESUS_HTTPS: 'true', RESUS_DATA_DIR: dataDir })
    try {
      expect(server.fingerprint).toBe(firstFingerprint)
      expect(server.output()).toContain(`self-signed, saved in ${join(dataDir, 'tls', TLS_CERT_FILE)}`)
      const cert = readFileSync(join(dataDir, 'tls', TLS_CERT_FILE), 'utf8')
      const page = await httpsRequest(`https://127.0.0.1:${server.port}/`, { ca: cert })
      expect(page.peer).toBe(firstFingerprint)
    } finally {
      expect(await server.stop()).toBe(0)
    }
  })

  it('serves the certificate and key given in RESUS_TLS_CERT and RESUS_TLS_KEY instead', async () => {
    const given = await givenPair(join(tmp, 'given'))
    const otherData = join(tmp, 'data-given')
    const server = await startMain({
      RESUS_HTTPS: '1',
      RESUS_DATA_DIR: otherData,
      RESUS_TLS_CERT: given.certFile,
      RESUS_TLS_KEY: given.keyFile,
    })
    try {
      expect(server.fingerprint).toBe(given.fingerprint)
      expect(server.output()).toContain(`HTTPS certificate: from RESUS_TLS_CERT ${given.certFile}`)
      const about = await httpsRequest(`https://127.0.0.1:${server.port}/xapi/about`, { ca: given.cert })
      expect(about.status).toBe(200)
      expect(about.peer).toBe(given.fingerprint)
      expect(existsSync(join(otherData, 'tls'))).toBe(false)
    } finally {
      expect(await server.stop()).toBe(0)
    }
  })

  it('refuses to start, naming the variable, when only one of RESUS_TLS_CERT and RESUS_TLS_KEY is given', async () => {
    const certFile = join(tmp, 'given', 'given-cert.pem')
    const { code, output } = await failingMain({
      RESUS_HTTPS: '1',
      RESUS_DATA_DIR: join(tmp, 'data-half'),
      RESUS_TLS_CERT: certFile,
    })
    expect(code).toBe(1)
    expect(output).toContain(
      `Resus could not start: RESUS_TLS_CERT is set (${certFile}) but RESUS_TLS_KEY is not: set both, or neither.`,
    )
  })

  it('refuses to start, naming the variable and the path, when a given file cannot be read', async () => {
    const given = await givenPair(join(tmp, 'given-missing'))
    const keyFile = join(tmp, 'nowhere', 'key.pem')
    const { code, output } = await failingMain({
      RESUS_DATA_DIR: join(tmp, 'data-missing'),
      RESUS_TLS_CERT: given.certFile,
      RESUS_TLS_KEY: keyFile,
    })
    expect(code).toBe(1)
    expect(output).toContain(`Resus could not start: RESUS_TLS_KEY: cannot read ${keyFile} (ENOENT)`)
  })
})

describe('resolveTls', () => {
  const lan = (...addresses: string[]): NodeJS.Dict<NetworkInterfaceInfo[]> => ({
    lo: [
      {
        address: '127.0.0.1',
        netmask: '255.0.0.0',
        family: 'IPv4',
        mac: '00:00:00:00:00:00',
        internal: true,
        cidr: null,
      },
    ],
    eth0: addresses.map((address) => ({
      address,
      netmask: isIP(address) === 4 ? '255.255.255.0' : 'ffff:ffff:ffff:ffff::',
      family: isIP(address) === 4 ? ('IPv4' as const) : ('IPv6' as const),
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: null,
      ...(isIP(address) === 6 && { scopeid: 0 }),
    })) as NetworkInterfaceInfo[],
  })
  const at = (interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>, now = new Date()): HostIdentity => ({
    hostname: 'ward-laptop',
    interfaces,
    now,
  })

  it('renews the certificate when it no longer covers the network addresses, or expires, and not otherwise', async () => {
    const source = { kind: 'generated' as const, dir: join(tmp, 'resolve', 'tls') }
    const first = await resolveTls(source, '0.0.0.0', at(lan('10.1.2.3', 'fe80::1')))
    expect(first).toMatchObject({ origin: 'generated', reason: 'none yet' })
    expect(first.subjectAltName.split(', ')).toEqual(
      expect.arrayContaining([
        'DNS:localhost',
        'DNS:ward-laptop',
        'DNS:ward-laptop.local',
        'IP Address:127.0.0.1',
        'IP Address:10.1.2.3',
      ]),
    )
    const x509 = new X509Certificate(first.cert)
    expect(x509.checkIP('::1')).toBe('::1')
    expect(x509.checkIP('fe80::1')).toBe('fe80::1')

    // Same network: the same certificate. A new temporary IPv6 address does not matter to an IPv4-only bind.
    expect(await resolveTls(source, '0.0.0.0', at(lan('10.1.2.3')))).toMatchObject({
      origin: 'reused',
      fingerprint256: first.fingerprint256,
    })
    expect(await resolveTls(source, '0.0.0.0', at(lan('10.1.2.3', '2001:db8::77')))).toMatchObject({
      origin: 'reused',
    })

    // Listening on IPv6 too, that new address must be covered.
    const v6 = await resolveTls(source, '::', at(lan('10.1.2.3', '2001:db8::77')))
    expect(v6).toMatchObject({ origin: 'generated', reason: 'the saved one does not cover 2001:db8::77' })
    expect(new X509Certificate(v6.cert).checkIP('2001:db8::77')).toBe('2001:db8::77')

    // Another network (a different Wi-Fi, a new DHCP lease): a new certificate for the new address.
    const moved = await resolveTls(source, '0.0.0.0', at(lan('192.168.7.20')))
    expect(moved).toMatchObject({ origin: 'generated', reason: 'the saved one does not cover 192.168.7.20' })
    expect(moved.fingerprint256).not.toBe(v6.fingerprint256)
    expect(await resolveTls(source, '0.0.0.0', at(lan('192.168.7.20')))).toMatchObject({
      origin: 'reused',
      fingerprint256: moved.fingerprint256,
    })

    // Near the end of its year it is renewed.
    const later = new Date(moved.validTo.getTime() - 86_400_000)
    const renewed = await resolveTls(source, '0.0.0.0', at(lan('192.168.7.20'), later))
    expect(renewed.origin).toBe('generated')
    expect(renewed.reason).toMatch(/^the saved one expires on /)
    expect(renewed.validTo.getTime()).toBeGreaterThan(later.getTime() + 360 * 86_400_000)
  })

  it('makes a new certificate when the saved pair is damaged', async () => {
    const source = { kind: 'generated' as const, dir: join(tmp, 'damaged', 'tls') }
    await resolveTls(source, '0.0.0.0', at(lan('10.1.2.3')))
    await writeFile(join(source.dir, TLS_KEY_FILE), 'not a key')
    expect(await resolveTls(source, '0.0.0.0', at(lan('10.1.2.3')))).toMatchObject({
      origin: 'generated',
      reason: 'the saved one is damaged',
    })
  })

  it('checks a given pair and names the variable and path of what is wrong', async () => {
    const given = await givenPair(join(tmp, 'given-check'))
    const other = await givenPair(join(tmp, 'given-other'))
    const provided = (certFile: string, keyFile: string) =>
      resolveTls({ kind: 'provided', certFile, keyFile }, '0.0.0.0', at(lan('10.1.2.3')))
    expect(await provided(given.certFile, given.keyFile)).toMatchObject({
      origin: 'provided',
      fingerprint256: given.fingerprint,
    })
    const missing = join(tmp, 'absent.pem')
    await expect(provided(missing, given.keyFile)).rejects.toThrow(`RESUS_TLS_CERT: cannot read ${missing} (ENOENT)`)
    await expect(provided(given.keyFile, given.keyFile)).rejects.toThrow(
      `RESUS_TLS_CERT: ${given.keyFile} is not a PEM certificate`,
    )
    await expect(provided(given.certFile, given.certFile)).rejects.toThrow(
      `RESUS_TLS_KEY: ${given.certFile} is not an unencrypted PEM private key`,
    )
    await expect(provided(given.certFile, other.keyFile)).rejects.toThrow(
      `RESUS_TLS_KEY: ${other.keyFile} is not the private key of the certificate in ${given.certFile}`,
    )
  })

  it('lists the https:// addresses a headset can open for the bind address', () => {
    const interfaces = lan('10.1.2.3', 'fe80::1', '2001:db8::5')
    expect(networkUrls('0.0.0.0', 8443, interfaces)).toEqual(['https://10.1.2.3:8443'])
    expect(networkUrls('::', 8443, interfaces)).toEqual(['https://10.1.2.3:8443', 'https://[2001:db8::5]:8443'])
    expect(networkUrls('10.1.2.3', 8443, interfaces)).toEqual(['https://10.1.2.3:8443'])
    expect(networkUrls('127.0.0.1', 8443, interfaces)).toEqual([])
  })
})

describe('readConfig: HTTPS', () => {
  it('is off by default; RESUS_HTTPS turns it on with a certificate in <data dir>/tls and binds every interface', () => {
    expect(readConfig({}, '/srv/resus')).toMatchObject({ host: '127.0.0.1' })
    expect(readConfig({}, '/srv/resus').https).toBeUndefined()
    expect(readConfig({ RESUS_HTTPS: '0' }, '/srv/resus').https).toBeUndefined()
    for (const on of ['1', 'true', 'TRUE']) {
      expect(readConfig({ RESUS_HTTPS: on, RESUS_DATA_DIR: 'lrs' }, '/srv')).toMatchObject({
        host: '0.0.0.0',
        https: { kind: 'generated', dir: '/srv/lrs/tls' },
      })
    }
    expect(readConfig({ RESUS_HTTPS: '1', HOST: '192.168.1.20' }).host).toBe('192.168.1.20')
    expect(() => readConfig({ RESUS_HTTPS: 'please' })).toThrow(/RESUS_HTTPS must be 1 or true .* \(got "please"\)/)
  })

  it('uses a given certificate and key, relative to the working directory, and refuses half a pair', () => {
    expect(
      readConfig({ RESUS_TLS_CERT: 'certs/resus.pem', RESUS_TLS_KEY: '/etc/resus/key.pem' }, '/srv'),
    ).toMatchObject({
      host: '0.0.0.0',
      https: { kind: 'provided', certFile: '/srv/certs/resus.pem', keyFile: '/etc/resus/key.pem' },
    })
    expect(() => readConfig({ RESUS_TLS_KEY: '/etc/resus/key.pem' })).toThrow(
      'RESUS_TLS_KEY is set (/etc/resus/key.pem) but RESUS_TLS_CERT is not: set both, or neither.',
    )
    expect(() => readConfig({ RESUS_HTTPS: 'false', RESUS_TLS_CERT: 'c.pem', RESUS_TLS_KEY: 'k.pem' })).toThrow(
      /RESUS_HTTPS is off but RESUS_TLS_CERT and RESUS_TLS_KEY are set/,
    )
  })
})

describe('over HTTPS', () => {
  const account = { username: 'resus', password: 'correct horse battery staple' }

  it('marks the educator session cookie Secure, and only then', async () => {
    const tls = await resolveTls({ kind: 'generated', dir: join(tmp, 'cookie', 'tls') }, '127.0.0.1')
    const secure = await createResusServer({
      port: 0,
      dataDir: join(tmp, 'cookie'),
      lrs: account,
      tls: { cert: tls.cert, key: tls.key },
    })
    const plain = await createResusServer({ port: 0, dataDir: join(tmp, 'cookie-plain'), lrs: account })
    try {
      expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
      const signIn = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(account) }
      const overHttps = await httpsRequest(`${secure.url}/api/debrief/sign-in`, { ca: tls.cert, ...signIn })
      expect(overHttps.status).toBe(200)
      expect(String(overHttps.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict; .*; Secure$/)
      const overHttp = await fetch(`${plain.url}/api/debrief/sign-in`, signIn)
      expect(overHttp.status).toBe(200)
      expect(overHttp.headers.get('set-cookie')).not.toMatch(/Secure/)
    } finally {
      await Promise.all([secure.close(), plain.close()])
    }
  })

  describe('a run started over HTTPS', () => {
    let launch: URL

    it('gets a launch link from the local LMS', async () => {
      const tls = await resolveTls({ kind: 'generated', dir: join(tmp, 'launch', 'tls') }, '127.0.0.1')
      const server = await createResusServer({
        port: 0,
        dataDir: join(tmp, 'launch'),
        lrs: account,
        tls: { cert: tls.cert, key: tls.key },
      })
      try {
        const answer = await httpsRequest(`${server.url}/lms/sessions`, {
          ca: tls.cert,
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ scenarioId: 'anaphylaxis-adult', learner: 'rn-1' }),
        })
        expect(answer.status).toBe(200)
        launch = new URL((JSON.parse(answer.body) as { launchUrl: string }).launchUrl)
      } finally {
        await server.close()
      }
    })

    // Known gap outside this change: src/server/lms/lms-handler.ts builds its origin as `http://${Host}`, so a
    // run started over HTTPS gets http:// endpoint and fetch URLs, which an https:// page may not call (mixed
    // content). Remove `.fails` once the LMS uses the request's scheme.
    it('whose endpoint and fetch URLs are https:// too', () => {
      expect(launch.protocol).toBe('https:')
      expect(launch.searchParams.get('endpoint')).toMatch(/^https:\/\//)
      expect(launch.searchParams.get('fetch')).toMatch(/^https:\/\//)
    })
  })
})
