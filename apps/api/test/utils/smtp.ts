import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { ceiling } from './ceiling.js';

export interface ReceivedMail {
  messageId: string | null;
  to: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
}

export interface SmtpBehaviour {
  /** A reply code to refuse a recipient with (e.g. 451, 550), or null to accept. */
  rcpt?: (address: string) => number | null;
  /** Milliseconds before the greeting (a tarpit). */
  greetingDelayMs?: number;
}

/**
 * A real SMTP server on loopback for tests (smtp-server + postal-mime, stack.md §4): it keeps what
 * it accepts, answers recipients with the codes a test chooses, can tarpit the greeting, and can be
 * stopped and started on the same port to play "server down".
 */
export class TestSmtp {
  readonly received: ReceivedMail[] = [];
  behaviour: SmtpBehaviour = {};
  port = 0;
  private server: SMTPServer | null = null;
  private waiters: (() => void)[] = [];

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(port = this.port): Promise<void> {
    const server = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onConnect: (_session, callback) => {
        const delay = this.behaviour.greetingDelayMs ?? 0;
        if (delay > 0) setTimeout(() => callback(), delay).unref();
        else callback();
      },
      onRcptTo: (address, _session, callback) => {
        const code = this.behaviour.rcpt?.(address.address) ?? null;
        if (code) return callback(Object.assign(new Error(`${code} refused by test`), { responseCode: code }));
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          void PostalMime.parse(Buffer.concat(chunks)).then((m) => {
            this.received.push({
              messageId: m.messageId ?? null,
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: m.subject ?? '',
              text: m.text ?? '',
              headers: Object.fromEntries(m.headers.map((h) => [h.key.toLowerCase(), h.value])),
            });
            for (const w of this.waiters.splice(0)) w();
            callback();
          }, callback);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    // Ends open connections too, so a client sees the server go away.
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves once `n` messages have arrived in all. */
  async waitFor(n: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < n) {
      if (Date.now() > deadline) throw new Error(`expected ${n} messages, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200).unref();
      });
    }
  }
}

/**
 * Polls a condition until it holds (for state written by background jobs), or fails after the
 * ceiling: `timeoutMs` is the quiet machine's figure, scaled for a busy one (utils/ceiling.ts).
 */
export async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + ceiling(timeoutMs);
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The app's settings for a test with the job system on and a TestSmtp: SMTP time-outs well below
 * the 10 s job expiry (reliability.md A2), retries after a second, workers polling every second,
 * erasure digests without delay.
 */
export function jobsAndMailEnv(smtpUrl: string): Record<string, string> {
  return {
    TILSYN_JOBS: 'true',
    SMTP_URL: smtpUrl,
    SMTP_CONNECTION_TIMEOUT_MS: '1000',
    SMTP_GREETING_TIMEOUT_MS: '1000',
    SMTP_SOCKET_TIMEOUT_MS: '2000',
    REMINDER_JOB_EXPIRE_SECONDS: '10',
    REMINDER_RETRY_DELAY_SECONDS: '1',
    JOB_POLLING_SECONDS: '1',
    ERASURE_DIGEST_DELAY_SECONDS: '0',
  };
}
