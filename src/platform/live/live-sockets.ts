import type { Viewer } from '../auth/viewer';
import { DEFAULT_LIVE_SOCKET_BUFFER_BYTES } from '../config';
import { logFor } from '../log';

/** graphql-ws close codes of a live socket whose right to follow has ended. */
export const CLOSE_TOKEN_EXPIRED = 4401;
export const CLOSE_FORBIDDEN = 4403;

/**
 * Drops (terminates) a socket holding more than `limit` bytes unsent; true if it did. A client that
 * stopped reading (a frozen tab, a half-dead network) would otherwise make the server keep every
 * event for it. A dropped client reconnects and resumes with `after` (ticketEvents, slaBreached) or re-reads.
 */
export function dropIfStalled(socket: { bufferedAmount: number; terminate(): void }, limit = DEFAULT_LIVE_SOCKET_BUFFER_BYTES): boolean {
  if (socket.bufferedAmount <= limit) return false;
  logFor('live').warn({ bufferedBytes: socket.bufferedAmount }, 'dropped a live socket that stopped reading');
  socket.terminate();
  return true;
}

export interface ClosableSocket {
  close(code: number, reason: string): void;
}

interface Session {
  socket: ClosableSocket;
  expiry: NodeJS.Timeout | null;
  expiresAt: number | null;
  /** The viewer the socket's operations act as, as of the last change the directory announced. */
  viewer: Viewer | null;
  /** A re-load in flight after a change: events wait for it, so none is checked against the old viewer. */
  reloading: Promise<void> | null;
  closed: boolean;
}

/**
 * The sockets of live subscriptions: the token each was opened with and the viewer it acts as. A
 * socket is closed with 4401 at its token's expiry (with or without an event); its viewer is
 * re-loaded when the directory announces a change to that user (the `viewer` live channel), and
 * the socket closed with 4403 if the user is gone or deactivated. So every event is checked
 * against the viewer as it is then, without a directory read per event and subscriber. Keyed by
 * the graphql-ws connection context and by each operation's own context, both held weakly.
 */
export class LiveSockets {
  private readonly byConnection = new WeakMap<object, Session>();
  private readonly byOperation = new WeakMap<object, Session>();
  private readonly byUser = new Map<number, Set<Session>>();

  constructor(private readonly loadViewer: (email: string) => Promise<Viewer | null>) {}

  /** A socket accepted for `viewer` with a token valid until `expiresAt` (ms since the epoch; null: never). */
  opened(connection: object, socket: ClosableSocket, viewer: Viewer, expiresAt: number | null, now = Date.now()): void {
    const session: Session = { socket, expiresAt, expiry: null, viewer, reloading: null, closed: false };
    if (expiresAt !== null) {
      // setTimeout holds at most 2^31-1 ms (24.8 days); a longer-lived token is re-checked per event.
      const delay = Math.max(0, expiresAt - now);
      if (delay < 2 ** 31 - 1) session.expiry = setTimeout(() => this.expire(session), delay);
      session.expiry?.unref();
    }
    this.byConnection.set(connection, session);
    const sessions = this.byUser.get(viewer.userId) ?? new Set<Session>();
    this.byUser.set(viewer.userId, sessions.add(session));
  }

  closed(connection: object): void {
    const session = this.byConnection.get(connection);
    if (!session) return;
    session.closed = true;
    if (session.expiry) clearTimeout(session.expiry);
    this.byConnection.delete(connection);
    this.forget(session);
  }

  /** Links an operation's context to its socket (for the per-event checks). */
  bind(connection: object, operationContext: object): void {
    const session = this.byConnection.get(connection);
    if (session) this.byOperation.set(operationContext, session);
  }

  /**
   * Per event: the viewer the operation acts as now; null, with the socket closed, once its token
   * has expired (4401) or its user is gone (4403). An operation without a socket keeps `fallback`.
   */
  async viewerFor(operationContext: object, fallback: Viewer | null, now = Date.now()): Promise<Viewer | null> {
    const session = this.byOperation.get(operationContext);
    if (!session) return fallback;
    if (session.expiresAt !== null && now >= session.expiresAt) {
      this.expire(session);
      return null;
    }
    if (session.reloading) await session.reloading;
    return session.closed ? null : session.viewer;
  }

  /** The directory announced a change to this user: re-load the viewer of each of their sockets. */
  viewerChanged(userId: number): void {
    for (const session of this.byUser.get(userId) ?? []) {
      const email = session.viewer?.email;
      if (!email || session.closed) continue;
      const reload = this.loadViewer(email).then(
        (viewer) => {
          if (viewer) session.viewer = viewer;
          else this.forbidSession(session);
        },
        (err: Error) => {
          // Unknown is not allowed: a socket whose viewer cannot be checked is closed, the client reconnects.
          logFor('live').error({ err }, 'could not re-load a viewer');
          this.forbidSession(session);
        },
      );
      const pending: Promise<void> = reload.finally(() => {
        if (session.reloading === pending) session.reloading = null;
      });
      session.reloading = pending;
    }
  }

  /** Closes the socket of an operation (or connection) with 4403: its user may no longer follow. */
  forbid(context: object): void {
    const session = this.byOperation.get(context) ?? this.byConnection.get(context);
    if (session) this.forbidSession(session);
  }

  private forbidSession(session: Session): void {
    session.closed = true;
    this.forget(session);
    session.socket.close(CLOSE_FORBIDDEN, 'Forbidden');
  }

  private forget(session: Session): void {
    const userId = session.viewer?.userId;
    if (userId === undefined) return;
    const sessions = this.byUser.get(userId);
    sessions?.delete(session);
    if (sessions?.size === 0) this.byUser.delete(userId);
  }

  private expire(session: Session): void {
    if (session.expiry) clearTimeout(session.expiry);
    session.expiry = null;
    session.closed = true;
    this.forget(session);
    session.socket.close(CLOSE_TOKEN_EXPIRED, 'Token expired');
  }
}
