/** Enums of the IVR domain. */

export enum MenuVersionStatus {
  /** Being edited by an admin; no call uses it. */
  DRAFT = 'DRAFT',
  /** The menu new calls start with (exactly one). */
  PUBLISHED = 'PUBLISHED',
  /** Replaced by a newer version; calls that started with it keep it. */
  RETIRED = 'RETIRED',
}

export enum CallState {
  /** Moving through the menu. */
  IN_MENU = 'IN_MENU',
  /** Waiting in a queue for an agent. */
  QUEUED = 'QUEUED',
  /** Connected to an agent. */
  ANSWERED = 'ANSWERED',
  /** Handed to the switchboard. */
  SWITCHBOARD = 'SWITCHBOARD',
  ENDED = 'ENDED',
}

export enum CallEndReason {
  /** Answered by an agent and finished. */
  COMPLETED = 'COMPLETED',
  /** The caller hung up before anyone answered (in the menu, the queue or at the switchboard). */
  ABANDONED = 'ABANDONED',
  /** The caller left the queue for a callback. */
  CALLBACK = 'CALLBACK',
  /** Finished at the switchboard. */
  TRANSFERRED = 'TRANSFERRED',
  /** The telephony platform reported a failure. */
  FAILED = 'FAILED',
}

export enum CallbackStatus {
  /** Waiting for an agent, in the order the caller originally queued. */
  PENDING = 'PENDING',
  /** An agent has taken it and is calling. */
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  /** Not reached after the allowed attempts. */
  FAILED = 'FAILED',
}

/** What the platform does next with a call. */
export enum CallActionKind {
  /** Say the prompt and gather one key. */
  PROMPT = 'PROMPT',
  /** Put the call in a queue and tell the caller their position. */
  QUEUE = 'QUEUE',
  /** Connect the call to the switchboard. */
  SWITCHBOARD = 'SWITCHBOARD',
  /** Connected to an agent: nothing for the menu to do. */
  CONNECTED = 'CONNECTED',
  /** The call is over. */
  HANGUP = 'HANGUP',
}
