/** The Help view's first screen: search, "Where is my order?", popular articles and topics. */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { HELP_LIMITS } from '@kotha/common/contract/limits';
import type { Strings } from '../panel/strings';
import type { HelpApi } from './api';
import { HitList } from './hit-list';
import type { HelpMessages } from './locales/messages';
import { useLoad } from './load';
import { LoadState } from './status';

interface HomeProps {
  api: HelpApi;
  strings: Strings;
  texts: HelpMessages;
  heading: RefObject<HTMLHeadingElement | null>;
  /** A search, or a topic's articles (`topic`: the collection's id, `query` its name). */
  onSearch: (query: string, topic?: string) => void;
  onOrder: () => void;
  onOpen: (id: string) => void;
}

export function Home({ api, strings, texts, heading, onSearch, onOrder, onOpen }: HomeProps) {
  const loaded = useLoad(() => api.home(strings.locale), strings.locale);
  const [query, setQuery] = useState('');
  const home = loaded.state === 'done' ? loaded.value : null;
  return (
    <>
      <h2 class="help-heading" tabIndex={-1} ref={heading}>
        {strings.help}
      </h2>
      <form
        class="help-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          if (query.trim()) onSearch(query.trim());
        }}
      >
        <input
          type="search"
          data-kotha="help-search"
          aria-label={texts.search}
          placeholder={texts.search}
          dir="auto"
          maxLength={HELP_LIMITS.query}
          value={query}
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
      </form>
      <button type="button" class="help-item help-order" data-kotha="order-entry" onClick={onOrder}>
        <span class="help-item-title">{texts.orderEntry}</span>
      </button>
      <LoadState loaded={loaded} texts={texts} strings={strings} />
      {home && home.popular.length === 0 && home.collections.length === 0 ? <p class="help-note">{texts.noResults}</p> : null}
      {home && home.popular.length > 0 ? (
        <section aria-labelledby="kotha-help-popular">
          <h3 id="kotha-help-popular" class="help-subheading">{texts.popular}</h3>
          <HitList hits={home.popular} onOpen={onOpen} />
        </section>
      ) : null}
      {home && home.collections.length > 0 ? (
        <section aria-labelledby="kotha-help-topics">
          <h3 id="kotha-help-topics" class="help-subheading">{texts.topics}</h3>
          <ul class="help-list">
            {home.collections.map((collection) => (
              <li key={collection.id}>
                <button type="button" class="help-item" data-kotha="help-topic" onClick={() => onSearch(collection.title, collection.id)}>
                  <span class="help-item-title" dir="auto">{collection.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
