import { renderMail, type MailContent, type MailLanguage } from '../mail-layout';
import { automaticFooter, greeting, pick } from './common';

export interface WebhookPausedData {
  name: string;
  url: string;
  description: string;
  reason: string;
}

/** To the admin who registered a webhook endpoint: it was paused, why, and how to resume it. */
export function webhookPausedMail(lang: MailLanguage, d: WebhookPausedData): MailContent {
  return renderMail({
    lang,
    subject: pick(lang, { sv: `Webhook pausad: ${d.description || d.url}`, en: `Webhook paused: ${d.description || d.url}` }),
    greeting: greeting(lang, d.name),
    blocks: [
      { paragraph: pick(lang, { sv: 'Servicedesken har pausat en webhook som du registrerade, eftersom leveranserna till den misslyckas:', en: 'The service desk paused a webhook you registered, because deliveries to it keep failing:' }) },
      { facts: [[pick(lang, { sv: 'Adress', en: 'URL' }), d.url], [pick(lang, { sv: 'Beskrivning', en: 'Description' }), d.description], [pick(lang, { sv: 'Orsak', en: 'Reason' }), d.reason]] },
      {
        paragraph: pick(lang, {
          sv: 'Inga fler leveranser görs förrän du återupptar den under Administration > Webhooks. Händelser under pausen skickas inte; leveranser som väntar skickas när den återupptas.',
          en: 'No more deliveries are made until you resume it under Administration > Webhooks. Events during the pause are not sent; deliveries still waiting are sent once it is resumed.',
        }),
      },
    ],
    footer: automaticFooter(lang),
  });
}
