import type { ArticleHit } from '@kotha/common/contract/help';

/** Articles to open: each a button with its title and a plain-text snippet. */
export function HitList({ hits, onOpen }: { hits: ArticleHit[]; onOpen: (id: string) => void }) {
  return (
    <ul class="help-list">
      {hits.map((hit) => (
        <li key={hit.id}>
          <button type="button" class="help-item" data-kotha="help-article" onClick={() => onOpen(hit.id)}>
            <span class="help-item-title" dir="auto">{hit.title}</span>
            {hit.snippet ? <span class="help-item-snippet" dir="auto">{hit.snippet}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
