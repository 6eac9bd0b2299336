import type { Prompt } from './ivr-menu';

/** What the IVR says outside the menu's own prompts, in Swedish and English. Pure. */

export const INVALID_CHOICE: Prompt = { sv: 'Ogiltigt val.', en: 'Invalid choice.' };

export const withInvalid = (prompt: Prompt): Prompt => ({ sv: `${INVALID_CHOICE.sv} ${prompt.sv}`, en: `${INVALID_CHOICE.en} ${prompt.en}` });

const minutes = (seconds: number) => Math.max(1, Math.round(seconds / 60));

/**
 * "Many are calling right now; you are number X in the queue", with the callback offer when the
 * caller's number can be called back (not for a withheld number).
 */
export function queueMessage(position: number, expectedWaitSeconds: number | null, offerCallback = true): Prompt {
  const waitSv = expectedWaitSeconds === null ? '' : ` Beräknad väntetid är cirka ${minutes(expectedWaitSeconds)} ${minutes(expectedWaitSeconds) === 1 ? 'minut' : 'minuter'}.`;
  const waitEn = expectedWaitSeconds === null ? '' : ` The expected wait is about ${minutes(expectedWaitSeconds)} ${minutes(expectedWaitSeconds) === 1 ? 'minute' : 'minutes'}.`;
  return {
    sv: `Många ringer just nu. Du är nummer ${position} i kön.${waitSv}${offerCallback ? ' Tryck 1 om du vill bli uppringd i stället för att vänta.' : ''}`,
    en: `Many are calling right now. You are number ${position} in the queue.${waitEn}${offerCallback ? ' Press 1 to be called back instead of waiting.' : ''}`,
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

/** The caller is leaving the queue for the agent who answered. */
export const CONNECTING_TO_AGENT: Prompt = { sv: 'Du kopplas nu till en handläggare.', en: 'You are being connected to an agent.' };

/** The agent's phone did not answer: the caller goes back to their place in the queue. */
export const BACK_IN_QUEUE: Prompt = {
  sv: 'Handläggaren kunde inte svara. Du har kvar din plats i kön.',
  en: 'The agent could not answer. You keep your place in the queue.',
};

/** A withheld number pressed 1: it cannot be called back, so the caller keeps waiting. */
export const NO_CALLBACK_FOR_WITHHELD: Prompt = {
  sv: 'Vi kan inte ringa upp ett dolt nummer. Du har kvar din plats i kön.',
  en: 'We cannot call back a withheld number. You keep your place in the queue.',
};

/** Something went wrong on our side: said instead of Twilio's own error message, then the call ends. */
export const TECHNICAL_ERROR: Prompt = {
  sv: 'Ett tekniskt fel uppstod. Försök igen senare eller kontakta oss via kundwebben. Hej då.',
  en: 'A technical error occurred. Please try again later or contact us through the customer web. Goodbye.',
};

/** The queue could not take the call (full, or the platform failed). */
export const QUEUE_UNAVAILABLE: Prompt = {
  sv: 'Vi kan inte ta emot ditt samtal just nu. Försök igen senare. Hej då.',
  en: 'We cannot take your call right now. Please try again later. Goodbye.',
};
