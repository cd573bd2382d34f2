/**
 * The Help chunk: the Help view, the suggestions while typing and the order status screens,
 * loaded by the panel only when the shopper opens Help or starts typing (widget/build.ts
 * builds it as its own file, on the panel's Preact: runtime.ts).
 */
import type { PublicArticle } from '@kotha/common/contract/help';
import { createHelpApi } from './api';
import helpCss from './help.css';
import type { CreateHelp } from './module';
import { install } from './runtime';
import { createSuggestions } from './suggestions';
import { recordRead, type ReadArticles } from './trail';
import { createView } from './view';

export const createHelp: CreateHelp = (runtime, deps) => {
  install(runtime);
  const style = document.createElement('style');
  style.textContent = helpCss;
  deps.root.append(style);
  const api = createHelpApi({ request: deps.request, token: deps.chat.token });
  let read: ReadArticles = [];
  const { draft, Suggestions } = createSuggestions(api);
  const View = createView(api, {
    read: () => read,
    onRead: (article: PublicArticle) => void (read = recordRead(read, article.id)),
    onVote: (id, helped) => void (read = recordRead(read, id, helped)),
    handOff: deps.chat.handOff,
  });
  return { View, Suggestions, draft };
};
