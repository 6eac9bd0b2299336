import type { Prompt } from './ivr-menu';

/** What the IVR says outside the menu's own prompts, in Swedish and English. Pure. */

export const INVALID_CHOICE: Prompt = { sv: 'Ogiltigt val.', en: 'Invalid choice.' };

export const withInvalid = (prompt: Prompt): Prompt => ({ sv: `${INVALID_CHOICE.sv} ${prompt.sv}`, en: `${INVALID_CHOICE.en} ${prompt.en}` });

const minutes = (seconds: number) => Math.max(1, Math.round(seconds / 60));

/** "Many are calling right now; you are number X in the queue", with the callback offer. */
export function queueMessage(position: number, expectedWaitSeconds: number | null): Prompt {
  const waitSv = expectedWaitSeconds === null ? '' : ` Beräknad väntetid är cirka ${minutes(expectedWaitSeconds)} ${minutes(expectedWaitSeconds) === 1 ? 'minut' : 'minuter'}.`;
  const waitEn = expectedWaitSeconds === null ? '' : ` The expected wait is about ${minutes(expectedWaitSeconds)} ${minutes(expectedWaitSeconds) === 1 ? 'minute' : 'minutes'}.`;
  return {
    sv: `Många ringer just nu. Du är nummer ${position} i kön.${waitSv} Tryck 1 om du vill bli uppringd i stället för att vänta.`,
    en: `Many are calling right now. You are number ${position} in the queue.${waitEn} Press 1 to be called back instead of waiting.`,
  };
}

export const SWITCHBOARD_MESSAGE: Prompt = { sv: 'Du kopplas nu till växeln.', en: 'You are being connected to the switchboard.' };

export const CALLBACK_MESSAGE: Prompt = {
  sv: 'Tack. Du har behållit din plats i kön och vi ringer upp dig så snart det är din tur. Hej då.',
  en: 'Thank you. You keep your place in the queue and we will call you back when it is your turn. Goodbye.',
};

/** No menu to answer with (none is published): the caller is told, and the call ends. */
export const SERVICE_UNAVAILABLE: Prompt = {
  sv: 'Vår telefontjänst är tyvärr inte tillgänglig just nu. Försök igen senare eller kontakta oss via kundwebben. Hej då.',
  en: 'Our phone service is unfortunately not available right now. Please try again later or contact us through the customer web. Goodbye.',
};

export const GOODBYE: Prompt = { sv: 'Tack för ditt samtal. Hej då.', en: 'Thank you for calling. Goodbye.' };
