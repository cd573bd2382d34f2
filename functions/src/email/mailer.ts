/**
 * Sending email: a small interface the API and jobs use, and its SMTP implementation
 * through nodemailer, configured by environment (SMTP_URL such as
 * `smtps://user:pass@smtp.example.com:465`, and MAIL_FROM).
 */
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
}

export interface Mailer {
  /**
   * Resolves once the server accepted the mail; rejects with the reason otherwise, with a
   * MailRejected when the server refused the address for good (the outbox then stops
   * retrying and puts the address on the suppression list).
   */
  send(mail: Mail): Promise<void>;
}

/** A permanent refusal of the recipient (an SMTP 5xx answer): retrying cannot help. */
export class MailRejected extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MailRejected';
  }
}

/** SMTP's 5xx answers are permanent; 4xx and network errors are worth a retry. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function smtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, replyTo: mail.replyTo });
      } catch (error) {
        if (isPermanentSmtpFailure(error)) throw new MailRejected((error as Error).message, { cause: error });
        throw error;
      }
    },
  };
}

/** Without SMTP settings every send fails, so mail waits in the outbox and the failure shows. */
export const unconfiguredMailer: Mailer = {
  async send() {
    throw new Error('Email is not configured: set SMTP_URL and MAIL_FROM.');
  },
};

export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer {
  return env.SMTP_URL ? smtpMailer({ url: env.SMTP_URL, from: env.MAIL_FROM || 'Kotha <no-reply@kotha.chat>' }) : unconfiguredMailer;
}
