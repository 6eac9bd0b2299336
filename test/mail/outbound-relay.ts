import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP relay for the tests: it keeps what it accepts and refuses recipients at `refuse@` with 550. */
export interface TestRelay {
  port: number;
  received: ParsedMail[];
  stop(): Promise<void>;
}

export function startRelay(port = 0): Promise<TestRelay> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('refuse@')) return callback(Object.assign(new Error('5.1.1 no such mailbox'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.server.address() as { port: number };
      resolve({ port: address.port, received, stop: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
