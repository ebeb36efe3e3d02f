import { defineMessages, type Texts } from '../../http/messages.js';
import { HTTP_MESSAGES } from '../../http/texts.js';

/** This module's texts in Finnish, Swedish and English (assembled with the others in src/app/messages.ts). */
export const ANALYTICS_MESSAGES = {
  'analytics.organizerOnly': {
    en: 'Aggregates and pseudonymised data are for the organizer’s analysts and planners only.',
    fi: 'Koostetiedot ja pseudonymisoidut tiedot ovat vain järjestäjän analyytikoille ja suunnittelijoille.',
    sv: 'Sammanställda och pseudonymiserade uppgifter är endast för anordnarens analytiker och planerare.',
  },
  'analytics.date': {
    en: '"{value}" is not a date: give a real calendar date as YYYY-MM-DD, e.g. 2026-03-31.',
    fi: '"{value}" ei ole päivämäärä: anna todellinen päivämäärä muodossa VVVV-KK-PP, esim. 2026-03-31.',
    sv: '"{value}" är inte ett datum: ange ett verkligt datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-31.',
  },
  'analytics.period.reversed': {
    en: 'The period ends ({to}) before it starts ({from}): "to" must be on or after "from".',
    fi: 'Ajanjakso päättyy ({to}) ennen kuin se alkaa ({from}): "to"-päivän on oltava sama tai myöhempi kuin "from".',
    sv: 'Perioden slutar ({to}) innan den börjar ({from}): "to" måste vara samma dag som eller efter "from".',
  },
  'analytics.period.tooLong': {
    en: 'The period is {days} days long; at most {max} days can be asked for at a time. Split it into shorter periods.',
    fi: 'Ajanjakso on {days} päivää pitkä; kerralla voi pyytää enintään {max} päivää. Jaa se lyhyempiin jaksoihin.',
    sv: 'Perioden är {days} dagar lång; högst {max} dagar kan begäras åt gången. Dela upp den i kortare perioder.',
  },
} as const satisfies Record<string, Texts>;

/** Messages of this module, and the HTTP kit's shared ones (request, date, language names). */
export const msg = defineMessages({ ...HTTP_MESSAGES, ...ANALYTICS_MESSAGES });
