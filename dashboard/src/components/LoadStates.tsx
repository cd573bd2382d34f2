/**
 * One look, on every tab, for the three states of anything loaded: loading, nothing there,
 * and failed with a way to try again. A failed load is never shown as an empty list: the
 * merchant would read it as lost data.
 */
import type { ReactNode } from 'react';
import { Box, Button, EmptyState, Loader, Text } from 'wix-style-react';
import { t } from '../i18n/i18n.ts';

/** `pane`: fills a column (the list, a page); `inline`: one line inside a card. */
type Size = 'pane' | 'inline';

export function Loading({ text, size = 'pane' }: { text?: string; size?: Size }) {
  return (
    <div className={`kotha-state kotha-state--${size}`} role="status">
      <Loader size={size === 'pane' ? 'small' : 'tiny'} text={text ?? t('common.loading')} />
    </div>
  );
}

export function Empty({ title, subtitle, size = 'pane', dataHook, children }: { title: string; subtitle?: string; size?: Size; dataHook?: string; children?: ReactNode }) {
  if (size === 'inline') {
    return (
      <div className="kotha-state kotha-state--inline" data-hook={dataHook}>
        <Text secondary>{title}</Text>
        {children}
      </div>
    );
  }
  return (
    <div className="kotha-state kotha-state--pane" data-hook={dataHook}>
      <EmptyState theme="section" title={title} subtitle={subtitle}>
        {children}
      </EmptyState>
    </div>
  );
}

export function LoadFailed({ title, detail, onRetry, size = 'pane', dataHook = 'load-error' }: { title: string; detail?: string; onRetry(): void; size?: Size; dataHook?: string }) {
  const retry = (
    <Button size="small" priority="secondary" dataHook="retry" onClick={onRetry}>
      {t('common.tryAgain')}
    </Button>
  );
  if (size === 'inline') {
    return (
      <div className="kotha-state kotha-state--inline" role="alert" data-hook={dataHook}>
        <Box direction="vertical" gap="SP1">
          <Text weight="bold">{title}</Text>
          {detail ? <Text size="small" secondary>{detail}</Text> : null}
        </Box>
        {retry}
      </div>
    );
  }
  return (
    <div className="kotha-state kotha-state--pane" role="alert" data-hook={dataHook}>
      <EmptyState theme="section" title={title} subtitle={detail}>
        {retry}
      </EmptyState>
    </div>
  );
}
