import nodemailer from "nodemailer";

/** One e-mail as the digest composes it. */
export type Mail = { to: string; subject: string; text: string; html: string; headers?: Record<string, string> };
export type MailSender = (mail: Mail) => Promise<void>;

/** Sends through SMTP_URL (smtp:// or smtps://, credentials in the URL), from MAIL_FROM. */
export function smtpSender(smtpUrl: string, from: string): MailSender {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({ from, ...mail });
  };
}
