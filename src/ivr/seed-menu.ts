import { ServiceAreaCode } from '../directory/directory.enums';
import type { Menu } from './ivr-menu';

/**
 * The menu of the source documents (001): greeting; 1 payroll and expenses; 2 finance and
 * e-commerce (for now handled together by the Servicedesk, offered as two choices so that the
 * ticket gets the right service area); 9 or staying on the line, the switchboard; * repeats,
 * 0 returns to the main menu; any other key is invalid and repeats.
 */
export const SEED_MENU: Menu = {
  root: 'main',
  nodes: {
    main: {
      prompt: {
        sv: 'Välkommen till Statens servicecenter. För frågor om lön och utlägg, tryck 1. För frågor om ekonomi, fakturor, redovisning, bokslut och e-handel, tryck 2. För växeln, tryck 9 eller stanna kvar i linjen. Tryck stjärna för att höra menyn igen.',
        en: 'Welcome to the SSC. For payroll and expense questions, press 1. For finance (invoices, accounting, closing) and e-commerce, press 2. For the switchboard, press 9 or stay on the line. Press star to hear this menu again.',
      },
      keys: {
        '1': { kind: 'QUEUE', serviceArea: ServiceAreaCode.PAYROLL },
        '2': { kind: 'MENU', node: 'finance' },
        '9': { kind: 'SWITCHBOARD' },
        '*': { kind: 'REPEAT' },
      },
      timeoutSeconds: 8,
      maxTries: 3,
      fallback: { kind: 'SWITCHBOARD' },
    },
    finance: {
      prompt: {
        sv: 'För ekonomi, fakturor, redovisning och bokslut, tryck 1. För e-handel, tryck 2. Tryck stjärna för att höra valen igen, eller 0 för huvudmenyn.',
        en: 'For finance, invoices, accounting and closing, press 1. For e-commerce, press 2. Press star to hear these choices again, or 0 for the main menu.',
      },
      keys: {
        '1': { kind: 'QUEUE', serviceArea: ServiceAreaCode.FINANCE },
        '2': { kind: 'QUEUE', serviceArea: ServiceAreaCode.ECOMMERCE },
        '*': { kind: 'REPEAT' },
        '0': { kind: 'MAIN' },
      },
      timeoutSeconds: 8,
      maxTries: 3,
      fallback: { kind: 'FIRST_FREE_AGENT' },
    },
  },
};
