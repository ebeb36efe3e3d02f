import { defineMessages, type Texts } from '../../http/messages.js';
import { HTTP_MESSAGES } from '../../http/texts.js';

/** Texts of the pathways: service packages and service chains. */
export const PATHWAY_MESSAGES = {
  'stale.package': {
    en: 'Service package {id} has changed: you sent version {expected} but it is now version {current}. Reload it and apply your change again.',
    fi: 'Palvelukokonaisuuden {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Tjänstehelheten {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'stale.chain': {
    en: 'Service chain {id} has changed: you sent version {expected} but it is now version {current}. Reload it and apply your change again.',
    fi: 'Palveluketjun {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Servicekedjan {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'notFound.package': {
    en: 'Service package {id} does not exist.',
    fi: 'Palvelukokonaisuutta {id} ei löydy.',
    sv: 'Tjänstehelheten {id} finns inte.',
  },
  'notFound.chain': {
    en: 'Service chain {id} does not exist.',
    fi: 'Palveluketjua {id} ei löydy.',
    sv: 'Servicekedjan {id} finns inte.',
  },
  'name.required': {
    en: 'Give the name in {language}.',
    fi: 'Anna nimi {language}.',
    sv: 'Ange namnet {language}.',
  },
  'package.serviceTwice': {
    en: 'This service is already in the package.',
    fi: 'Palvelu on jo tässä palvelukokonaisuudessa.',
    sv: 'Tjänsten finns redan i den här tjänstehelheten.',
  },
  'package.hasChains': {
    en: 'Package "{name}" has chains ({chains}); it cannot be deleted. Deactivate it instead (set "active" to false).',
    fi: 'Palvelukokonaisuutta "{name}" ei voi poistaa, koska siihen kuuluu palveluketjuja ({chains}). Poista palvelukokonaisuus sen sijaan käytöstä (aseta "active"-kentän arvoksi false).',
    sv: 'Tjänstehelheten "{name}" kan inte raderas eftersom det finns servicekedjor i den ({chains}). Ta i stället tjänstehelheten ur bruk (sätt fältet "active" till false).',
  },
  'chain.targetTwice': {
    en: 'Target "{code}" is listed twice.',
    fi: 'Tavoite "{code}" on annettu kahteen kertaan.',
    sv: 'Målet "{code}" har angetts två gånger.',
  },
  'chain.noContract': {
    en: 'No producer has a valid contract for "{service}": contract a producer for it first, or choose another service.',
    fi: 'Millään palveluntuottajalla ei ole voimassa olevaa sopimusta palvelusta "{service}". Tee palvelusta ensin sopimus jonkin palveluntuottajan kanssa tai valitse toinen palvelu.',
    sv: 'Ingen tjänsteproducent har ett giltigt avtal om tjänsten "{service}". Ingå först ett avtal om tjänsten med en producent eller välj en annan tjänst.',
  },
  'chain.stepsRequired': {
    en: 'A chain needs at least one step.',
    fi: 'Palveluketjussa on oltava vähintään yksi vaihe.',
    sv: 'En servicekedja måste ha minst ett steg.',
  },
  'chain.firstStepEntry': {
    en: 'The first step is where the client enters the chain: use "entry".',
    fi: 'Ensimmäisessä vaiheessa asiakas tulee palveluketjuun: valitse siirtotavaksi "entry" (aloitus).',
    sv: 'I det första steget kommer klienten in i servicekedjan: välj överföringssättet "entry" (start).',
  },
  'chain.laterStepEntry': {
    en: 'Only the first step is an entry; later steps are handed over by "referral" or "consultation".',
    fi: 'Vain ensimmäinen vaihe on aloitus. Myöhempiin vaiheisiin siirrytään lähetteellä ("referral") tai konsultaatiolla ("consultation").',
    sv: 'Endast det första steget är en start. Till de följande stegen överförs klienten med remiss ("referral") eller konsultation ("consultation").',
  },
  'chain.targetDaysRequired': {
    en: 'Give the target time in days from the previous step.',
    fi: 'Anna tavoiteaika vuorokausina edellisestä vaiheesta.',
    sv: 'Ange den målsatta tiden i dygn från föregående steg.',
  },
  'chain.targetDaysInvalid': {
    en: 'The target time is a whole number of days, 0 or more.',
    fi: 'Tavoiteajan on oltava kokonainen määrä vuorokausia, vähintään 0.',
    sv: 'Den målsatta tiden ska vara ett helt antal dygn, minst 0.',
  },
} as const satisfies Record<string, Texts>;

/** Messages of this module, and the HTTP kit's shared ones (request, date, language names). */
export const msg = defineMessages({ ...HTTP_MESSAGES, ...PATHWAY_MESSAGES });
