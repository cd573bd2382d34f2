import type { ReactNode } from 'react';
import { Box, Heading } from 'wix-style-react';

/**
 * The frame every settings tab shares: its landmark, its heading and the page's margins
 * (the shell scrolls it under the tabs). A tab's content goes inside as cards; `wide` for
 * a tab with two columns (the Widget tab's form beside its preview).
 */
export function SettingsPage({ title, dataHook, wide = false, children }: { title: string; dataHook: string; wide?: boolean; children: ReactNode }) {
  return (
    <main className={wide ? 'kotha-settings kotha-settings--wide' : 'kotha-settings'} data-hook={dataHook}>
      <Box direction="vertical" gap="SP4">
        <Heading size="medium" as="h1">
          {title}
        </Heading>
        {children}
      </Box>
    </main>
  );
}

/** A card's title on a settings tab: the level under the tab's heading (wix-style-react's own is an h3). */
export function CardTitle({ children }: { children: ReactNode }) {
  return (
    <Heading size="medium" as="h2">
      {children}
    </Heading>
  );
}
