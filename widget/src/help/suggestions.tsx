/**
 * Articles suggested above the message box while the shopper types a real question
 * (question.ts): debounced, at most HELP_LIMITS.suggestions, announced politely, never in
 * the way of sending. What was shown is reported (suggestions-shown) for the health view.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleHit } from '@kotha/common/contract/help';
import { fill } from '@kotha/common/i18n';
import { HELP_LIMITS } from '@kotha/common/contract/limits';
import type { HelpApi } from './api';
import type { SuggestionsProps } from './module';
import { isRealQuestion } from './question';
import { useTexts } from './texts';

/** How long typing must pause before the articles are looked up. */
export const SUGGEST_DEBOUNCE_MS = 400;

export function createSuggestions(api: HelpApi) {
  let hits: ArticleHit[] = [];
  const listeners = new Set<(hits: ArticleHit[]) => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  function show(next: ArticleHit[]) {
    if (next.length === 0 && hits.length === 0) return;
    hits = next;
    for (const listener of listeners) listener(hits);
  }

  /** The message box's text changed. */
  function draft(text: string, locale: string) {
    clearTimeout(timer);
    const asked = ++latest;
    if (!isRealQuestion(text, locale)) return show([]);
    const query = text.trim().slice(0, HELP_LIMITS.query);
    timer = setTimeout(async () => {
      try {
        const found = (await api.search(query, locale, 'suggest', HELP_LIMITS.suggestions)).hits.slice(0, HELP_LIMITS.suggestions);
        if (asked !== latest) return;
        show(found);
        if (found.length > 0) void api.suggestionsShown(found.map((hit) => hit.id), query).catch(() => undefined);
      } catch {
        // Only a hint: without it the shopper simply writes to the team.
        if (asked === latest) show([]);
      }
    }, SUGGEST_DEBOUNCE_MS);
  }

  function Suggestions({ strings, onOpen }: SuggestionsProps) {
    const texts = useTexts(strings.locale);
    const [shown, setShown] = useState(hits);
    useEffect(() => {
      listeners.add(setShown);
      setShown(hits);
      return () => void listeners.delete(setShown);
    }, []);
    return (
      <div class="suggestions" data-kotha="suggestions">
        {/* Always present, so its change is announced when articles appear. */}
        <p class="visually-hidden" role="status">
          {shown.length > 0 ? fill(texts.suggestedCount, { count: strings.number(shown.length) }) : ''}
        </p>
        {shown.length > 0 ? <p class="suggestions-title" id="kotha-suggested">{texts.suggested}</p> : null}
        {shown.length > 0 ? (
          <ul class="help-list" aria-labelledby="kotha-suggested">
            {shown.map((hit) => (
              <li key={hit.id}>
                <button type="button" class="suggestion" data-kotha="suggestion" dir="auto" onClick={() => onOpen(hit.id)}>
                  {hit.title}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }

  return { draft, Suggestions };
}
