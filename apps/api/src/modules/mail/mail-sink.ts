import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';

export interface MailSink {
  url: string;
  close(): Promise<void>;
}

/**
 * The demo's embedded SMTP sink (issue 5): a real SMTP server on loopback that keeps what it
 * receives in `sink_mail`, so demo mode sends mail down the same code path as production and an
 * administrator can read it on the "Sent mail" page. Never started when SMTP_URL is set.
 */
export async function startMailSink(dataSource: DataSource, logger: Logger): Promise<MailSink> {
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        void (async () => {
          const parsed = await PostalMime.parse(Buffer.concat(chunks));
          await dataSource.query(
            'INSERT INTO sink_mail (id, message_id, mail_from, recipients, subject, body, received_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now())',
            [parsed.messageId ?? null, session.envelope.mailFrom ? session.envelope.mailFrom.address : '', session.envelope.rcptTo.map((r) => r.address), parsed.subject ?? '', parsed.text ?? ''],
          );
        })().then(
          () => callback(),
          (error: unknown) => {
            logger.error({ err: error }, 'mail sink could not store a message');
            callback(Object.assign(new Error('could not store'), { responseCode: 451 }));
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  logger.info({ port }, 'demo mail sink listening on loopback');
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
