import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { navigate, routeHref } from './use-location.ts'
import type { NavigationState } from './use-location.ts'

interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string
  /** Stored with the new history entry (e.g. which element to focus there). */
  state?: NavigationState
}

/** A real link (open in new tab, copy address still work) that navigates in-app on a plain click or Enter. */
export function Link({ href, state, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
    if (event.defaultPrevented || event.button !== 0 || modified) return
    event.preventDefault()
    navigate(href, state)
  }
  return <a href={routeHref(href)} onClick={handleClick} {...rest} />
}
