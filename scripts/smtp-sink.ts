/**
 * A local SMTP server that keeps what it receives: the local stack sends its email here
 * (nothing leaves the machine), and tests assert on what arrived. Loopback only; any
 * login is accepted.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo: string | null;
  /** The MIME type of the whole message, e.g. multipart/alternative. */
  contentType: string;
}

export interface SmtpSink {
  port: number;
  /** The SMTP_URL that sends here. */
  url: string;
  received: ReceivedMail[];
  /** Resolves with the first mail (received already or later) matching `predicate`. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const listeners = new Set<() => void>();
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'local' }),
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            replyTo: parsed.replyTo?.text ?? null,
            contentType: parsed.headers.get('content-type') ? String((parsed.headers.get('content-type') as { value?: string }).value ?? parsed.headers.get('content-type')) : '',
          });
          listeners.forEach((notify) => notify());
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    received,
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = received.find(predicate);
          if (!mail) return false;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(mail);
          return true;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no matching email within ${timeoutMs} ms; received: ${received.map((m) => m.subject).join(' | ') || 'none'}`));
        }, timeoutMs);
        if (!check()) listeners.add(check);
      });
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
