import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from '../../src/server/config.ts'
import { createResusServer } from '../../src/server/create-server.ts'
import type { ResusServer } from '../../src/server/create-server.ts'
import { basicAuthHeader, CREDENTIALS_FILE } from '../../src/server/lrs/index.ts'
import { ROOT_DIR, validScenesOnDisk } from '../app-paths.ts'

let tmp: string
let server: ResusServer
let dataDir: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'resus-server-'))
  dataDir = join(tmp, 'nested', 'data')
  server = await createResusServer({ port: 0, dataDir })
})

afterAll(async () => {
  await server?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('createResusServer', () => {
  it('serves the built app at /', async () => {
    const res = await fetch(`${server.url}/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const html = await res.text()
    expect(html).toContain('<div id="root">')
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js">/)
  })

  it('answers /healthz with the version and the ids of the valid scene files', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const pkg = JSON.parse(readFileSync(join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string }
    const ids = validScenesOnDisk()
      .map((s) => s.id)
      .sort()
    expect(await res.json()).toEqual({ ok: true, version: pkg.version, scenarios: ids })
  })

  it('answers client routes with index.html, but a missing asset with 404', async () => {
    const index = await (await fetch(`${server.url}/`)).text()
    const route = await fetch(`${server.url}/scenario/anaphylaxis-adult`)
    expect(route.status).toBe(200)
    expect(await route.text()).toBe(index)
    expect((await fetch(`${server.url}/assets/does-not-exist.js`)).status).toBe(404)
  })

  it('lets browsers cache hashed assets for good', async () => {
    const html = await (await fetch(`${server.url}/`)).text()
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
    expect(asset).toBeDefined()
    const res = await fetch(`${server.url}${asset}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('serves the embedded LRS at /xapi/ on the same origin', async () => {
    const about = await fetch(`${server.url}/xapi/about`)
    expect(about.status).toBe(200)
    expect(((await about.json()) as { version: string[] }).version).toContain('1.0.3')
    const anonymous = await fetch(`${server.url}/xapi/statements`, { headers: { 'X-Experience-API-Version': '1.0.3' } })
    expect(anonymous.status).toBe(401)
  })

  it('serves the Resus xAPI Profile as JSON-LD', async () => {
    const res = await fetch(`${server.url}/profiles/resus.jsonld`)
    expect(res.status).toBe(200)
    const profile = (await res.json()) as { id: string; type: string }
    expect(profile).toMatchObject({ id: 'https://w3id.org/xapi/resus', type: 'Profile' })
  })

  it('compiles no LRS credential into the bundle', async () => {
    const assets = readdirSync(join(ROOT_DIR, 'dist', 'assets')).filter((f) => f.endsWith('.js'))
    expect(assets.length).toBeGreaterThan(0)
    const bundle = assets.map((f) => readFileSync(join(ROOT_DIR, 'dist', 'assets', f), 'utf8')).join('\n')
    // No Basic credential literal, no credentials variable or file, and not this server's password.
    expect(bundle).not.toMatch(/Basic [A-Za-z0-9+/]{12,}={0,2}/)
    expect(bundle).not.toMatch(/LRS_(USERNAME|PASSWORD)|lrs-credentials/)
    const { password } = JSON.parse(readFileSync(join(dataDir, CREDENTIALS_FILE), 'utf8')) as { password: string }
    expect(bundle).not.toContain(password)
  })

  it('creates the data directory, parents included', () => {
    expect(existsSync(dataDir)).toBe(true)
  })

  it('refuses methods other than GET and HEAD', async () => {
    const res = await fetch(`${server.url}/`, { method: 'POST', body: 'x' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
  })

  it('runs two instances side by side on free ports', async () => {
    const other = await createResusServer({ port: 0, dataDir: join(tmp, 'other') })
    try {
      expect(other.port).not.toBe(server.port)
      const [a, b] = await Promise.all([fetch(`${server.url}/healthz`), fetch(`${other.url}/healthz`)])
      expect([a.status, b.status]).toEqual([200, 200])
    } finally {
      await other.close()
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })

  it('fails at start, saying what to do, when the app was not built', async () => {
    await expect(
      createResusServer({ port: 0, dataDir: join(tmp, 'unbuilt-data'), distDir: join(tmp, 'no-dist') }),
    ).rejects.toThrow(/run "npm run build" first/)
  })
})

describe('readConfig', () => {
  it('defaults to port 8080 on loopback with ./data, and reads PORT, HOST and RESUS_DATA_DIR', () => {
    expect(readConfig({}, '/srv/resus')).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: '/srv/resus/data' })
    expect(readConfig({ PORT: '9000', HOST: '0.0.0.0', RESUS_DATA_DIR: 'lrs' }, '/srv')).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/srv/lrs',
    })
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/)
  })

  it('reads an upstream LRS to forward to, and refuses one without credentials', () => {
    expect(readConfig({}).upstream).toBeUndefined()
    expect(
      readConfig({
        UPSTREAM_LRS_ENDPOINT: 'https://lrs.example.org/xapi/',
        UPSTREAM_LRS_USERNAME: 'key',
        UPSTREAM_LRS_PASSWORD: 'secret',
      }).upstream,
    ).toEqual({ endpoint: 'https://lrs.example.org/xapi/', username: 'key', password: 'secret' })
    expect(() => readConfig({ UPSTREAM_LRS_ENDPOINT: 'https://lrs.example.org/xapi/' })).toThrow(
      /needs UPSTREAM_LRS_USERNAME and UPSTREAM_LRS_PASSWORD/,
    )
  })

  it('reads the LRS CORS origins: none by default, a list, or any', () => {
    expect(readConfig({}).corsOrigins).toEqual([])
    expect(readConfig({ LRS_CORS_ORIGINS: 'https://lms.example.org, http://localhost:3000' }).corsOrigins).toEqual([
      'https://lms.example.org',
      'http://localhost:3000',
    ])
    expect(readConfig({ LRS_CORS_ORIGINS: '*' }).corsOrigins).toBe('*')
    expect(() => readConfig({ LRS_CORS_ORIGINS: 'lms.example.org/path' })).toThrow(/not an origin/)
  })
})

describe('main.ts', () => {
  it('logs where it listens and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT_DIR,
      env: { ...process.env, PORT: '0', RESUS_DATA_DIR: join(tmp, 'main-data') },
    })
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const port = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /Resus listening on http:\/\/localhost:(\d+) \(data: (.+)\)/.exec(output)
        if (match?.[1]) resolve(match[1])
      })
      child.once('exit', () => reject(new Error(`main.ts exited early:\n${output}`)))
    })
    expect(output).toContain(`(data: ${join(tmp, 'main-data')})`)
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200)
    // Without LRS_USERNAME/LRS_PASSWORD it generates an account once, saves it and says where.
    const file = join(tmp, 'main-data', CREDENTIALS_FILE)
    await expect.poll(() => output).toContain(`new password generated and saved in ${file}`)
    const { username, password } = JSON.parse(readFileSync(file, 'utf8')) as { username: string; password: string }
    const statements = await fetch(`http://127.0.0.1:${port}/xapi/statements`, {
      headers: { 'X-Experience-API-Version': '1.0.3', Authorization: basicAuthHeader(username, password) },
    })
    expect(statements.status).toBe(200)
    const exitCode = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exitCode).toBe(0)
  })
})
