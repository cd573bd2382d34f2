/** The loading and failed states every Help screen shares. */
import type { Strings } from '../panel/strings';
import type { HelpMessages } from './locales/messages';
import type { Loaded } from './load';

export function LoadState({ loaded, texts, strings }: { loaded: Loaded<unknown>; texts: HelpMessages; strings: Strings }) {
  if (loaded.state === 'loading') return <p class="help-note" role="status">{texts.loading}</p>;
  if (loaded.state === 'failed') {
    return (
      <p class="help-note" role="alert" data-kotha="help-failed">
        {texts.loadFailed}{' '}
        <button type="button" class="link-button" data-kotha="help-retry" onClick={loaded.retry}>
          {strings.tryAgain}
        </button>
      </p>
    );
  }
  return null;
}
