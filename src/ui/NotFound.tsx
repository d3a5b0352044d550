import { Link } from './Link.tsx'

/** Shown for an unknown address or a scenario id that no valid scene file has. */
export function NotFound({ title, message }: { title: string; message: string }) {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{message}</p>
      <p>
        <Link className="button" href="/">
          See all scenarios
        </Link>
      </p>
    </>
  )
}
