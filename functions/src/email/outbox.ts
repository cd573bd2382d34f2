/**
 * Every email goes through the outbox: it is written to `sites/{siteId}/outbox/{id}`
 * first, then sent. A failed send stays pending with its error and is retried by the
 * follow-up job on a growing delay; after the last try it is marked failed. Either way the
 * failure is recorded on its conversation (`emailFailures`, `lastEmailError`), so no
 * email is ever lost silently. Delivery is at least once.
 */
import { randomUUID } from 'node:crypto';
import { FieldValue, type DocumentReference, type Firestore } from 'firebase-admin/firestore';
import type { Mail, Mailer } from './mailer';

/** Waits before each retry; after the last one the email is marked failed. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];

export type EmailKind = 'offline-message' | 'shopper-reply' | 'shopper-waiting' | 'transcript';

interface OutboxDoc extends Mail {
  id: string;
  kind: EmailKind;
  conversationId: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  lastError: string;
}

export class Outbox {
  constructor(
    private readonly db: Firestore,
    private readonly mailer: Mailer,
    private readonly clock: () => number,
  ) {}

  private site(siteId: string) {
    return this.db.collection('sites').doc(siteId);
  }

  /** Records the email, then tries to send it once. True when it went out now. */
  async send(siteId: string, mail: Mail, meta: { kind: EmailKind; conversationId: string }): Promise<boolean> {
    const at = this.clock();
    const doc: OutboxDoc = {
      id: randomUUID(),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      ...meta,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: at,
      createdAt: at,
      lastError: '',
    };
    const ref = this.site(siteId).collection('outbox').doc(doc.id);
    await ref.set(doc);
    return this.attempt(siteId, ref, doc);
  }

  /** Retries the site's pending emails that are due; returns how many went out. */
  async retryDue(siteId: string, limit: number): Promise<number> {
    const snap = await this.site(siteId).collection('outbox').where('status', '==', 'pending').where('nextAttemptAt', '<=', this.clock()).orderBy('nextAttemptAt').limit(limit).get();
    let sent = 0;
    for (const d of snap.docs) if (await this.attempt(siteId, d.ref, d.data() as OutboxDoc)) sent++;
    return sent;
  }

  private async attempt(siteId: string, ref: DocumentReference, doc: OutboxDoc): Promise<boolean> {
    const attempts = doc.attempts + 1;
    try {
      await this.mailer.send({ to: doc.to, subject: doc.subject, text: doc.text, html: doc.html, ...(doc.replyTo ? { replyTo: doc.replyTo } : {}) });
      await ref.update({ status: 'sent', attempts, sentAt: this.clock(), nextAttemptAt: 0 });
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const failed = attempts > RETRY_DELAYS_MS.length;
      await ref.update({ status: failed ? 'failed' : 'pending', attempts, lastError: reason, nextAttemptAt: failed ? 0 : this.clock() + RETRY_DELAYS_MS[attempts - 1]! });
      await this.site(siteId).collection('conversations').doc(doc.conversationId)
        .update({ emailFailures: FieldValue.increment(1), lastEmailError: `${doc.kind}: ${reason}` })
        .catch(() => undefined);
      return false;
    }
  }
}
