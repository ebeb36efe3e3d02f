import { defineMessages, type Texts } from '../../http/messages.js';
import { HTTP_MESSAGES } from '../../http/texts.js';

/** Texts of the national code systems. */
export const CODE_MESSAGES = {
  'notFound.codeSystem': {
    en: 'Code system {id} does not exist.',
    fi: 'Koodistoa {id} ei löydy.',
    sv: 'Kodsystemet {id} finns inte.',
  },
} as const satisfies Record<string, Texts>;

/** Messages of this module, and the HTTP kit's shared ones (request, date, language names). */
export const msg = defineMessages({ ...HTTP_MESSAGES, ...CODE_MESSAGES });
