import { defineMessages, type Texts } from '../../http/messages.js';
import { HTTP_MESSAGES } from '../../http/texts.js';

/** Texts of the access layer: care relationships, consents, break-the-glass. */
export const ACCESS_MESSAGES = {
  'access.emergencyOnly': {
    en: 'An emergency access (break-the-glass) opens the data for the emergency only: it cannot record lasting relationships or legal bases. Ask a professional with a care relationship.',
    fi: 'Hätäkäyttö avaa tiedot vain hätätilanteen hoitoon: sillä ei voi kirjata pysyviä suhteita eikä lakiperusteita. Pyydä ammattilaista, jolla on hoitosuhde.',
    sv: 'En nödåtkomst öppnar uppgifterna endast för nödsituationen: den kan inte registrera bestående relationer eller rättsliga grunder. Be en yrkesperson med vårdrelation.',
  },
  'access.forbidden': {
    en: 'You have no care or client relationship with this client, nor another basis to open their data. If it is an emergency, use break-the-glass and state the reason.',
    fi: 'Sinulla ei ole hoito- tai asiakassuhdetta tähän asiakkaaseen eikä muuta perustetta avata hänen tietojaan. Jos kyseessä on hätätilanne, käytä hätäkäyttöä (break-the-glass) ja ilmoita syy.',
    sv: 'Du har ingen vård- eller klientrelation till den här klienten och ingen annan grund för att öppna klientens uppgifter. Om det är en nödsituation, använd nödåtkomst (break-the-glass) och ange orsaken.',
  },
  'breakGlass.onlyProfessionals': {
    en: 'Only professionals can declare an emergency access (break-the-glass).',
    fi: 'Vain ammattilainen voi ilmoittaa hätäkäytöstä (break-the-glass).',
    sv: 'Endast en yrkesperson kan anmäla nödåtkomst (break-the-glass).',
  },
  'relationship.onlyProfessionals': {
    en: 'Only professionals record care relationships and legal bases.',
    fi: 'Vain ammattilaiset kirjaavat hoito- ja asiakassuhteita sekä lakiperusteita.',
    sv: 'Endast yrkespersoner registrerar vård- och klientrelationer och rättsliga grunder.',
  },
  'relationship.untilPast': {
    en: 'The end must be in the future.',
    fi: 'Päättymisajan on oltava tulevaisuudessa.',
    sv: 'Sluttiden måste ligga i framtiden.',
  },
  'relationship.untilTooFar': {
    en: 'The end may be at most {days} days ahead; renew it when it runs out.',
    fi: 'Päättymisaika voi olla enintään {days} päivän päässä; uusi se, kun se päättyy.',
    sv: 'Sluttiden får ligga högst {days} dagar framåt; förnya den när den löper ut.',
  },
  'relationship.notProfessional': {
    en: 'User "{id}" is not an active professional.',
    fi: 'Käyttäjä "{id}" ei ole aktiivinen ammattilainen.',
    sv: 'Användaren "{id}" är inte en aktiv yrkesperson.',
  },
  'colleague.queryTooShort': {
    en: 'Type at least {min} letters of the name or username.',
    fi: 'Kirjoita vähintään {min} merkkiä nimestä tai käyttäjätunnuksesta.',
    sv: 'Skriv minst {min} tecken av namnet eller användarnamnet.',
  },
  'relationship.notFound': {
    en: 'The client has no relationship "{id}".',
    fi: 'Asiakkaalla ei ole suhdetta "{id}".',
    sv: 'Klienten har ingen relation "{id}".',
  },
  'relationship.ended': {
    en: 'The relationship already ended at {at}.',
    fi: 'Suhde päättyi jo {at}.',
    sv: 'Relationen upphörde redan {at}.',
  },
  'breakGlass.noClient': {
    en: 'No client has this identity code. The attempt is in the access log.',
    fi: 'Tällä henkilötunnuksella ei ole asiakasta. Yritys on kirjattu käyttölokiin.',
    sv: 'Ingen klient har denna personbeteckning. Försöket finns i åtkomstloggen.',
  },
  'breakGlass.notFound': {
    en: 'Break-the-glass declaration {id} does not exist.',
    fi: 'Hätäkäyttöilmoitusta {id} ei löydy.',
    sv: 'Anmälan om nödåtkomst {id} finns inte.',
  },
  'access.organizerOnly': {
    en: 'Only the organizer’s administrators review the access log, emergency accesses and first contacts.',
    fi: 'Vain järjestäjän pääkäyttäjät tarkastelevat lokia, hätäkäyttöjä ja ensikontakteja.',
    sv: 'Endast anordnarens administratörer granskar loggen, nödåtkomsterna och de första kontakterna.',
  },
  'opening.notFound': {
    en: 'No emergency access or first contact to review has the id {id}.',
    fi: 'Tarkastettavaa hätäkäyttöä tai ensikontaktia {id} ei löydy.',
    sv: 'Det finns ingen nödåtkomst eller första kontakt {id} att granska.',
  },
  'consent.notFound': {
    en: 'Consent or refusal {id} of this client does not exist.',
    fi: 'Asiakkaan suostumusta tai kieltoa {id} ei löydy.',
    sv: 'Klientens samtycke eller förbud {id} finns inte.',
  },
  'consent.alreadyWithdrawn': {
    en: 'This was already withdrawn on {at}.',
    fi: 'Tämä on jo peruttu {at}.',
    sv: 'Detta har redan återkallats {at}.',
  },
  'consent.untilBeforeNow': {
    en: 'The end of validity must be in the future.',
    fi: 'Voimassaolon päättymisen on oltava tulevaisuudessa.',
    sv: 'Giltighetens slut måste ligga i framtiden.',
  },
  'consent.whoMay': {
    en: 'Only the client, their guardian, or a professional who may open the client’s data records consents and refusals.',
    fi: 'Suostumuksia ja kieltoja voi kirjata vain asiakas itse, hänen huoltajansa tai ammattilainen, jolla on oikeus avata asiakkaan tiedot.',
    sv: 'Samtycken och förbud kan registreras endast av klienten, klientens vårdnadshavare eller en yrkesperson som får öppna klientens uppgifter.',
  },
} as const satisfies Record<string, Texts>;

/** Messages of this module, and the HTTP kit's shared ones (request, date, language names). */
export const msg = defineMessages({ ...HTTP_MESSAGES, ...ACCESS_MESSAGES });
