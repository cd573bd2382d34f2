/**
 * One article in the panel: the server's already-sanitised HTML (PublicArticle.html) in the
 * shadow root, its links opening in a new tab, then "Did this help? Yes / No".
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicArticle } from '@kotha/common/contract/help';
import type { Strings } from '../panel/strings';
import type { HelpApi } from './api';
import type { HelpMessages } from './locales/messages';
import { useLoad } from './load';
import { LoadState } from './status';

interface ArticleProps {
  api: HelpApi;
  strings: Strings;
  texts: HelpMessages;
  heading: RefObject<HTMLHeadingElement | null>;
  id: string;
  /** The article was shown (once per opening). */
  onRead: (article: PublicArticle) => void;
  /** Yes or No; the caller records the vote and what follows. */
  onVote: (helped: boolean) => void;
}

export function ArticleScreen({ api, strings, texts, heading, id, onRead, onVote }: ArticleProps) {
  const loaded = useLoad(() => api.article(id, strings.locale), `${strings.locale} ${id}`);
  const body = useRef<HTMLDivElement>(null);
  const [thanked, setThanked] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);
  // The pressed button is gone: focus stays in the panel, on what replaced it.
  useEffect(() => void (thanked && thanks.current?.focus()), [thanked]);
  const article = loaded.state === 'done' ? loaded.value : null;

  useEffect(() => {
    if (!article) return;
    onRead(article);
    // The heading takes focus when the text is there, so a screen reader starts at its title.
    heading.current?.focus();
    // Links leave the shop's page in a tab of their own, and tell it nothing about it.
    for (const link of body.current?.querySelectorAll('a') ?? []) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
  }, [article]);

  if (!article) {
    return (
      <>
        <h2 class="help-heading" tabIndex={-1} ref={heading}>
          {strings.help}
        </h2>
        <LoadState loaded={loaded} texts={texts} strings={strings} />
      </>
    );
  }
  return (
    <article data-kotha="help-reader" lang={article.language} dir="auto">
      <h2 class="help-heading" tabIndex={-1} ref={heading} dir="auto" data-kotha="article-title">
        {article.title}
      </h2>
      {/* Rendered from Markdown and sanitised by the server (common/contract/help.ts): never shopper text. */}
      <div class="help-article" ref={body} dangerouslySetInnerHTML={{ __html: article.html }} />
      <div class="help-vote" lang={strings.locale} dir={strings.dir}>
        {thanked ? (
          <p role="status" tabIndex={-1} ref={thanks} data-kotha="help-thanks">
            {texts.thanks}
          </p>
        ) : (
          <>
            <p id="kotha-did-help">{texts.didHelp}</p>
            <div role="group" aria-labelledby="kotha-did-help" class="help-vote-buttons">
              <button
                type="button"
                class="help-chip"
                data-kotha="vote-yes"
                onClick={() => {
                  setThanked(true);
                  onVote(true);
                }}
              >
                {texts.yes}
              </button>
              <button type="button" class="help-chip" data-kotha="vote-no" onClick={() => onVote(false)}>
                {texts.no}
              </button>
            </div>
          </>
        )}
      </div>
    </article>
  );
}
