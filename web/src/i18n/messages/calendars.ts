import { messages } from '../area';

/** The calendar editor's split shifts, date exceptions with their own hours, eve rule and agency (issue 20 part 6). */
export const calendars = messages(
  {
    'admin.cal.closure.kind.HOURS': 'Öppet andra tider',
  },
  {
    'admin.cal.closure.kind.HOURS': 'Open at other hours',
  },
);
