import { useEffect, useState } from 'react';
import { Search, Text } from 'wix-style-react';
import type { InboxView, Label } from '../../../functions/src/contract/team.ts';
import type { ListView } from '../conversation-list.ts';

export const VIEW_TITLES: Record<InboxView, string> = {
  open: 'Open',
  unassigned: 'Unassigned',
  mine: 'Mine',
  waiting: 'Waiting longest',
  snoozed: 'Snoozed',
  closed: 'Closed',
};

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
    <nav className="kotha-views" aria-label="Inbox views">
      <div role="search">
        <Search
          dataHook="inbox-search"
          size="small"
          placeholder="Name, email or words"
          ariaLabel="Search conversations by shopper name, email or message words"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onClear={() => pick({})}
          debounceMs={0}
        />
      </div>
      <ul className="kotha-view-list">
        {(Object.keys(VIEW_TITLES) as InboxView[]).map((id) => (
          <li key={id}>
            <button
              type="button"
              className="kotha-view"
              data-hook={`view-${id}`}
              aria-current={!searching && view.view === id ? 'page' : undefined}
              onClick={() => pick({ view: id })}
            >
              {VIEW_TITLES[id]}
            </button>
          </li>
        ))}
      </ul>
      <Text size="tiny" secondary weight="bold">
        <span id="kotha-labels-heading">LABELS</span>
      </Text>
      {labels.length === 0 ? (
        <Text size="tiny" secondary>
          Create labels under Team &amp; tools.
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
