/**
 * Every email goes through the outbox: it is written to `sites/{siteId}/outbox/{id}`
 * first, then sent. A failed send stays pending with its error and is retried by the
 * follow-up job on a growing delay; after the last try it is marked failed. Either way the
 * failure is recorded on its conversation (`emailFailures`, `lastEmailError`), so no
 * email is ever lost silently. Delivery is at least once.
 *
 * Before it is written, the email guard (email-guard.ts) may refuse it: a suppressed
 * address, or a bound reached. A refused email is recorded on its conversation the same
 * way and never written. A permanent refusal from the mail server (MailRejected) ends the
 * retries and puts the address on the suppression list. Records expire after
 * OUTBOX_RETENTION_MS (`expireAt`, a TTL policy in firestore.indexes.json).
 */
import { randomUUID } from 'node:crypto';
import { FieldValue, Timestamp, type DocumentReference, type Firestore } from 'firebase-admin/firestore';
import { stampFollowUpWork } from '../store/follow-up-schedule';
import type { SuppressionStore } from '../store/suppression-store';
import type { EmailGuard, EmailRefusal } from './email-guard';
import { MailRejected, type Mail, type Mailer } from './mailer';

/** Waits before each retry; after the last one the email is marked failed. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];

/** An email's record (a copy of part of a chat) is kept this long, well past its last retry. */
export const OUTBOX_RETENTION_MS = 30 * 86_400_000;

export type EmailKind = 'offline-message' | 'shopper-reply' | 'shopper-waiting' | 'transcript' | 'weekly-digest';

/** Emails to an address a shopper gave count toward that address's daily bound; the others go to the merchant's own. */
const TO_SHOPPER: Record<EmailKind, boolean> = { 'offline-message': false, 'shopper-waiting': false, 'shopper-reply': true, transcript: true, 'weekly-digest': false };

/** What became of an email: it went out, it waits for a retry, or it was refused before it was written. */
export type SendResult = 'sent' | 'pending' | EmailRefusal;

const REFUSED: Record<EmailRefusal, string> = {
  suppressed: 'not sent: the address is on the suppression list (it bounced or complained)',
  recipient_limit: 'not sent: this address has had its emails for today',
  site_limit: "not sent: the site has sent this hour's emails",
};

interface OutboxDoc extends Mail {
  id: string;
  kind: EmailKind;
  /** The conversation it is about, '' for none (the weekly digest). */
  conversationId: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  lastError: string;
  expireAt: Timestamp;
}

export class Outbox {
  constructor(
    private readonly db: Firestore,
    private readonly mailer: Mailer,
    private readonly clock: () => number,
    /** Without it (jobs' tests), every email may go and bounces are not remembered. */
    private readonly policy?: { guard: EmailGuard; suppressions: SuppressionStore },
  ) {}

  private site(siteId: string) {
    return this.db.collection('sites').doc(siteId);
  }

  /** Records the email, then tries to send it once; unless the guard refuses it first. */
  async send(siteId: string, mail: Mail, email: { kind: EmailKind; conversationId?: string }): Promise<SendResult> {
    const meta = { kind: email.kind, conversationId: email.conversationId ?? '' };
    const refusal = (await this.policy?.guard.check(siteId, mail.to, TO_SHOPPER[meta.kind])) ?? null;
    if (refusal) {
      await this.recordFailure(siteId, meta.conversationId, `${meta.kind}: ${REFUSED[refusal]}`);
      return refusal;
    }
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
      expireAt: Timestamp.fromMillis(at + OUTBOX_RETENTION_MS),
    };
    const ref = this.site(siteId).collection('outbox').doc(doc.id);
    // Stamped for the follow-up job with the record, so an email whose first try never
    // happens (the instance stopped) is still retried.
    const batch = this.db.batch();
    batch.set(ref, doc);
    stampFollowUpWork(batch, this.db, siteId);
    await batch.commit();
    return (await this.attempt(siteId, ref, doc)) ? 'sent' : 'pending';
  }

  /** Retries the site's pending emails that are due; returns how many went out. */
  async retryDue(siteId: string, limit: number): Promise<number> {
    const snap = await this.site(siteId).collection('outbox').where('status', '==', 'pending').where('nextAttemptAt', '<=', this.clock()).orderBy('nextAttemptAt').limit(limit).get();
    let sent = 0;
    for (const d of snap.docs) if (await this.attempt(siteId, d.ref, d.data() as OutboxDoc)) sent++;
    return sent;
  }

  /** When the site's next pending email is due to be tried again (ms), or null when none is pending. */
  async nextRetryAt(siteId: string): Promise<number | null> {
    const snap = await this.site(siteId).collection('outbox').where('status', '==', 'pending').orderBy('nextAttemptAt').limit(1).get();
    return (snap.docs[0]?.get('nextAttemptAt') as number | undefined) ?? null;
  }

  private async attempt(siteId: string, ref: DocumentReference, doc: OutboxDoc): Promise<boolean> {
    const attempts = doc.attempts + 1;
    try {
      await this.mailer.send({ to: doc.to, subject: doc.subject, text: doc.text, html: doc.html, ...(doc.replyTo ? { replyTo: doc.replyTo } : {}) });
      await ref.update({ status: 'sent', attempts, sentAt: this.clock(), nextAttemptAt: 0 });
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const rejected = error instanceof MailRejected;
      const failed = rejected || attempts > RETRY_DELAYS_MS.length;
      const batch = this.db.batch();
      batch.update(ref, { status: failed ? 'failed' : 'pending', attempts, lastError: reason, nextAttemptAt: failed ? 0 : this.clock() + RETRY_DELAYS_MS[attempts - 1]! });
      // A retry to come is work for the follow-up job, which retries due emails.
      if (!failed) stampFollowUpWork(batch, this.db, siteId);
      await batch.commit();
      if (rejected) await this.policy?.suppressions.add(doc.to, 'bounce', reason, this.clock());
      await this.recordFailure(siteId, doc.conversationId, `${doc.kind}: ${reason}`);
      return false;
    }
  }

  /** On the email's conversation; an email about none (the digest) keeps its error on its own record only. */
  private async recordFailure(siteId: string, conversationId: string, error: string): Promise<void> {
    if (!conversationId) return;
    await this.site(siteId).collection('conversations').doc(conversationId)
      .update({ emailFailures: FieldValue.increment(1), lastEmailError: error })
      .catch(() => undefined);
  }
}
