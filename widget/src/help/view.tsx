/**
 * The Help view inside the panel: a stack of screens (home, results, an article, the order
 * form) with Back, and "Talk to a person" on every one of them. Escape goes back a screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicArticle, VoteSource } from '@kotha/common/contract/help';
import type { HelpTrailInput } from '@kotha/common/contract/help-schemas';
import type { HelpApi } from './api';
import { ArticleScreen } from './article';
import { Home } from './home';
import type { HelpMessages } from './locales/messages';
import type { HelpViewProps } from './module';
import { OrderScreen } from './order';
import { Results } from './results';
import { useTexts } from './texts';
import { trailFor, type ReadArticles } from './trail';

type Screen =
  | { kind: 'home' }
  /** What the shopper searched, or a topic (a collection: `topic` is its id, `query` its name). */
  | { kind: 'results'; query: string; topic?: string }
  | { kind: 'article'; id: string; source: VoteSource }
  | { kind: 'order' };

/** What the shopper read on this page, and how it went: the trail of their next message to a person. */
export interface HelpSession {
  read: () => ReadArticles;
  onRead: (article: PublicArticle) => void;
  onVote: (id: string, helped: boolean) => void;
  /** The trail the shopper's next message carries. */
  handOff: (trail: HelpTrailInput) => void;
}

/** Sets the message box's text as if typed, so the composer (and the suggestions) follow. */
function retype(box: HTMLTextAreaElement, text: string) {
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

export function createView(api: HelpApi, session: HelpSession) {
  return function View({ strings, entry, email, away, input, onClose }: HelpViewProps) {
    const texts: HelpMessages = useTexts(strings.locale);
    const [stack, setStack] = useState<Screen[]>(() => [entry ? { kind: 'article', id: entry.article, source: entry.source } : { kind: 'home' }]);
    const [orderNumber, setOrderNumber] = useState<string | null>(null);
    const heading = useRef<HTMLHeadingElement>(null);
    const screen = stack[stack.length - 1] ?? { kind: 'home' };
    const go = (next: Screen) => setStack([...stack, next]);
    /** Back to the chat, its message box focused (or the email field it still needs), or what was typed sent. */
    function toChat(send = false) {
      onClose();
      setTimeout(() => {
        const box = input.current;
        const email = box?.form?.querySelector('input');
        if (send && box?.value.trim() && !(email && !email.value)) box.form?.requestSubmit();
        else (email && !email.value && send ? email : box)?.focus();
      });
    }
    function onHandOff(trail: HelpTrailInput) {
      session.handOff(trail);
      toChat(true);
    }
    const back = () => (stack.length > 1 ? setStack(stack.slice(0, -1)) : toChat());

    // Each screen's heading takes focus, so keyboard and screen reader start at the top of it.
    useEffect(() => heading.current?.focus(), [stack.length]);

    function vote(id: string, source: VoteSource, helped: boolean) {
      session.onVote(id, helped);
      void api.vote(id, helped, source).catch(() => undefined);
      if (!helped) onHandOff(trailFor(session.read(), 'not-helped'));
      // "Yes" to a suggestion ends the matter: the question typed is not sent.
      else if (source === 'suggestion' && input.current) retype(input.current, '');
    }

    const open = (id: string) => go({ kind: 'article', id, source: 'reader' });
    const shared = { api, strings, texts, heading };
    const onOrder = screen.kind === 'order' && orderNumber !== null;
    return (
      <div
        class="help"
        data-kotha="help-view"
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          back();
        }}
      >
        <div class="help-bar">
          <button type="button" class="link-button" data-kotha="help-back" onClick={back}>
            {texts.back}
          </button>
        </div>
        <div class="help-body">
          {screen.kind === 'home' ? (
            <Home {...shared} onSearch={(query, topic) => go({ kind: 'results', query, topic })} onOrder={() => go({ kind: 'order' })} onOpen={open} />
          ) : screen.kind === 'results' ? (
            <Results {...shared} query={screen.query} topic={screen.topic} onOpen={open} />
          ) : screen.kind === 'article' ? (
            <ArticleScreen
              key={screen.id}
              {...shared}
              id={screen.id}
              onRead={session.onRead}
              onVote={(helped) => vote(screen.id, screen.source, helped)}
            />
          ) : (
            <OrderScreen {...shared} email={email} onLookedUp={setOrderNumber} />
          )}
        </div>
        <div class="help-talk">
          {away ? <p class="help-note" data-kotha="help-away">{away === 'message' ? strings.leaveMessage : strings.hoursOnly}</p> : null}
          {away === 'hours-only' ? null : (
            <button
              type="button"
              class="help-chip help-primary"
              data-kotha="talk-to-person"
              onClick={() => onHandOff(onOrder ? trailFor(session.read(), 'order', orderNumber) : trailFor(session.read(), 'talk-to-person'))}
            >
              {onOrder ? texts.talkOrder : texts.talk}
            </button>
          )}
        </div>
      </div>
    );
  };
}
