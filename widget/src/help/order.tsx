/**
 * "Where is my order?": the order number and the email used, checked by the server against
 * the shop's orders; the answer in the shopper's language. Not found is one honest sentence
 * for an unknown number and a wrong email alike.
 */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '@kotha/common/i18n';
import { HELP_LIMITS } from '@kotha/common/contract/limits';
import type { OrderLookupResponse, OrderStatus } from '@kotha/common/contract/help';
import type { Strings } from '../panel/strings';
import { looksLikeEmail } from '../panel/email';
import type { HelpApi } from './api';
import type { HelpMessages } from './locales/messages';

interface OrderProps {
  api: HelpApi;
  strings: Strings;
  texts: HelpMessages;
  heading: RefObject<HTMLHeadingElement | null>;
  email: string;
  /** The order number the shopper looked up, for "Talk to a person about this order". */
  onLookedUp: (orderNumber: string) => void;
}

type Answer = OrderLookupResponse | { result: 'failed' } | null;

/** The builder's payment and fulfilment statuses in the shopper's words (an unknown one as the builder says it). */
export function statusText(status: string | null, texts: HelpMessages): string | null {
  const words: Record<string, string> = {
    PAID: texts.paid,
    NOT_PAID: texts.notPaid,
    PENDING: texts.notPaid,
    PARTIALLY_PAID: texts.partlyPaid,
    FULLY_REFUNDED: texts.refunded,
    PARTIALLY_REFUNDED: texts.refunded,
    FULFILLED: texts.shipped,
    NOT_FULFILLED: texts.notShipped,
    PARTIALLY_FULFILLED: texts.partlyShipped,
  };
  return status === null ? null : (words[status] ?? status.toLowerCase().replace(/_/g, ' '));
}

export function OrderScreen({ api, strings, texts, heading, email: knownEmail, onLookedUp }: OrderProps) {
  const [number, setNumber] = useState('');
  const [email, setEmail] = useState(knownEmail);
  const [invalid, setInvalid] = useState<'number' | 'email' | null>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const orderNumber = number.trim();
    if (!HELP_LIMITS.orderNumberPattern.test(orderNumber)) return setInvalid('number');
    if (!looksLikeEmail(email)) return setInvalid('email');
    setInvalid(null);
    setBusy(true);
    try {
      setAnswer(await api.lookupOrder(orderNumber, email.trim()));
    } catch {
      setAnswer({ result: 'failed' });
    }
    setBusy(false);
    onLookedUp(orderNumber);
  }

  return (
    <>
      <h2 class="help-heading" tabIndex={-1} ref={heading}>
        {texts.orderEntry}
      </h2>
      <form class="help-form" noValidate onSubmit={submit} data-kotha="order-form">
        <label for="kotha-order-number">{texts.orderNumber}</label>
        <input
          id="kotha-order-number"
          data-kotha="order-number"
          inputMode="text"
          autocomplete="off"
          maxLength={HELP_LIMITS.orderNumberMaxLength}
          value={number}
          aria-invalid={invalid === 'number'}
          aria-describedby={invalid === 'number' ? 'kotha-order-error' : undefined}
          onInput={(event) => setNumber((event.currentTarget as HTMLInputElement).value)}
        />
        <label for="kotha-order-email">{strings.emailLabel}</label>
        <input
          id="kotha-order-email"
          data-kotha="order-email"
          type="email"
          inputMode="email"
          autocomplete="email"
          value={email}
          aria-invalid={invalid === 'email'}
          aria-describedby={invalid === 'email' ? 'kotha-order-error' : undefined}
          onInput={(event) => setEmail((event.currentTarget as HTMLInputElement).value)}
        />
        {invalid ? (
          <p id="kotha-order-error" class="error" role="alert">
            {invalid === 'number' ? texts.orderNumberInvalid : strings.emailInvalid}
          </p>
        ) : null}
        <button type="submit" class="help-chip help-primary" data-kotha="order-check" disabled={busy}>
          {texts.orderCheck}
        </button>
      </form>
      <div role="status" data-kotha="order-answer">
        {answer ? <OrderAnswer answer={answer} strings={strings} texts={texts} /> : null}
      </div>
    </>
  );
}

function OrderAnswer({ answer, strings, texts }: { answer: NonNullable<Answer>; strings: Strings; texts: HelpMessages }) {
  switch (answer.result) {
    case 'found':
      return <OrderCard order={answer.order} texts={texts} />;
    case 'not-found':
      return <p class="help-note">{texts.orderNotFound}</p>;
    case 'too-many':
      return <p class="help-note">{fill(texts.orderTooMany, { time: strings.time(new Date(Date.now() + answer.retryAfterSeconds * 1000)) })}</p>;
    case 'unavailable':
      return <p class="help-note">{texts.orderUnavailable}</p>;
    default:
      return <p class="help-note">{texts.loadFailed}</p>;
  }
}

function OrderCard({ order, texts }: { order: OrderStatus; texts: HelpMessages }) {
  const payment = statusText(order.paymentStatus, texts);
  const delivery = statusText(order.fulfillmentStatus, texts);
  return (
    <div class="help-order-card" data-kotha="order-found">
      <h3 class="help-subheading">{fill(texts.orderTitle, { number: order.number })}</h3>
      <dl>
        {payment ? (
          <>
            <dt>{texts.payment}</dt>
            <dd data-kotha="order-payment">{payment}</dd>
          </>
        ) : null}
        {delivery ? (
          <>
            <dt>{texts.delivery}</dt>
            <dd data-kotha="order-delivery">{delivery}</dd>
          </>
        ) : null}
      </dl>
      {order.items.length > 0 ? (
        <ul class="help-order-items" dir="auto">
          {order.items.map((item, index) => (
            <li key={index}>{`${item.quantity} × ${item.name}`}</li>
          ))}
        </ul>
      ) : null}
      <p class="help-order-total" dir="auto">{order.total}</p>
      {order.tracking.map((parcel) =>
        parcel.url && /^https?:\/\//i.test(parcel.url) ? (
          <p key={parcel.number}>
            <a href={parcel.url} target="_blank" rel="noopener noreferrer" data-kotha="order-tracking">
              {texts.track}
            </a>{' '}
            <span dir="auto">{[parcel.carrier, parcel.number].filter(Boolean).join(' ')}</span>
          </p>
        ) : (
          <p key={parcel.number} dir="auto">{[parcel.carrier, parcel.number].filter(Boolean).join(' ')}</p>
        ),
      )}
    </div>
  );
}
