import { useEffect, useState } from 'react';
import { Input, Text } from 'wix-style-react';
import { SearchSmall } from '@wix/wix-ui-icons-common';
import type { InboxView, Label } from '@kotha/common/contract/team.ts';
import type { ListView } from '../conversation-list.ts';
import { t } from '../i18n/i18n.ts';
import type { TextKey } from '../i18n/en.ts';

const VIEW_TITLES: Record<InboxView, TextKey> = {
  open: 'views.open',
  unassigned: 'views.unassigned',
  mine: 'views.mine',
  waiting: 'views.waiting',
  snoozed: 'views.snoozed',
  closed: 'views.closed',
};
const VIEWS = Object.keys(VIEW_TITLES) as InboxView[];

/** A view's name in the dashboard's language. */
export const viewTitle = (view: InboxView): string => t(VIEW_TITLES[view]);

export interface ViewNavProps {
  view: ListView;
  labels: Label[];
  onView(view: ListView): void;
}

/** Typing pauses this long before a search is sent. */
const SEARCH_DELAY_MS = 300;

/** The inbox's left column: search, the views, and the labels to narrow them. */
export function ViewNav({ view, labels, onView }: ViewNavProps) {
  const [text, setText] = useState(view.q ?? '');
  useEffect(() => {
    const q = text.trim() || null;
    if (q === view.q) return;
    const timer = setTimeout(() => onView({ ...view, q }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const pick = (next: Partial<ListView>) => {
    setText('');
    onView({ ...view, q: null, ...next });
  };
  const searching = view.q !== null;

  return (
    <nav className="kotha-views" aria-label={t('views.nav')}>
      <div role="search">
        {/* WSR's Search drawn as it draws itself (a round Input, the icon, a clear button) without
            its suggestions dropdown, which the inbox never fills: ~50 KB gzip less before the first rows. */}
        <Input
          dataHook="inbox-search"
          size="small"
          border="round"
          prefix={<Input.IconAffix><SearchSmall /></Input.IconAffix>}
          placeholder={t('views.searchPlaceholder')}
          ariaLabel={t('views.searchLabel')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          clearButton
          onClear={() => pick({})}
        />
      </div>
      <ul className="kotha-view-list">
        {VIEWS.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="kotha-view"
              data-hook={`view-${id}`}
              aria-current={!searching && view.view === id ? 'page' : undefined}
              onClick={() => pick({ view: id })}
            >
              {viewTitle(id)}
            </button>
          </li>
        ))}
      </ul>
      <Text size="tiny" secondary weight="bold">
        <span id="kotha-labels-heading" className="kotha-caps">{t('views.labels')}</span>
      </Text>
      {labels.length === 0 ? (
        <Text size="tiny" secondary>
          {t('views.noLabels')}
        </Text>
      ) : (
        <ul className="kotha-view-list" aria-labelledby="kotha-labels-heading">
          {labels.map((label) => {
            const active = !searching && view.label === label.id;
            return (
              <li key={label.id}>
                <button
                  type="button"
                  className="kotha-view"
                  data-hook="label-filter"
                  data-label-id={label.id}
                  aria-pressed={active}
                  onClick={() => pick({ label: active ? null : label.id })}
                >
                  <span className="kotha-label-dot" style={{ background: label.color }} aria-hidden="true" />
                  {label.name}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
