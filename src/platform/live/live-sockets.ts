/** graphql-ws close codes of a live socket whose right to follow has ended. */
export const CLOSE_TOKEN_EXPIRED = 4401;
export const CLOSE_FORBIDDEN = 4403;

export interface ClosableSocket {
  close(code: number, reason: string): void;
}

interface Session {
  socket: ClosableSocket;
  expiry: NodeJS.Timeout | null;
  expiresAt: number | null;
}

/**
 * The sockets of live subscriptions and the token each was opened with: a socket is closed with
 * 4401 at its token's expiry (with or without an event), and with 4403 when its user is found
 * deactivated (at the next event at the latest: the per-event context asks `forbid`). Keyed by the
 * graphql-ws connection context and by each operation's own context, both held weakly.
 */
export class LiveSockets {
  private readonly byConnection = new WeakMap<object, Session>();
  private readonly byOperation = new WeakMap<object, Session>();

  /** A socket accepted with a token valid until `expiresAt` (ms since the epoch; null: never). */
  opened(connection: object, socket: ClosableSocket, expiresAt: number | null, now = Date.now()): void {
    const session: Session = { socket, expiresAt, expiry: null };
    if (expiresAt !== null) {
      // setTimeout holds at most 2^31-1 ms (24.8 days); a longer-lived token is re-checked per event.
      const delay = Math.max(0, expiresAt - now);
      if (delay < 2 ** 31 - 1) session.expiry = setTimeout(() => this.expire(session), delay);
      session.expiry?.unref();
    }
    this.byConnection.set(connection, session);
  }

  closed(connection: object): void {
    const session = this.byConnection.get(connection);
    if (session?.expiry) clearTimeout(session.expiry);
    this.byConnection.delete(connection);
  }

  /** Links an operation's context to its socket (for the per-event checks). */
  bind(connection: object, operationContext: object): void {
    const session = this.byConnection.get(connection);
    if (session) this.byOperation.set(operationContext, session);
  }

  /** Per event: false, and the socket closed with 4401, once the token has expired. */
  stillValid(operationContext: object, now = Date.now()): boolean {
    const session = this.byOperation.get(operationContext);
    if (!session || session.expiresAt === null || now < session.expiresAt) return true;
    this.expire(session);
    return false;
  }

  /** Closes the socket of an operation (or connection) with 4403: its user may no longer follow. */
  forbid(context: object): void {
    const session = this.byOperation.get(context) ?? this.byConnection.get(context);
    session?.socket.close(CLOSE_FORBIDDEN, 'Forbidden');
  }

  private expire(session: Session): void {
    if (session.expiry) clearTimeout(session.expiry);
    session.expiry = null;
    session.socket.close(CLOSE_TOKEN_EXPIRED, 'Token expired');
  }
}
