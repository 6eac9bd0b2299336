/** Enums of the saved replies domain. */

/** Who a saved reply is for: its owner, a support group, or every staff member. */
export enum SavedReplyScope {
  /** Its owner's only: only they use and change it. */
  PERSONAL = 'PERSONAL',
  /** A support group's: its members (and admins) use and change it. */
  GROUP = 'GROUP',
  /** Everyone's on the staff to use; only admins change it. */
  GLOBAL = 'GLOBAL',
}
