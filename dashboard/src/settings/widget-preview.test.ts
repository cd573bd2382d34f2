import { themeFor } from '@kotha/common/theme.ts';
import { describe, expect, it } from 'vitest';
import type { WidgetSettings } from '@kotha/common/contract/schemas.ts';
import { AVAILABILITY_PATH, WIDGET_PATHS } from '@kotha/common/contract/widget-routes.ts';
import { loaderUrl, previewAnswer, previewEmbed, PREVIEW_API, PREVIEW_SITE } from './widget-preview.ts';

const settings: WidgetSettings = {
  teamName: 'Nakshi Crafts',
  greeting: 'Hi!',
  accentColor: '#ffd400',
  launcherSide: 'left',
  launcherOffset: 64,
  sound: true,
  requireEmail: false,
  launcherText: ' Chat with us ',
  locale: '',
  localized: [{ locale: 'bn', teamName: 'নকশি ক্রাফটস', greeting: 'নমস্কার!' }],
};

describe('previewEmbed', () => {
  it('gives the loader the attributes a shop’s embed would carry for these settings, with a readable text colour', () => {
    expect(previewEmbed(settings, 'bn-BD')).toEqual({
      site: PREVIEW_SITE,
      api: PREVIEW_API,
      locale: 'bn-BD',
      side: 'left',
      offset: '64',
      accent: '#ffd400',
      onAccent: '#111114',
      label: 'Chat with us',
    });
  });

  it('lets the language and the corner follow the page when the merchant chose automatic, and keeps a chosen language', () => {
    expect(previewEmbed({ ...settings, launcherSide: 'auto' }, 'en')).toMatchObject({ side: '', locale: 'en' });
    expect(previewEmbed({ ...settings, locale: 'te' }, 'en').locale).toBe('te');
  });
});

describe('previewAnswer', () => {
  it('answers the session with the unsaved settings and their colours, for a new shopper with no chats', () => {
    expect(previewAnswer(WIDGET_PATHS.session, settings)).toEqual({
      status: 200,
      body: { visitorToken: 'preview', visitorId: 'preview', settings, theme: themeFor(settings.accentColor), conversations: [], branding: false, visitor: { name: null, hasEmail: false } },
    });
  });

  it('says the team is in, and refuses everything else', () => {
    expect(previewAnswer(AVAILABILITY_PATH, settings)).toMatchObject({ status: 200, body: { open: true, changesAt: null } });
    expect(previewAnswer(WIDGET_PATHS.visitorMessages, settings).status).toBe(404);
  });
});

describe('loaderUrl', () => {
  it('finds the loader beside the dashboard, wherever both are served', () => {
    expect(loaderUrl('https://kotha-chat.web.app/dashboard/?instance=x#widget')).toBe('https://kotha-chat.web.app/widget/loader.js');
    expect(loaderUrl('http://localhost:5173/dashboard/')).toBe('http://localhost:5173/widget/loader.js');
  });
});
