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
  /** Resolves once the server accepted the mail; rejects with the reason otherwise. */
  send(mail: Mail): Promise<void>;
}

export function smtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(mail) {
      await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, replyTo: mail.replyTo });
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
