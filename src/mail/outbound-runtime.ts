import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import { defaultMailConfig, type MailConfig } from '../platform/config';
import type { RunningService, ServiceDeps } from '../platform/domain';

/**
 * What outbound mail needs of its app instance: the mail settings (the Message-ID domain, which the
 * in-transaction listeners need but a Context does not carry) and one pooled SMTP transport per
 * relay URL, created on first use. Kept per ORM (one per app instance), so two apps in one
 * process never share a pool or settings; the `outbound` service registers them and closes the
 * pools on stop.
 */
interface OutboundRuntime {
  mail: MailConfig;
  transports: Map<string, Transporter>;
}

const runtimes = new WeakMap<object, OutboundRuntime>();

const keyOf = (em: EntityManager | MikroORM) => em.config;

function runtimeOf(key: object, mail?: MailConfig): OutboundRuntime {
  let runtime = runtimes.get(key);
  if (!runtime) {
    runtime = { mail: mail ?? defaultMailConfig(false), transports: new Map() };
    runtimes.set(key, runtime);
  } else if (mail) runtime.mail = mail;
  return runtime;
}

/** The mail settings of the app `em` belongs to (the defaults when none registered: scripts, seeds). */
export const mailSettingsOf = (em: EntityManager): MailConfig => runtimeOf(keyOf(em)).mail;

/** The pooled transport to `url` of this app instance, created on first use. */
export function transportFor(orm: MikroORM, url: string, mail?: MailConfig): Transporter {
  const runtime = runtimeOf(keyOf(orm), mail);
  let transport = runtime.transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport({ url, pool: true, maxConnections: 3, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    runtime.transports.set(url, transport);
  }
  return transport;
}

/** The `outbound` service: registers this instance's mail settings; its stop closes the relay pools. */
export async function startOutbound({ orm, config }: ServiceDeps): Promise<RunningService> {
  const runtime = runtimeOf(keyOf(orm), config.mail ?? defaultMailConfig(config.production));
  return {
    stop: async () => {
      for (const transport of runtime.transports.values()) transport.close();
      runtime.transports.clear();
    },
  };
}
