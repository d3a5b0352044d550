import { access, mkdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sirv from 'sirv'
import { DEFAULT_HOST, ROOT_DIR } from './config.ts'
import { DEFAULT_ACTIVITY_BASE_IRI } from '../xapi/vocabulary.ts'
import { sendText } from './http-util.ts'
import { createEmbeddedLrs, LRS_BASE_PATH, resolveLrsCredentials } from './lrs/index.ts'
import type { UpstreamLrs } from './lrs/index.ts'
import { createDebriefApi, DEBRIEF_API } from './educators/debrief-api.ts'
import { createEducatorSessions } from './educators/educator-sessions.ts'
import type { EducatorAccount } from './educators/educator-sessions.ts'
import { createLmsHandler, LMS_PATH } from './lms/lms-handler.ts'
import { listValidScenarios } from './scene-ids.ts'

export interface ResusServerOptions {
  /** 0 picks a free port (tests). */
  port: number
  dataDir: string
  /** Built app (default: <repo>/dist). */
  distDir?: string
  host?: string
  /** Scene files listed by /healthz (default: <repo>/scenes). */
  scenesDir?: string
  /** The embedded LRS's Basic-auth account (default: the data directory's credentials file, made if missing). */
  lrs?: { username: string; password: string }
  /** Origins allowed to call /xapi/ from a browser (default: same origin only). */
  corsOrigins?: string[] | '*'
  /** Base IRI of Resus's activity ids (default https://resus.local/xapi/activities). */
  activityBaseIri?: string
  /** Another LRS that receives a copy of every statement. */
  upstream?: UpstreamLrs
  /** Who may open the debrief (default: the LRS account). */
  educators?: EducatorAccount[]
  /** Serve HTTPS with this PEM certificate (chain) and key instead of HTTP (see tls.ts). */
  tls?: { cert: string; key: string }
}

export interface ResusServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:8080 (https:// when serving TLS) */
  url: string
  port: number
  close(): Promise<void>
}

/** Vite puts content-hashed files under /assets/: they never change, so browsers may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
const SHUTDOWN_GRACE_MS = 3000

export async function createResusServer(options: ResusServerOptions): Promise<ResusServer> {
  const distDir = options.distDir ?? join(ROOT_DIR, 'dist')
  const host = options.host ?? DEFAULT_HOST
  const indexHtml = join(distDir, 'index.html')
  await access(indexHtml).catch(() => {
    throw new Error(`No built app at ${indexHtml}: run "npm run build" first (npm start builds it for you).`)
  })
  await mkdir(options.dataDir, { recursive: true })

  const pkg = JSON.parse(await readFile(join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string }
  const scenarios = await listValidScenarios(options.scenesDir ?? join(ROOT_DIR, 'scenes'))
  const health = { ok: true, version: pkg.version, scenarios: scenarios.map((s) => s.id) }

  const serveStatic = sirv(distDir, {
    etag: true,
    // Client routes such as /scenario/<id> get index.html; missing files with an extension stay 404.
    single: true,
    setHeaders: (res, pathname) =>
      res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache'),
  })

  const account = options.lrs ?? resolveLrsCredentials({}, options.dataDir)
  const lrs = createEmbeddedLrs({
    dataDir: options.dataDir,
    username: account.username,
    password: account.password,
    corsOrigins: options.corsOrigins ?? [],
    ...(options.upstream && { upstream: options.upstream }),
  })
  const lms = createLmsHandler({
    lrs,
    sessions: lrs.sessions,
    scenarios,
    activityBaseIri: options.activityBaseIri ?? DEFAULT_ACTIVITY_BASE_IRI,
    authenticateAdmin: lrs.authenticateAccount,
    corsOrigins: options.corsOrigins ?? [],
  })

  const debriefApi = createDebriefApi(lrs, createEducatorSessions(options.educators ?? [account]))

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    const url = new URL(req.url ?? '/', 'http://x')
    const pathname = url.pathname
    if (pathname.startsWith(LRS_BASE_PATH)) {
      void lrs.handle(req, res, url)
      return
    }
    if (pathname.startsWith(`${DEBRIEF_API}/`)) {
      debriefApi(req, res, url).catch((error: unknown) => {
        console.error(error)
        if (!res.headersSent) sendText(res, 500, 'The debrief failed to handle this request; see the server log.')
      })
      return
    }
    if (pathname === LMS_PATH || pathname.startsWith(`${LMS_PATH}/`)) {
      lms(req, res, url).catch((error: unknown) => {
        console.error(error)
        if (!res.headersSent) sendText(res, 500, 'The local LMS failed to handle this request; see the server log.')
      })
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
      return
    }
    if (pathname === '/healthz') {
      const forwarding = lrs.forwarder?.status()
      res
        .writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
        .end(JSON.stringify({ ...health, ...(forwarding && { forwarding }) }))
      return
    }
    serveStatic(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
    })
  }

  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handle)
    : createServer(handle)
  server.on('close', () => lrs.close())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => {
      server.off('error', reject)
      resolve()
    })
  }).catch((error: NodeJS.ErrnoException) => {
    lrs.close()
    const where = `${host}:${options.port}`
    if (error.code === 'EADDRINUSE') throw new Error(`Port ${where} is already in use: set PORT to another port.`)
    throw error
  })

  const { port } = server.address() as AddressInfo
  return {
    url: `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive sockets would hold close() open; in-flight responses get a short grace period.
        server.closeIdleConnections()
        setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref()
      }),
  }
}
