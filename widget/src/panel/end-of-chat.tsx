/**
 * After the team closes the chat: the shopper may rate it (good or bad, and a comment if
 * they like) and ask for the conversation by email. Both are optional and never block
 * writing again, which starts a new conversation.
 */
import { useState } from 'preact/hooks';
import type { Rating } from '@kotha/common/contract/api';
import { looksLikeEmail } from './email';
import type { Strings } from './strings';

interface EndOfChatProps {
  strings: Strings;
  /** The address the shopper gave on this page, to start the transcript's field with. */
  email: string;
  rating: Rating | null;
  onRate: (rating: Rating, comment?: string) => Promise<void>;
  onTranscript: (email: string) => Promise<void>;
}

export function EndOfChat({ strings, email: given, rating, onRate, onTranscript }: EndOfChatProps) {
  const [chosen, setChosen] = useState<Rating | null>(rating);
  const [comment, setComment] = useState('');
  const [thanked, setThanked] = useState(false);
  const [askEmail, setAskEmail] = useState(false);
  // null until the shopper types: the field shows the address they gave meanwhile.
  const [typed, setEmail] = useState<string | null>(null);
  const email = typed ?? given;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const rate = (value: Rating) => {
    setChosen(value);
    void onRate(value).catch(() => setChosen(rating));
  };

  return (
    <div class="end" data-kotha="end-of-chat">
      {thanked ? (
        <p class="notice" role="status" data-kotha="rate-thanks">
          {strings.rateThanks}
        </p>
      ) : (
        <form
          class="rate"
          onSubmit={(event) => {
            event.preventDefault();
            if (!chosen) return;
            void onRate(chosen, comment.trim() || undefined).then(() => setThanked(true), () => undefined);
          }}
        >
          <p id="kotha-rate-q">{strings.rateQuestion}</p>
          <div role="group" aria-labelledby="kotha-rate-q">
            {(['good', 'bad'] as const).map((value) => (
              <button type="button" class="rate-button" data-kotha={`rate-${value}`} aria-pressed={chosen === value} onClick={() => rate(value)}>
                <span aria-hidden="true">{value === 'good' ? '👍' : '👎'}</span> {value === 'good' ? strings.rateGood : strings.rateBad}
              </button>
            ))}
          </div>
          {chosen ? (
            <>
              <label class="visually-hidden" for="kotha-rate-comment">
                {strings.rateComment}
              </label>
              <textarea id="kotha-rate-comment" data-kotha="rate-comment" rows={2} maxLength={1000} placeholder={strings.rateComment} value={comment} onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)} />
              <button type="submit" class="link-button" data-kotha="rate-send">
                {strings.sendComment}
              </button>
            </>
          ) : null}
        </form>
      )}
      {sentTo ? (
        <p class="notice" role="status" data-kotha="transcript-sent">
          {strings.transcriptSent(sentTo)}
        </p>
      ) : askEmail ? (
        <form
          class="transcript"
          onSubmit={(event) => {
            event.preventDefault();
            const address = email.trim();
            if (!looksLikeEmail(address) || busy) return;
            setBusy(true);
            void onTranscript(address).then(
              () => setSentTo(address),
              () => setBusy(false),
            );
          }}
        >
          <label for="kotha-transcript-email">{strings.emailLabel}</label>
          <input id="kotha-transcript-email" data-kotha="transcript-email" type="email" autocomplete="email" value={email} onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="link-button" data-kotha="transcript-send" disabled={busy}>
            {strings.sendTranscript}
          </button>
        </form>
      ) : (
        <button type="button" class="link-button" data-kotha="transcript" onClick={() => setAskEmail(true)}>
          {strings.transcriptButton}
        </button>
      )}
    </div>
  );
}
