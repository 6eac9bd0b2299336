import { messages } from '../area';

/** The customer web's knowledge area (Sök svar). */
export const customerKnowledge = messages(
  {
    'customerKnowledge.title': 'Sök svar',
    'customerKnowledge.intro': 'Sök bland svaren på vanliga frågor om lön, ekonomi och e-handel.',
    'customerKnowledge.query': 'Vad undrar du?',
    'customerKnowledge.search': 'Sök',
    'customerKnowledge.searching': 'Söker …',
    'customerKnowledge.results': 'Svar som matchar ”{query}”',
    'customerKnowledge.corrected': 'Vi sökte på ”{query}” i stället.',
    'customerKnowledge.none': 'Vi hittade inga svar på ”{query}”. Pröva andra ord, eller registrera ett ärende så hjälper vi dig.',
    'customerKnowledge.register': 'Registrera ett ärende',
    'customerKnowledge.more': 'Visa fler svar',
    'customerKnowledge.back': 'Tillbaka till sökningen',
    'customerKnowledge.notFound': 'Svaret finns inte, eller så kan du inte läsa det.',
    'customerKnowledge.updated': 'Uppdaterad {date}',
    'customerKnowledge.notHelped': 'Fick du inte svar på din fråga?',
  },
  {
    'customerKnowledge.title': 'Find answers',
    'customerKnowledge.intro': 'Search the answers to common questions about pay, finance and e-commerce.',
    'customerKnowledge.query': 'What do you want to know?',
    'customerKnowledge.search': 'Search',
    'customerKnowledge.searching': 'Searching …',
    'customerKnowledge.results': 'Answers matching "{query}"',
    'customerKnowledge.corrected': 'We searched for "{query}" instead.',
    'customerKnowledge.none': 'We found no answers to "{query}". Try other words, or register a case and we will help you.',
    'customerKnowledge.register': 'Register a case',
    'customerKnowledge.more': 'Show more answers',
    'customerKnowledge.back': 'Back to the search',
    'customerKnowledge.notFound': 'The answer does not exist, or you cannot read it.',
    'customerKnowledge.updated': 'Updated {date}',
    'customerKnowledge.notHelped': 'Did you not get an answer to your question?',
  },
);
