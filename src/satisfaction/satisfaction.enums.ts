/** What the satisfaction report groups by. */
export enum SatisfactionGroupBy {
  GROUP = 'GROUP',
  SERVICE = 'SERVICE',
  AGENCY = 'AGENCY',
}
