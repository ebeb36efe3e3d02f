import { defineMessages, type Texts } from '../../http/messages.js';
import { HTTP_MESSAGES } from '../../http/texts.js';

/** Texts of client record entries (assembled with the others in src/app/messages.ts). */
export const RECORDS_MESSAGES = {
  'entry.onlyProfessionals': {
    en: 'Only professionals write client record entries.',
    fi: 'Vain ammattilaiset kirjaavat asiakas- ja potilastietoihin.',
    sv: 'Endast yrkespersoner gör anteckningar i klient- och patientuppgifterna.',
  },
  'entry.notYourRegister': {
    en: 'You write only in your own register ({registers}); a consent lets you read the other, not write in it.',
    fi: 'Kirjaat vain omaan rekisteriisi ({registers}); suostumus sallii toisen rekisterin lukemisen, ei siihen kirjaamista.',
    sv: 'Du antecknar bara i ditt eget register ({registers}); ett samtycke låter dig läsa det andra, inte anteckna i det.',
  },
  'entry.correctsMissing': {
    en: 'A correction names the entry it corrects ("corrects").',
    fi: 'Korjausmerkintä nimeää korjattavan merkinnän ("corrects").',
    sv: 'En rättelse anger anteckningen den rättar ("corrects").',
  },
  'entry.correctsUnknown': {
    en: 'The client has no entry "{id}" in this register to correct.',
    fi: 'Asiakkaalla ei ole tässä rekisterissä korjattavaa merkintää "{id}".',
    sv: 'Klienten har ingen anteckning "{id}" i detta register att rätta.',
  },
} as const satisfies Record<string, Texts>;

/** Messages of this module, and the HTTP kit's shared ones (request, date, language names). */
export const msg = defineMessages({ ...HTTP_MESSAGES, ...RECORDS_MESSAGES });
