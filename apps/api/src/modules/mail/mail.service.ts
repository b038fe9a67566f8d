import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, LOGGER } from '../../common/clock.js';
import type { AppConfig } from '../../config/config.js';
import { startMailSink, type MailSink } from './mail-sink.js';

export interface OutgoingMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** Stable per reminder: `<reminder-{uuid}@tilsyn>`; a resend after a crash is detectable. */
  messageId: string;
  headers?: Record<string, string>;
  /** The SMTP envelope sender (return path), e.g. a VERP address `bounce+<id>@domain` that names the message a bounce is about. */
  returnPath?: string;
}

/** How a failed send is handled (reliability.md A2, RFC 5321 reply codes). */
export type SendFailure = { kind: 'TEMPORARY' | 'PERMANENT'; responseCode: number | null; message: string };

/**
 * 5xx is permanent (no retry; shown as needing attention); 4xx, time-outs and refused connections
 * are temporary and retried with backoff.
 */
export function classifySendError(error: unknown): SendFailure {
  const e = error as { responseCode?: number; code?: string; message?: string };
  const responseCode = typeof e?.responseCode === 'number' ? e.responseCode : null;
  // The reply text can echo an address; keep the code and nodemailer's error code only.
  const message = [e?.code, responseCode].filter(Boolean).join(' ') || 'SEND_FAILED';
  if (responseCode !== null && responseCode >= 500 && responseCode < 600) return { kind: 'PERMANENT', responseCode, message };
  return { kind: 'TEMPORARY', responseCode, message };
}

@Injectable()
export class MailService implements OnModuleInit, OnApplicationShutdown {
  private transporter: Transporter | null = null;
  private sink: MailSink | null = null;
  private url: string | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    this.url = this.config.smtpUrl;
    if (!this.url && this.config.mode === 'demo' && this.config.jobs) {
      this.sink = await startMailSink(this.dataSource, this.logger);
      this.url = this.sink.url;
    }
    if (!this.url) {
      if (this.config.jobs) this.logger.warn('SMTP_URL is not set: reminders are kept in the app and marked as failed to e-mail');
      return;
    }
    const { mail } = this.config;
    this.transporter = nodemailer.createTransport({
      url: this.url,
      // Plain loopback sinks and test servers have no certificate; production uses smtps:// or STARTTLS.
      ignoreTLS: this.url.startsWith('smtp://127.0.0.1') || this.url.startsWith('smtp://localhost'),
      connectionTimeout: mail.connectionTimeoutMs,
      greetingTimeout: mail.greetingTimeoutMs,
      socketTimeout: mail.socketTimeoutMs,
      // A few long-lived connections (one per send worker): no new TCP, greeting and TLS per message.
      pool: true,
      maxConnections: 4,
      maxMessages: 100,
    } as never);
  }

  /** True when mail can leave (SMTP_URL set, or the demo sink runs). */
  get configured(): boolean {
    return this.transporter !== null;
  }

  get usesSink(): boolean {
    return this.sink !== null;
  }

  async send(mail: OutgoingMail): Promise<{ accepted: string[]; rejected: string[] }> {
    if (!this.transporter) throw Object.assign(new Error('SMTP_URL is not set'), { responseCode: 554, code: 'SMTP_NOT_CONFIGURED' });
    const info = await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      headers: mail.headers,
      ...(mail.returnPath ? { envelope: { from: mail.returnPath, to: mail.to } } : {}),
    });
    return { accepted: (info.accepted ?? []).map(String), rejected: (info.rejected ?? []).map(String) };
  }

  async onApplicationShutdown(): Promise<void> {
    this.transporter?.close();
    await this.sink?.close();
  }
}
