/**
 * The Widget tab's preview card: the real widget drawn from the unsaved settings
 * (widget-preview.ts), with the launcher alone or the chat open.
 */
import { useEffect, useRef, useState } from 'react';
import { Box, Button, Card } from 'wix-style-react';
import type { WidgetSettings } from '@kotha/common/contract/schemas.ts';
import { t } from '../i18n/i18n.ts';
import { showPreview } from './widget-preview.ts';

/** Edits come in bursts (typing a greeting): draw once they pause. */
const SETTLE_MS = 150;

export function WidgetPreview({ settings }: { settings: WidgetSettings }) {
  const [open, setOpen] = useState(true);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (!box.current) return;
      showPreview(box.current, {
        settings,
        open,
        // "Automatic" shows the language the merchant reads the dashboard in.
        fallbackLocale: document.documentElement.lang || 'en',
        dashboardUrl: window.location.href,
        title: t('widget.previewFrame'),
      });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [settings, open]);

  return (
    <Card dataHook="widget-preview-card">
      <Card.Header title={t('widget.preview')} subtitle={t('widget.previewNote')} />
      <Card.Content>
        <div className="kotha-preview-state" role="group" aria-label={t('widget.preview')}>
          {/* Two toggle buttons, not SegmentedToggle: it marks plain buttons aria-selected, which axe refuses. */}
          <Box gap="SP1" dataHook="widget-preview-toggle">
            <Button size="small" priority={open ? 'secondary' : 'primary'} aria-pressed={!open} onClick={() => setOpen(false)} dataHook="widget-preview-closed">
              {t('widget.previewClosed')}
            </Button>
            <Button size="small" priority={open ? 'primary' : 'secondary'} aria-pressed={open} onClick={() => setOpen(true)} dataHook="widget-preview-open">
              {t('widget.previewOpen')}
            </Button>
          </Box>
        </div>
        <div className="kotha-preview" ref={box} data-hook="widget-preview" />
      </Card.Content>
    </Card>
  );
}
