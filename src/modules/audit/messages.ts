import { defineMessages, type Texts } from '../../http/messages.js';
import { HTTP_MESSAGES } from '../../http/texts.js';

/** This module's texts in Finnish, Swedish and English (assembled with the others in src/app/messages.ts). */
export const AUDIT_MESSAGES = {
  'accessLog.onlyClients': {
    en: 'This is the client’s own view of who has opened their data; sign in as the client.',
    fi: 'Tämä on asiakkaan oma näkymä siihen, kuka on avannut hänen tietojaan. Kirjaudu sisään asiakkaana.',
    sv: 'Detta är klientens egen vy över vem som har öppnat klientens uppgifter. Logga in som klient.',
  },
} as const satisfies Record<string, Texts>;

/** Messages of this module, and the HTTP kit's shared ones (request, date, language names). */
export const msg = defineMessages({ ...HTTP_MESSAGES, ...AUDIT_MESSAGES });
