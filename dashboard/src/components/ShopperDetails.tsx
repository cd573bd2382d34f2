import { useEffect, useState, type ReactNode } from 'react';
import { Text, TextButton } from 'wix-style-react';
import type { ShopperContext } from '@kotha/common/contract/visits.ts';
import type { ApiClient } from '../api-client.ts';
import { formatRelativeTime } from '../relative-time.ts';
import { hostOf, shopperFacts } from '../shopper-facts.ts';
import { useNow } from '../use-now.ts';
import { t } from '../i18n/i18n.ts';
import { usePhone } from '../layout.ts';
import { ExternalLink } from './ExternalLink.tsx';

/**
 * Who the shopper is, under the conversation header: local time, language, device, where
 * they came from, the pages of this visit, their earlier conversations (open them), and
 * what Wix knows (`wix`). On a phone it folds behind one button, so the messages keep
 * the screen.
 */
export function ShopperDetails(props: { api: ApiClient; conversationId: string; locale: string | undefined; onOpen(conversationId: string): void; wix: ReactNode }) {
  const [context, setContext] = useState<ShopperContext | null>(null);
  const [showPages, setShowPages] = useState(false);
  const phone = usePhone();
  const [unfolded, setUnfolded] = useState(false);
  const now = useNow(30_000);
  useEffect(() => {
    let current = true;
    setContext(null);
    props.api.shopperContext(props.conversationId).then(
      (value) => current && setContext(value),
      // Context is a help, not the chat: the conversation works without it.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [props.api, props.conversationId]);

  const facts = context ? shopperFacts(context, now, props.locale) : [];
  const current = context?.pages.at(-1);
  if (phone && !unfolded) {
    return (
      <section className="kotha-shopper kotha-shopper--folded" aria-label={t('shopper.region')} data-hook="shopper-details">
        <button type="button" className="kotha-fold" aria-expanded={false} data-hook="shopper-unfold" onClick={() => setUnfolded(true)}>
          {t('shopper.region')}
        </button>
      </section>
    );
  }
  return (
    <section className="kotha-shopper" aria-label={t('shopper.region')} data-hook="shopper-details">
      {phone ? (
        <button type="button" className="kotha-fold" aria-expanded data-hook="shopper-unfold" onClick={() => setUnfolded(false)}>
          {t('shopper.region')}
        </button>
      ) : null}
      {facts.length > 0 || current ? (
        <dl className="kotha-facts">
          {facts.map((fact) => (
            <div key={fact.label} data-hook="shopper-fact">
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
          {current ? (
            <div data-hook="shopper-current-page">
              <dt>{t('shopper.onPage')}</dt>
              <dd>
                <ExternalLink href={current.url} title={current.url}>
                  {current.title || hostOf(current.url)}
                </ExternalLink>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {context && context.pages.length > 1 ? (
        <div>
          <TextButton size="tiny" dataHook="shopper-pages-toggle" onClick={() => setShowPages(!showPages)} ariaExpanded={showPages}>
            {t(showPages ? 'shopper.hidePages' : 'shopper.showPages', { count: context.pages.length })}
          </TextButton>
          {showPages ? (
            <ol className="kotha-pages" data-hook="shopper-pages">
              {context.pages.map((page) => (
                <li key={`${page.url}-${page.at}`}>
                  <Text size="tiny">
                    {page.title || hostOf(page.url)} · {formatRelativeTime(page.at, now, props.locale)}
                  </Text>
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      ) : null}
      {context && context.pastConversations.length > 0 ? (
        <div className="kotha-past" data-hook="shopper-past">
          <Text size="tiny" secondary>
            {t('shopper.earlier')}
          </Text>
          {context.pastConversations.map((c) => (
            <TextButton key={c.id} size="tiny" dataHook="shopper-past-conversation" onClick={() => props.onOpen(c.id)}>
              {formatRelativeTime(c.updatedAt, now, props.locale)}: {c.lastMessageText ?? '…'}
            </TextButton>
          ))}
        </div>
      ) : null}
      {props.wix}
    </section>
  );
}
