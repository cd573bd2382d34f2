import type { ReactNode } from 'react';
import { usePhone } from '../layout.ts';

/**
 * A link to another site. On a computer it opens in a new tab; on a phone (Wix's Owner
 * app shows the dashboard in a webview, where a new tab has nowhere to go) the address is
 * shown as text to copy, never a link that does nothing or replaces the inbox.
 */
export function ExternalLink({ href, title, children }: { href: string; title?: string; children: ReactNode }) {
  const phone = usePhone();
  if (phone) {
    return (
      <span className="kotha-link-text" title={title ?? href}>
        {children}
      </span>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" title={title}>
      {children}
    </a>
  );
}
