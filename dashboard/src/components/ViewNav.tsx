import { useEffect, useState } from 'react';
import { Input, Text } from 'wix-style-react';
import { SearchSmall } from '@wix/wix-ui-icons-common';
import type { InboxView, Label } from '@kotha/common/contract/team.ts';
import type { ListView } from '../conversation-list.ts';
import { countText, type ViewCount } from '../view-counts.ts';
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
  /** What each view holds, where known (see view-counts.ts). */
  counts: Readonly<Partial<Record<InboxView, ViewCount | null>>>;
  onView(view: ListView): void;
}

/** A view's count as shown, or nothing (none known, or none there). */
const countOf = (count: ViewCount | null | undefined): string | undefined => (count && count.count > 0 ? countText(count) : undefined);

/** Typing pauses this long before a search is sent. */
const SEARCH_DELAY_MS = 300;

/**
 * The inbox's views: search, the views with their counts, and the labels that narrow
 * them. A column on wide screens; on narrower ones (inbox.css) a row above the list.
 */
export function ViewNav({ view, labels, counts, onView }: ViewNavProps) {
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
      <div className="kotha-view-strip">
        <ul className="kotha-view-list">
          {VIEWS.map((id) => (
            <li key={id}>
              {/* The count is drawn from data-count (inbox.css): it is read out with the name, and the button's text stays the view's name. */}
              <button
                type="button"
                className="kotha-view"
                data-hook={`view-${id}`}
                data-count={countOf(counts[id])}
                aria-current={!searching && view.view === id ? 'page' : undefined}
                onClick={() => pick({ view: id })}
              >
                <span className="kotha-view-name">{viewTitle(id)}</span>
              </button>
            </li>
          ))}
        </ul>
        <Text size="tiny" secondary weight="bold" className="kotha-labels-heading">
          <span id="kotha-labels-heading" className="kotha-caps">{t('views.labels')}</span>
        </Text>
        {labels.length === 0 ? (
          <Text size="tiny" secondary className="kotha-labels-none">
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
                    <span className="kotha-view-name">{label.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </nav>
  );
}
