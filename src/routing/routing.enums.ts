/** Enums of the routing domain (issue 20 part 4). */

/** How new and escalated cases of a group find their assignee. */
export enum RoutingMode {
  /** Nobody is assigned automatically: members take cases from the queue (the default). */
  MANUAL = 'MANUAL',
  /** The next present, skilled member after the one who got the previous case. */
  ROUND_ROBIN = 'ROUND_ROBIN',
  /** The present, skilled member with the fewest open assigned cases. */
  LEAST_LOADED = 'LEAST_LOADED',
}

/** Whether a member of staff takes work now (routing and the phone queue read it). */
export enum Presence {
  AVAILABLE = 'AVAILABLE',
  AWAY = 'AWAY',
}
