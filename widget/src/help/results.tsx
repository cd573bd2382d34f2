/** Search results for what the shopper searched, or a topic's articles. */
import type { RefObject } from 'preact';
import { fill } from '@kotha/common/i18n';
import { HELP_LIMITS } from '@kotha/common/contract/limits';
import type { Strings } from '../panel/strings';
import type { HelpApi } from './api';
import { HitList } from './hit-list';
import type { HelpMessages } from './locales/messages';
import { useLoad } from './load';
import { LoadState } from './status';

interface ResultsProps {
  api: HelpApi;
  strings: Strings;
  texts: HelpMessages;
  heading: RefObject<HTMLHeadingElement | null>;
  query: string;
  /** A collection's id: its articles, under its name (`query`). */
  topic?: string;
  onOpen: (id: string) => void;
}

export function Results({ api, strings, texts, heading, query, topic, onOpen }: ResultsProps) {
  const loaded = useLoad(
    () => (topic ? api.topic(topic, strings.locale).then((t) => ({ hits: t.articles })) : api.search(query, strings.locale, 'search', HELP_LIMITS.searchResults)),
    `${strings.locale} ${topic ?? ''} ${query}`,
  );
  return (
    <>
      <h2 class="help-heading" tabIndex={-1} ref={heading} dir="auto" data-kotha="results-heading">
        {topic ? query : fill(texts.results, { query })}
      </h2>
      <LoadState loaded={loaded} texts={texts} strings={strings} />
      {loaded.state === 'done' ? (
        loaded.value.hits.length > 0 ? (
          <HitList hits={loaded.value.hits} onOpen={onOpen} />
        ) : (
          <p class="help-note" role="status" data-kotha="help-no-results">{texts.noResults}</p>
        )
      ) : null}
    </>
  );
}
