import type { ReactNode } from 'react';
import { CloseButton, Text, TextButton } from 'wix-style-react';
import { t } from '../i18n/i18n.ts';

/**
 * A one-line notice above the page, compact so the inbox keeps the screen. The agent
 * dismisses it with its own words (`dismissText`) or a close button; callers remember the
 * dismissal (dismissals.ts).
 */
export function Banner(props: { label?: string; dataHook: string; children: ReactNode; actions?: ReactNode; dismissText?: string; onDismiss(): void }) {
  return (
    // A named region when it has a name (the agent can jump to it), else a note.
    <section className="kotha-banner" role={props.label ? undefined : 'note'} aria-label={props.label} data-hook={props.dataHook}>
      <span className="kotha-banner-text">
        <Text size="small">{props.children}</Text>
      </span>
      {props.actions}
      {props.dismissText ? (
        <TextButton size="small" skin="dark" dataHook="banner-dismiss" onClick={props.onDismiss}>
          {props.dismissText}
        </TextButton>
      ) : (
        <CloseButton size="medium" skin="dark" dataHook="banner-dismiss" aria-label={t('common.dismiss')} onClick={props.onDismiss} />
      )}
    </section>
  );
}
