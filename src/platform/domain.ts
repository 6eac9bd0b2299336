import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { Router } from 'express';
import type { Viewer } from './auth/viewer';
import type { Clock } from './clock';
import type { AppConfig, Config, IvrConfig } from './config';
import type { Context, Loaders } from './context';
import type { EventHandler } from './events/domain-events';
import type { JobDeclaration } from './jobs/jobs';

/** Finds one object of a Node type by its database id, as the viewer may see it (null if not). */
export type NodeFinder = (ctx: Context, id: number) => Promise<object | null>;

/** What an HTTP route of a domain gets from the server. */
export interface RouteDeps {
  /** A unit of work for the request's `Authorization` header (UNAUTHENTICATED if it is bad). */
  contextFor(authorization: unknown): Promise<Context>;
  /** A unit of work for the machine account with this e-mail (the telephony gateway); null if it is missing or inactive. */
  contextAs(email: string): Promise<Context | null>;
  config: Pick<Config, 'production'> & { ivr?: IvrConfig } & Partial<Pick<Config, 'attachments'>>;
  /**
   * Signs a development token (HS256, the configured dev secret, as `npm run token` does) for an
   * e-mail; null in production or without a dev secret. Whoever calls it decides who may have one.
   */
  signDevToken: ((email: string) => Promise<DevToken>) | null;
}

/** A signed development token and when it expires. */
export interface DevToken {
  token: string;
  expiresAt: Date;
}

/** What a domain's long-running service (a listener on a port of its own) gets at start-up. */
export interface ServiceDeps {
  orm: import('@mikro-orm/postgresql').MikroORM;
  clock: Clock;
  config: AppConfig;
  /** A unit of work for `viewer` outside any request, on a fresh EntityManager fork. */
  unitOfWork(viewer: Viewer | null): Context;
}

/** A running service: its port, if it listens on one, and how to stop it (it stops taking work first). */
export interface RunningService {
  port?: number;
  stop(): Promise<void>;
}

/**
 * One domain, declared once in its own folder (`<domain>.domain.ts`) and listed in `app.ts`: the
 * schema, the ORM, the request context, `node(id:)` and the server are all built from the list,
 * so adding a domain touches `app.ts` and the new folder only.
 */
export interface DomainModule {
  /** Short, unique: `tickets`, `sla`. */
  name: string;
  /** Its MikroORM entities. */
  entities?: readonly EntityClass<object>[];
  /**
   * Its own migrations (files in `<domain>/migrations/`), for a domain added after the shared
   * history in the top-level `migrations/`: all run together, ordered by their timestamped names.
   */
  migrations?: readonly MigrationObject[];
  /** Its type-graphql resolver classes (root fields and the fields it adds to others' types). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: readonly Function[];
  /** Its DataLoaders, created fresh for each unit of work (the keys it adds to `Loaders`). */
  loaders?: (em: EntityManager, viewer: Viewer | null, clock: Clock) => Partial<Loaders>;
  /** Its `node(id:)` finders by GraphQL type name. */
  nodes?: Readonly<Record<string, NodeFinder>>;
  /** Its HTTP routes outside GraphQL, by mount path. */
  routes?: Readonly<Record<string, (deps: RouteDeps) => Router>>;
  /** Its reactions to domain events (its own and others'), each with a stable id and its declared order. */
  listeners?: readonly EventHandler<Context>[];
  /**
   * Its long-running services beside the HTTP server (the SMTP listener), by name: started after
   * the server, stopped before it. A factory answers null when its configuration turns it off.
   */
  services?: Readonly<Record<string, (deps: ServiceDeps) => Promise<RunningService | null>>>;
  /** Its metrics, registered on the instance's registry at start-up (gauges read when scraped). */
  metrics?: (registry: import('prom-client').Registry, deps: ServiceDeps) => void;
  /** Its background jobs: tasks, cron items, a start-up hook (run by the one job runner of the instance). */
  jobs?: JobDeclaration;
  /** The identity provider: the viewer for a verified e-mail (exactly one domain declares it). */
  viewer?: (em: EntityManager, email: string) => Promise<Viewer | null>;
}

/** Everything the domains declare of one kind, in list order; a name declared twice is an error. */
export function collect<K extends keyof DomainModule>(domains: readonly DomainModule[], key: K): NonNullable<DomainModule[K]>[] {
  const names = new Set<string>();
  for (const d of domains) {
    if (names.has(d.name)) throw new Error(`domain "${d.name}" is declared twice`);
    names.add(d.name);
  }
  return domains.flatMap((d) => (d[key] === undefined ? [] : [d[key] as NonNullable<DomainModule[K]>]));
}

/** Merges records the domains declare (node finders, routes), refusing a key two domains claim. */
export function mergeRecords<T>(what: string, records: readonly Readonly<Record<string, T>>[]): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const record of records)
    for (const [key, value] of Object.entries(record)) {
      if (key in merged) throw new Error(`${what} "${key}" is declared by two domains`);
      merged[key] = value;
    }
  return merged;
}

/** The shared migration history and the domains' own, in timestamp order; a name twice is an error. */
export function migrationsOf(shared: readonly MigrationObject[], domains: readonly DomainModule[]): MigrationObject[] {
  const all = [...shared, ...collect(domains, 'migrations').flat()];
  const names = new Set<string>();
  for (const m of all) {
    if (names.has(m.name)) throw new Error(`migration ${m.name} is declared twice`);
    names.add(m.name);
  }
  // By timestamp only; the sort is stable, so migrations of one timestamp keep their listed order.
  const stamp = (m: MigrationObject) => /\d{14}/.exec(m.name)?.[0] ?? '';
  return all.sort((a, b) => (stamp(a) < stamp(b) ? -1 : stamp(a) > stamp(b) ? 1 : 0));
}
