/**
 * First-line questions as callers and customers write them, each with the demo articles (by exact
 * title, seeds/knowledge.ts) that answer it. Written for this bench: paraphrases, synonyms the
 * articles do not use, Swedish compounds split or joined the other way, pasted mails, typos and
 * English questions. `npm run bench kb` measures the top-3 hit rate and precision on them.
 */
export interface KbQuestion {
  kind: 'paraphrase' | 'synonym' | 'compound' | 'mail' | 'typo' | 'english' | 'close';
  q: string;
  /** Titles of the articles that answer it (any one in the top 3 is a hit). */
  answers: string[];
}

const PAYDAY_SV = 'Vilket datum betalas min reseräkning ut?';
const PAYDAY_EN = 'When is my travel expense claim paid?';
const LEAVE_SV = 'Hur många semesterdagar har jag kvar?';
const LEAVE_EN = 'How many days of annual leave do I have left?';
const WRONG_PAY = 'Varför har jag inte fått korrekt lön?';
const ADVANCE = 'Kan jag få förskott på lön?';
const OB = 'Fel OB-tillägg på lönespecifikationen';
const STUCK = 'Reseräkningen har fastnat i attestflödet';
const SICK = 'Sjukfrånvaro saknas i lönesystemet';
const PAYSLIP = 'Lönespecifikationen visas inte i Primula';
const WELLNESS = 'Friskvårdsbidraget har inte betalats ut';
const PARENTAL = 'Fråga om lön under föräldraledighet';
const CONFERENCE = 'Utlägg för konferens saknas på utbetalningen';
const TAX = 'Fel skattetabell på decemberlönen';
const CHART_SV = 'Var finns kontoplanen?';
const CHART_EN = 'Where is the chart of accounts?';
const INVOICE_SV = 'Hur skapar jag en kundfaktura?';
const INVOICE_EN = 'How do I create a customer invoice?';
const CONSULT = 'Vilket konto ska användas för konsultkostnader?';
const CLOSING = 'Bokslutsrapporten stämmer inte mot huvudboken';
const VAT = 'Kundfakturan har fel momssats';
const REFERENCE = 'Leverantörsfaktura saknar referens';
const RENT = 'Periodisering av hyreskostnader vid årsskiftet';
const ACCESS_SV = 'Hur får jag access till e-handelstjänsten?';
const ACCESS_EN = 'How do I get access to the e-commerce service?';
const APPROVE_SV = 'Hur godkänner och attesterar jag leverantörsfakturor?';
const APPROVE_EN = 'How do I approve supplier invoices?';
const CATALOGUE = 'Varför syns inte leverantörens tjänstekatalog?';
const PRICES = 'Varför är inte priserna enligt avtal?';
const ORDER = 'Beställningen har inte skickats till leverantören';
const PENSION = 'När betalas tjänstepensionen in?';
const REGISTER = 'Hur registrerar jag en reseräkning?';
const ASSET = 'Hur aktiverar jag en anläggningstillgång?';
const SUPPLIER = 'Hur lägger jag upp en ny leverantör?';
const LOGIN = 'Jag kan inte logga in i e-handeln';
const APPLY = 'Hur ansöker jag om semester?';

export const KB_QUESTIONS: KbQuestion[] = [
  // Close to the articles' words.
  { kind: 'close', q: 'när betalas reseräkningen ut', answers: [PAYDAY_SV] },
  { kind: 'close', q: 'skapa kundfaktura i raindance', answers: [INVOICE_SV] },
  { kind: 'close', q: 'förskott på lönen', answers: [ADVANCE] },
  { kind: 'close', q: 'ny leverantör upplägg', answers: [SUPPLIER] },
  // Paraphrases.
  { kind: 'paraphrase', q: 'hur mycket semester har jag sparat', answers: [LEAVE_SV] },
  { kind: 'paraphrase', q: 'lönen blev för låg den här månaden', answers: [WRONG_PAY] },
  { kind: 'paraphrase', q: 'min chef har slutat och reseräkningen är inte godkänd', answers: [STUCK] },
  { kind: 'paraphrase', q: 'när kommer pengarna för resan', answers: [PAYDAY_SV] },
  { kind: 'paraphrase', q: 'var ser jag min lönespec', answers: [PAYSLIP] },
  { kind: 'paraphrase', q: 'gymkortet har inte ersatts', answers: [WELLNESS] },
  { kind: 'paraphrase', q: 'får jag lön när jag är föräldraledig', answers: [PARENTAL] },
  { kind: 'paraphrase', q: 'för mycket skatt drogs i december', answers: [TAX] },
  { kind: 'paraphrase', q: 'rapporten från bokslutet skiljer sig från huvudboken', answers: [CLOSING] },
  { kind: 'paraphrase', q: 'priset i katalogen stämmer inte med avtalet', answers: [PRICES] },
  { kind: 'paraphrase', q: 'leverantören har inte fått vår order', answers: [ORDER] },
  { kind: 'paraphrase', q: 'hur söker jag ledigt i sommar', answers: [APPLY] },
  { kind: 'paraphrase', q: 'när betalas premien till SPV', answers: [PENSION] },
  // Synonyms the articles do not use.
  { kind: 'synonym', q: 'sjukskrivning syns inte i lönen', answers: [SICK] },
  { kind: 'synonym', q: 'OB-ersättningen är fel', answers: [OB] },
  { kind: 'synonym', q: 'vilket konto för konsultarvode', answers: [CONSULT] },
  { kind: 'synonym', q: 'fel moms på utgående faktura', answers: [VAT] },
  { kind: 'synonym', q: 'lönebesked saknas i Primula', answers: [PAYSLIP] },
  { kind: 'synonym', q: 'hur bokar jag förutbetald hyra', answers: [RENT] },
  { kind: 'synonym', q: 'behörighet till e-handelssystemet', answers: [ACCESS_SV, LOGIN] },
  // Swedish compounds, split or joined the other way.
  { kind: 'compound', q: 'konferensutlägget har inte betalats ut', answers: [CONFERENCE] },
  { kind: 'compound', q: 'kan inte logga in i e-handelssystemet', answers: [LOGIN] },
  { kind: 'compound', q: 'attestflöde för fakturor från leverantörer', answers: [APPROVE_SV] },
  { kind: 'compound', q: 'referenskoden saknas på fakturan', answers: [REFERENCE] },
  { kind: 'compound', q: 'semestersaldot stämmer inte', answers: [LEAVE_SV] },
  { kind: 'compound', q: 'tjänstekatalogen från leverantören syns inte', answers: [CATALOGUE] },
  { kind: 'compound', q: 'aktivera tillgång i anläggningsregistret', answers: [ASSET] },
  // Pasted mails.
  { kind: 'mail', q: 'Hej! Jag åkte på en konferens i mars och la ut för hotellet själv. Kvittot är inskickat men jag har inte fått tillbaka pengarna på lönen. Mvh Anna', answers: [CONFERENCE] },
  { kind: 'mail', q: 'Hej, vi har skickat en faktura till en kund med 25 % moms men det skulle vara 6 %. Hur gör vi för att rätta den? Tack på förhand, Ekonomienheten', answers: [VAT] },
  { kind: 'mail', q: 'God morgon. Jag har bytt myndighet och nu kommer jag inte in i e-handeln längre. Vad ska jag göra? Hälsningar Per', answers: [LOGIN, ACCESS_SV] },
  { kind: 'mail', q: 'Hej Servicedesk, min reseräkning från februari ligger fortfarande och väntar på attest, min chef har gått i pension. Vem kan flytta den? /Lena', answers: [STUCK] },
  // Typos.
  { kind: 'typo', q: 'kontoplannen', answers: [CHART_SV] },
  { kind: 'typo', q: 'frisvårdsbidrag', answers: [WELLNESS] },
  { kind: 'typo', q: 'lönspecifikation visas inte', answers: [PAYSLIP] },
  // English questions.
  { kind: 'english', q: 'when will my travel expenses be paid', answers: [PAYDAY_EN, PAYDAY_SV] },
  { kind: 'english', q: 'how much annual leave is left', answers: [LEAVE_EN, LEAVE_SV] },
  { kind: 'english', q: 'where do I find the accounts in Raindance', answers: [CHART_EN, CHART_SV] },
  { kind: 'english', q: 'approve an invoice from a supplier', answers: [APPROVE_EN, APPROVE_SV] },
  { kind: 'english', q: 'I need access to e-commerce', answers: [ACCESS_EN, ACCESS_SV] },
  { kind: 'english', q: 'creating an invoice for a customer', answers: [INVOICE_EN, INVOICE_SV] },
  { kind: 'english', q: 'chart of accounts for my agency', answers: [CHART_EN, CHART_SV] },
];
