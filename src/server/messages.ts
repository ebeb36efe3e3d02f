/**
 * Every text the API answers with, in the three languages of the wellbeing services county:
 * Finnish, Swedish and English. A message has a stable key (sent to clients as
 * `errors[].code`, so they can react without parsing text) and `{param}` placeholders that
 * must be the same in all three texts (checked in messages.test.ts and, for callers, by the
 * compiler). English is the default and the language of logs and the CLI.
 *
 * Domain terms follow the web app (src/web/i18n): palveluntuottaja / tjänsteproducent,
 * toimipiste / verksamhetsställe, palvelukanava / servicekanal, sopimus / avtal,
 * palvelukokonaisuus / tjänstehelhet, palveluketju / servicekedja, Y-tunnus / FO-nummer.
 */

import { ANALYTICS_MESSAGES } from '../modules/analytics/messages.js';
import { AUDIT_MESSAGES } from '../modules/audit/messages.js';
import { SIGN_IN_MESSAGES } from '../modules/auth/messages.js';
import { RECORDS_MESSAGES } from '../modules/records/messages.js';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Lang = 'en';

/** A text in each language, e.g. a service's name. */
export type Localized = { readonly [L in Lang]: string };

export interface Texts {
  readonly en: string;
  readonly fi: string;
  readonly sv: string;
}

// Field fixes and explanations end with a full stop; API field names and codes are quoted as
// they are in the API (e.g. "active"), since callers must send them as they are.
const CORE_MESSAGES = {
  // ---------- HTTP status titles ----------
  'title.400': { en: 'Bad Request', fi: 'Virheellinen pyyntö', sv: 'Felaktig begäran' },
  'title.401': { en: 'Unauthorized', fi: 'Tunnistautuminen vaaditaan', sv: 'Autentisering krävs' },
  'title.403': { en: 'Forbidden', fi: 'Ei käyttöoikeutta', sv: 'Åtkomst nekad' },
  'title.404': { en: 'Not Found', fi: 'Ei löytynyt', sv: 'Hittades inte' },
  'title.405': { en: 'Method Not Allowed', fi: 'Menetelmä ei ole sallittu', sv: 'Metoden är inte tillåten' },
  'title.409': { en: 'Conflict', fi: 'Ristiriita', sv: 'Konflikt' },
  'title.412': {
    en: 'Precondition Failed',
    fi: 'Ennakkoehto ei täyty',
    sv: 'Förhandsvillkoret uppfylls inte',
  },
  'title.413': { en: 'Content Too Large', fi: 'Liian suuri sisältö', sv: 'För stort innehåll' },
  'title.414': { en: 'URI Too Long', fi: 'Liian pitkä osoite', sv: 'För lång adress' },
  'title.415': {
    en: 'Unsupported Media Type',
    fi: 'Sisältötyyppiä ei tueta',
    sv: 'Innehållstypen stöds inte',
  },
  'title.422': {
    en: 'Unprocessable Content',
    fi: 'Tietoja ei voitu käsitellä',
    sv: 'Uppgifterna kunde inte behandlas',
  },
  'title.428': { en: 'Precondition Required', fi: 'Ennakkoehto puuttuu', sv: 'Förhandsvillkor krävs' },
  'title.429': { en: 'Too Many Requests', fi: 'Liian monta pyyntöä', sv: 'För många begäranden' },
  'title.500': { en: 'Internal Server Error', fi: 'Palvelinvirhe', sv: 'Serverfel' },
  'title.503': {
    en: 'Service Unavailable',
    fi: 'Palvelu ei ole käytettävissä',
    sv: 'Tjänsten är inte tillgänglig',
  },
  'title.other': { en: 'Error', fi: 'Virhe', sv: 'Fel' },

  // ---------- the request as a whole ----------
  'request.invalid': {
    en: 'The request has invalid fields; see errors.',
    fi: 'Pyynnön tiedoissa on virheitä. Katso kenttäkohtaiset virheet.',
    sv: 'Begäran innehåller felaktiga uppgifter. Se felen för varje fält.',
  },
  'request.schema': {
    en: 'The request does not match the API schema; see errors for each field to fix.',
    fi: 'Pyyntö ei vastaa rajapinnan kuvausta. Kenttäkohtaisista virheistä näet, mitä on korjattava.',
    sv: 'Begäran motsvarar inte API-beskrivningen. Av felen för varje fält framgår vad som ska rättas.',
  },
  'request.tooLarge': {
    en: 'The request body is too large.',
    fi: 'Pyynnön sisältö on liian suuri.',
    sv: 'Begärans innehåll är för stort.',
  },
  'request.mediaType': {
    en: 'Send JSON with Content-Type: application/json.',
    fi: 'Lähetä tiedot JSON-muodossa otsakkeella Content-Type: application/json.',
    sv: 'Skicka uppgifterna som JSON med huvudet Content-Type: application/json.',
  },
  'request.emptyBody': {
    en: 'The request body is empty; send a JSON object.',
    fi: 'Pyynnön sisältö on tyhjä. Lähetä JSON-objekti.',
    sv: 'Begärans innehåll är tomt. Skicka ett JSON-objekt.',
  },
  'request.invalidJson': {
    en: 'The request body is not valid JSON.',
    fi: 'Pyynnön sisältö ei ole kelvollista JSONia.',
    sv: 'Begärans innehåll är inte giltig JSON.',
  },
  'request.contentLength': {
    en: 'The size of the request body does not match its Content-Length.',
    fi: 'Pyynnön sisällön koko ei vastaa Content-Length-otsakkeen arvoa.',
    sv: 'Storleken på begärans innehåll stämmer inte med värdet i huvudet Content-Length.',
  },
  'request.badUrl': {
    en: 'The address of the request is not valid.',
    fi: 'Pyynnön osoite ei ole kelvollinen.',
    sv: 'Begärans adress är inte giltig.',
  },
  'request.other': {
    en: 'The request could not be handled (error {code}).',
    fi: 'Pyyntöä ei voitu käsitellä (virhe {code}).',
    sv: 'Begäran kunde inte behandlas (fel {code}).',
  },
  'request.internal': {
    en: 'Something went wrong on our side; the change was not saved. Try again.',
    fi: 'Palvelussa tapahtui virhe, eikä muutosta tallennettu. Yritä uudelleen.',
    sv: 'Ett fel uppstod i tjänsten och ändringen sparades inte. Försök igen.',
  },
  'request.dbUnavailable': {
    en: 'The database is not reachable.',
    fi: 'Tietokantaan ei saada yhteyttä.',
    sv: 'Databasen kan inte nås.',
  },
  'route.notInApi': {
    en: 'There is no {method} {path} in the API; see /docs.',
    fi: 'Rajapinnassa ei ole toimintoa {method} {path}. Katso rajapinnan kuvaus osoitteessa /docs.',
    sv: 'API:et har ingen funktion {method} {path}. Se API-beskrivningen på /docs.',
  },
  'route.none': {
    en: 'There is no {method} {path}.',
    fi: 'Toimintoa {method} {path} ei ole.',
    sv: 'Funktionen {method} {path} finns inte.',
  },
  'idempotency.keyTooLong': {
    en: 'Idempotency-Key is at most {max} characters.',
    fi: 'Idempotency-Key-otsake saa olla enintään {max} merkkiä pitkä.',
    sv: 'Huvudet Idempotency-Key får vara högst {max} tecken långt.',
  },

  /**
   * A text given as a plain English string, not yet a message of its own (passed through
   * as it is in every language). Only for code that has not moved to keys; see DomainError.
   */
  'text.untranslated': { en: '{text}', fi: '{text}', sv: '{text}' },

  // ---------- access to client data ----------
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

  // ---------- versions ----------
  'version.required': {
    en: 'An update must say which version it read: send an If-Match header with the ETag, or "version" in the body.',
    fi: 'Muutospyynnössä on kerrottava, mihin versioon muutos perustuu: lähetä ETag-arvo If-Match-otsakkeessa tai "version" pyynnön sisällössä.',
    sv: 'En ändring måste ange vilken version den bygger på: skicka ETag-värdet i huvudet If-Match eller "version" i begärans innehåll.',
  },
  'stale.producer': {
    en: 'Producer {id} has changed: you sent version {expected} but it is now version {current}. Reload it and apply your change again.',
    fi: 'Palveluntuottajan {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Tjänsteproducenten {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'stale.unit': {
    en: 'Unit {id} has changed: you sent version {expected} but it is now version {current}. Reload it and apply your change again.',
    fi: 'Toimipisteen {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Verksamhetsstället {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'stale.service': {
    en: 'Service {id} has changed: you sent version {expected} but it is now version {current}. Reload it and apply your change again.',
    fi: 'Palvelun {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Tjänsten {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'stale.channel': {
    en: 'Channel {id} has changed: you sent version {expected} but it is now version {current}. Reload it and apply your change again.',
    fi: 'Palvelukanavan {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Servicekanalen {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'stale.contract': {
    en: 'Contract {id} has changed: you sent version {expected} but it is now version {current}. Reload it and apply your change again.',
    fi: 'Sopimuksen {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Avtalet {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'stale.package': {
    en: 'Service package {id} has changed: you sent version {expected} but it is now version {current}. Reload it and apply your change again.',
    fi: 'Palvelukokonaisuuden {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Tjänstehelheten {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'stale.client': {
    en: 'The data of client {id} have changed: you sent version {expected} but it is now version {current}. Reload them and apply your change again.',
    fi: 'Asiakkaan {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Uppgifterna om klienten {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'stale.chain': {
    en: 'Service chain {id} has changed: you sent version {expected} but it is now version {current}. Reload it and apply your change again.',
    fi: 'Palveluketjun {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Servicekedjan {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },

  // ---------- records that do not exist ----------
  'notFound.producer': {
    en: 'Producer {id} does not exist.',
    fi: 'Palveluntuottajaa {id} ei löydy.',
    sv: 'Tjänsteproducenten {id} finns inte.',
  },
  'notFound.unit': {
    en: 'Unit {id} does not exist.',
    fi: 'Toimipistettä {id} ei löydy.',
    sv: 'Verksamhetsstället {id} finns inte.',
  },
  'notFound.service': {
    en: 'Service {id} does not exist.',
    fi: 'Palvelua {id} ei löydy.',
    sv: 'Tjänsten {id} finns inte.',
  },
  'notFound.channel': {
    en: 'Channel {id} does not exist.',
    fi: 'Palvelukanavaa {id} ei löydy.',
    sv: 'Servicekanalen {id} finns inte.',
  },
  'notFound.contract': {
    en: 'Contract {id} does not exist.',
    fi: 'Sopimusta {id} ei löydy.',
    sv: 'Avtalet {id} finns inte.',
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
  'notFound.client': {
    en: 'Client {id} does not exist.',
    fi: 'Asiakasta {id} ei löydy.',
    sv: 'Klienten {id} finns inte.',
  },
  'notFound.codeSystem': {
    en: 'Code system {id} does not exist.',
    fi: 'Koodistoa {id} ei löydy.',
    sv: 'Kodsystemet {id} finns inte.',
  },

  // ---------- database rules ----------
  'db.unique': {
    en: 'A record with the same unique value already exists.',
    fi: 'Samalla yksilöivällä tiedolla on jo olemassa tietue.',
    sv: 'Det finns redan en post med samma unika värde.',
  },
  'db.reference': {
    en: 'The record refers to, or is referred to by, another record that does not allow this change.',
    fi: 'Tietue viittaa toiseen tietueeseen tai toinen tietue viittaa siihen, eikä viittaus salli tätä muutosta.',
    sv: 'Posten hänvisar till en annan post, eller en annan post hänvisar till den, och hänvisningen tillåter inte den här ändringen.',
  },
  'db.check': {
    en: 'A value breaks the rule {rule}.',
    fi: 'Arvo rikkoo sääntöä {rule}.',
    sv: 'Ett värde bryter mot regeln {rule}.',
  },
  'db.checkUnnamed': {
    en: 'A value breaks a rule of the database.',
    fi: 'Arvo rikkoo tietokannan sääntöä.',
    sv: 'Ett värde bryter mot en regel i databasen.',
  },
  'db.badValue': {
    en: 'A value has the wrong format.',
    fi: 'Arvo on väärässä muodossa.',
    sv: 'Ett värde har fel format.',
  },

  // ---------- the API schema (Ajv) ----------
  'schema.unknownField': {
    en: 'Unknown field "{name}": remove it (check its spelling against the API documentation at /docs).',
    fi: 'Tuntematon kenttä "{name}": poista se (tarkista kirjoitusasu rajapinnan kuvauksesta osoitteessa /docs).',
    sv: 'Okänt fält "{name}": ta bort det (kontrollera stavningen mot API-beskrivningen på /docs).',
  },
  'schema.required': {
    en: '"{name}" is required.',
    fi: 'Tieto "{name}" on pakollinen.',
    sv: 'Uppgiften "{name}" är obligatorisk.',
  },
  'schema.type': {
    en: 'Must be of type {type}.',
    fi: 'Arvon on oltava {type}.',
    sv: 'Värdet måste vara {type}.',
  },
  'schema.types': {
    en: 'Must be one of the types: {types}.',
    fi: 'Arvon on oltava jotakin seuraavista tyypeistä: {types}.',
    sv: 'Värdet måste vara av någon av följande typer: {types}.',
  },
  'schema.enum': {
    en: 'Must be one of: {values}.',
    fi: 'Arvon on oltava jokin seuraavista: {values}.',
    sv: 'Värdet måste vara något av följande: {values}.',
  },
  'schema.const': {
    en: 'Must be {value}.',
    fi: 'Arvon on oltava {value}.',
    sv: 'Värdet måste vara {value}.',
  },
  'schema.notEmpty': {
    en: 'Must not be empty.',
    fi: 'Kenttä ei saa olla tyhjä.',
    sv: 'Fältet får inte vara tomt.',
  },
  'schema.minLength': {
    en: 'Must be at least {limit} characters long.',
    fi: 'Arvossa on oltava vähintään {limit} merkkiä.',
    sv: 'Värdet måste vara minst {limit} tecken långt.',
  },
  'schema.maxLength': {
    en: 'Must be at most {limit} characters long.',
    fi: 'Arvossa saa olla enintään {limit} merkkiä.',
    sv: 'Värdet får vara högst {limit} tecken långt.',
  },
  'schema.pattern': {
    en: 'Must match the pattern {pattern}.',
    fi: 'Arvo ei ole oikeassa muodossa: sen on vastattava lauseketta {pattern}.',
    sv: 'Värdet har fel form: det måste motsvara uttrycket {pattern}.',
  },
  'schema.unstorable': {
    en: 'Must not contain a NUL character (U+0000) or a lone surrogate: such text cannot be stored as it was sent.',
    fi: 'Tekstissä ei saa olla NUL-merkkiä (U+0000) eikä parittomia korvausmerkkejä (surrogaatteja): sellaista tekstiä ei voi tallentaa sellaisenaan.',
    sv: 'Texten får inte innehålla NUL-tecken (U+0000) eller oparade surrogattecken: sådan text kan inte sparas som den skickades.',
  },
  'schema.format': {
    en: 'Must be in the format {format}.',
    fi: 'Arvon on oltava muotoa {format}.',
    sv: 'Värdet måste ha formatet {format}.',
  },
  'schema.minimum': {
    en: 'Must be at least {limit}.',
    fi: 'Arvon on oltava vähintään {limit}.',
    sv: 'Värdet måste vara minst {limit}.',
  },
  'schema.maximum': {
    en: 'Must be at most {limit}.',
    fi: 'Arvo saa olla enintään {limit}.',
    sv: 'Värdet får vara högst {limit}.',
  },
  'schema.exclusiveMinimum': {
    en: 'Must be greater than {limit}.',
    fi: 'Arvon on oltava suurempi kuin {limit}.',
    sv: 'Värdet måste vara större än {limit}.',
  },
  'schema.exclusiveMaximum': {
    en: 'Must be less than {limit}.',
    fi: 'Arvon on oltava pienempi kuin {limit}.',
    sv: 'Värdet måste vara mindre än {limit}.',
  },
  'schema.multipleOf': {
    en: 'Must be a multiple of {limit}.',
    fi: 'Arvon on oltava luvun {limit} monikerta.',
    sv: 'Värdet måste vara en multipel av {limit}.',
  },
  'schema.minItems': {
    en: 'Must have at least {limit} items.',
    fi: 'Luettelon kohtien vähimmäismäärä on {limit}.',
    sv: 'Listan måste innehålla minst {limit} element.',
  },
  'schema.maxItems': {
    en: 'Must have at most {limit} items.',
    fi: 'Luettelon kohtien enimmäismäärä on {limit}.',
    sv: 'Listan får innehålla högst {limit} element.',
  },
  'schema.uniqueItems': {
    en: 'Must not list the same value twice.',
    fi: 'Luettelossa ei saa olla samaa arvoa kahdesti.',
    sv: 'Listan får inte innehålla samma värde två gånger.',
  },
  'schema.anyOf': {
    en: 'Must match one of the allowed forms.',
    fi: 'Arvo ei vastaa mitään sallituista muodoista.',
    sv: 'Värdet motsvarar ingen av de tillåtna formerna.',
  },
  'schema.other': {
    en: 'Must satisfy the rule "{rule}".',
    fi: 'Arvo ei täytä sääntöä "{rule}".',
    sv: 'Värdet uppfyller inte regeln "{rule}".',
  },
  'jsonType.string': { en: 'string', fi: 'merkkijono', sv: 'en teckensträng' },
  'jsonType.number': { en: 'number', fi: 'luku', sv: 'ett tal' },
  'jsonType.integer': { en: 'integer', fi: 'kokonaisluku', sv: 'ett heltal' },
  'jsonType.boolean': {
    en: 'boolean',
    fi: 'totuusarvo (true tai false)',
    sv: 'ett sanningsvärde (true eller false)',
  },
  'jsonType.object': { en: 'object', fi: 'objekti', sv: 'ett objekt' },
  'jsonType.array': { en: 'array', fi: 'luettelo', sv: 'en lista' },
  'jsonType.null': { en: 'null', fi: 'tyhjä (null)', sv: 'tomt (null)' },

  // ---------- shared rules of the catalogue ----------
  'inLanguage.fi': { en: 'Finnish', fi: 'suomeksi', sv: 'på finska' },
  'inLanguage.sv': { en: 'Swedish', fi: 'ruotsiksi', sv: 'på svenska' },
  'inLanguage.en': { en: 'English', fi: 'englanniksi', sv: 'på engelska' },
  'name.required': {
    en: 'Give the name in {language}.',
    fi: 'Anna nimi {language}.',
    sv: 'Ange namnet {language}.',
  },
  'language.invalid': {
    en: '"{code}" is not a language code; use ISO 639-1 such as fi, sv, en.',
    fi: '"{code}" ei ole kielikoodi. Käytä ISO 639-1 -standardin koodeja, kuten fi, sv ja en.',
    sv: '"{code}" är inte en språkkod. Använd koder enligt ISO 639-1, till exempel fi, sv och en.',
  },
  'language.duplicate': {
    en: 'List each language once.',
    fi: 'Mainitse kukin kieli vain kerran.',
    sv: 'Ange varje språk bara en gång.',
  },
  'hours.daysRequired': {
    en: 'Give at least one weekday (1 = Monday … 7 = Sunday).',
    fi: 'Anna vähintään yksi viikonpäivä (1 = maanantai … 7 = sunnuntai).',
    sv: 'Ange minst en veckodag (1 = måndag … 7 = söndag).',
  },
  'hours.dayInvalid': {
    en: 'Weekday {day} is not 1 (Monday) … 7 (Sunday).',
    fi: 'Viikonpäivä {day} ei ole välillä 1 (maanantai) … 7 (sunnuntai).',
    sv: 'Veckodagen {day} ligger inte mellan 1 (måndag) och 7 (söndag).',
  },
  'hours.timeFormat': {
    en: 'Use HH:MM, e.g. {example}.',
    fi: 'Anna kellonaika muodossa tt:mm, esimerkiksi {example}.',
    sv: 'Ange klockslaget i formen tt:mm, till exempel {example}.',
  },
  'hours.closesBeforeOpens': {
    en: 'Closing time {closes} must be after opening time {opens}.',
    fi: 'Sulkemisajan {closes} on oltava avautumisajan {opens} jälkeen.',
    sv: 'Stängningstiden {closes} måste vara senare än öppningstiden {opens}.',
  },
  'price.negative': {
    en: 'A price cannot be negative.',
    fi: 'Hinta ei voi olla negatiivinen.',
    sv: 'Priset kan inte vara negativt.',
  },
  'price.decimals': {
    en: 'Give the price in euros with at most two decimals.',
    fi: 'Anna hinta euroina enintään kahden desimaalin tarkkuudella.',
    sv: 'Ange priset i euro med högst två decimaler.',
  },
  'price.decimalsExample': {
    en: 'Give the price in euros with at most two decimals, e.g. 85.50.',
    fi: 'Anna hinta euroina enintään kahden desimaalin tarkkuudella, esimerkiksi 85,50.',
    sv: 'Ange priset i euro med högst två decimaler, till exempel 85,50.',
  },
  'date.invalid': {
    en: 'Give a real date as YYYY-MM-DD.',
    fi: 'Anna todellinen päivämäärä muodossa VVVV-KK-PP.',
    sv: 'Ange ett verkligt datum i formen ÅÅÅÅ-MM-DD.',
  },
  'date.invalidOrNull': {
    en: 'Give a real date as YYYY-MM-DD, or null.',
    fi: 'Anna todellinen päivämäärä muodossa VVVV-KK-PP tai jätä tieto tyhjäksi (null).',
    sv: 'Ange ett verkligt datum i formen ÅÅÅÅ-MM-DD eller lämna uppgiften tom (null).',
  },

  // ---------- producers ----------
  'producer.businessIdInvalid': {
    en: '"{value}" is not a valid Business ID (Y-tunnus): 7 digits, a hyphen and a check digit, e.g. 2606155-7.',
    fi: '"{value}" ei ole kelvollinen Y-tunnus. Y-tunnuksessa on 7 numeroa, väliviiva ja tarkistusnumero, esimerkiksi 2606155-7.',
    sv: '"{value}" är inte ett giltigt FO-nummer. FO-numret består av 7 siffror, ett bindestreck och en kontrollsiffra, till exempel 2606155-7.',
  },
  'producer.oidInvalid': {
    en: '"{value}" is not an OID: numbers separated by dots, e.g. 1.2.246.10.2606155.10.1.',
    fi: '"{value}" ei ole OID-tunnus. OID-tunnus koostuu pisteillä erotetuista numeroista, esimerkiksi 1.2.246.10.2606155.10.1.',
    sv: '"{value}" är inte en OID. En OID består av siffror åtskilda med punkter, till exempel 1.2.246.10.2606155.10.1.',
  },
  'producer.businessIdTaken': {
    en: 'Business ID {businessId} already belongs to producer "{name}" ({id}).',
    fi: 'Y-tunnus {businessId} on jo palveluntuottajalla "{name}" ({id}).',
    sv: 'FO-numret {businessId} hör redan till tjänsteproducenten "{name}" ({id}).',
  },
  'producer.businessIdUnique': {
    en: 'Each producer has its own Business ID.',
    fi: 'Kullakin palveluntuottajalla on oma Y-tunnuksensa.',
    sv: 'Varje tjänsteproducent har sitt eget FO-nummer.',
  },
  'producer.inUse': {
    en: 'Producer "{name}" has {units} unit(s) and {contracts} contract(s){references}; it cannot be deleted. Deactivate it instead (set "active" to false): its history is kept.',
    fi: 'Palveluntuottajaa "{name}" ei voi poistaa, koska sillä on toimipisteitä {units} kpl ja sopimuksia {contracts} kpl{references}. Poista palveluntuottaja sen sijaan käytöstä (aseta "active"-kentän arvoksi false), jolloin sen historia säilyy.',
    sv: 'Tjänsteproducenten "{name}" kan inte raderas eftersom den har {units} verksamhetsställe(n) och {contracts} avtal{references}. Ta i stället producenten ur bruk (sätt fältet "active" till false), så bevaras dess historik.',
  },

  // ---------- units ----------
  'unit.postalCodeUnknown': {
    en: '{code} is not a Finnish postal code in use.',
    fi: '{code} ei ole käytössä oleva suomalainen postinumero.',
    sv: '{code} är inte ett postnummer som används i Finland.',
  },
  'unit.municipalityCodeInvalid': {
    en: '{code} is not a municipality code (three digits, e.g. 109 Hämeenlinna).',
    fi: '{code} ei ole kuntanumero (kolme numeroa, esimerkiksi 109 Hämeenlinna).',
    sv: '{code} är inte ett kommunnummer (tre siffror, till exempel 109 Tavastehus).',
  },
  'unit.languagesRequired': {
    en: 'Name at least one language the unit serves in, e.g. fi.',
    fi: 'Anna vähintään yksi kieli, jolla toimipiste palvelee, esimerkiksi fi.',
    sv: 'Ange minst ett språk som verksamhetsstället betjänar på, till exempel sv.',
  },
  'unit.inUse': {
    en: 'Unit "{name}" offers services through {channels} channel(s); it cannot be deleted. Deactivate it instead (set "active" to false), or delete its channels first.',
    fi: 'Toimipistettä "{name}" ei voi poistaa, koska se tarjoaa palveluja {channels} palvelukanavan kautta. Poista toimipiste sen sijaan käytöstä (aseta "active"-kentän arvoksi false) tai poista ensin sen palvelukanavat.',
    sv: 'Verksamhetsstället "{name}" kan inte raderas eftersom det erbjuder tjänster via {channels} servicekanal(er). Ta i stället verksamhetsstället ur bruk (sätt fältet "active" till false) eller radera först dess servicekanaler.',
  },

  // ---------- services ----------
  'service.nameRequired': {
    en: "Give the service's name in {language}.",
    fi: 'Anna palvelun nimi {language}.',
    sv: 'Ange tjänstens namn {language}.',
  },
  'service.codeSystemUnknown': {
    en: '{system} is not a code system Saumaton knows; see GET /api/codesystems.',
    fi: '{system} ei ole Saumattoman tuntema koodisto. Katso koodistot: GET /api/codesystems.',
    sv: '{system} är inte ett kodsystem som Saumaton känner till. Se kodsystemen: GET /api/codesystems.',
  },
  'service.codeUnknown': {
    en: '{code} is not a code in {system}; see GET /api/codesystems for the codes.',
    fi: '{code} ei ole koodiston {system} koodi. Katso koodit: GET /api/codesystems.',
    sv: '{code} är inte en kod i kodsystemet {system}. Se koderna: GET /api/codesystems.',
  },
  'service.inUse': {
    en: 'Service "{name}" is used by {references}; it cannot be deleted. Deactivate it instead (set "active" to false), or remove it from those first.',
    fi: 'Palvelua "{name}" ei voi poistaa, koska se on käytössä: {references}. Poista palvelu sen sijaan käytöstä (aseta "active"-kentän arvoksi false) tai poista se ensin näistä.',
    sv: 'Tjänsten "{name}" kan inte raderas eftersom den används: {references}. Ta i stället tjänsten ur bruk (sätt fältet "active" till false) eller ta först bort den från dessa.',
  },
  'ref.channels': {
    en: '{count} channel(s)',
    fi: 'palvelukanavat ({count} kpl)',
    sv: 'servicekanaler ({count} st.)',
  },
  'ref.contract': { en: 'contract {reference}', fi: 'sopimus {reference}', sv: 'avtal {reference}' },
  'ref.package': {
    en: 'package "{name}"',
    fi: 'palvelukokonaisuus "{name}"',
    sv: 'tjänstehelhet "{name}"',
  },
  'ref.chainStep': {
    en: 'step {step} of chain "{name}"',
    fi: 'palveluketjun "{name}" vaihe {step}',
    sv: 'steg {step} i servicekedjan "{name}"',
  },

  // ---------- channels ----------
  'channel.noContract': {
    en: 'The producer of unit "{unit}" has no valid contract for "{service}": add the service to its contract first.',
    fi: 'Toimipisteen "{unit}" palveluntuottajalla ei ole voimassa olevaa sopimusta palvelusta "{service}". Lisää palvelu ensin tuottajan sopimukseen.',
    sv: 'Tjänsteproducenten för verksamhetsstället "{unit}" har inget giltigt avtal om tjänsten "{service}". Lägg först till tjänsten i producentens avtal.',
  },
  'channel.duplicate': {
    en: 'This unit already offers this service through a "{kind}" channel ({id}); edit that one.',
    fi: 'Toimipiste tarjoaa tätä palvelua jo palvelukanavan kautta, jonka tyyppi on {kind} ({id}). Muokkaa sitä palvelukanavaa.',
    sv: 'Verksamhetsstället erbjuder redan tjänsten via en servicekanal av typen {kind} ({id}). Redigera den servicekanalen.',
  },
  'channel.kindTaken': {
    en: 'Choose another channel kind or edit the existing channel.',
    fi: 'Valitse toinen kanavan tyyppi tai muokkaa olemassa olevaa palvelukanavaa.',
    sv: 'Välj en annan typ av kanal eller redigera den befintliga servicekanalen.',
  },
  'channelKind.local': { en: 'local', fi: 'lähipalvelu', sv: 'närservice' },
  'channelKind.mobile': { en: 'mobile', fi: 'liikkuva palvelu', sv: 'mobil service' },
  'channelKind.home_visit': { en: 'home_visit', fi: 'kotikäynti', sv: 'hembesök' },
  'channelKind.remote_contact': { en: 'remote_contact', fi: 'etäasiointi', sv: 'distanskontakt' },
  'channelKind.remote_service': { en: 'remote_service', fi: 'etäpalvelu', sv: 'distanstjänst' },
  'channelKind.e_service': { en: 'e_service', fi: 'sähköinen asiointi', sv: 'e-tjänst' },

  // ---------- contracts ----------
  'contract.endsBeforeStart': {
    en: 'The contract ends ({to}) before it starts ({from}).',
    fi: 'Sopimuksen päättymispäivä ({to}) on ennen sen alkamispäivää ({from}).',
    sv: 'Avtalets slutdatum ({to}) infaller före dess startdatum ({from}).',
  },
  'contract.obligationsMissing': {
    en: 'Every producer accepts all cooperation obligations; missing: {missing}.',
    fi: 'Jokainen palveluntuottaja sitoutuu kaikkiin yhteistyövelvoitteisiin. Puuttuu: {missing}.',
    sv: 'Varje tjänsteproducent förbinder sig till alla samarbetsskyldigheter. Följande saknas: {missing}.',
  },
  'obligation.follow_client_plan': {
    en: 'follow_client_plan',
    fi: 'asiakassuunnitelman noudattaminen',
    sv: 'att följa klientplanen',
  },
  'obligation.answer_referrals': {
    en: 'answer_referrals',
    fi: 'lähetteisiin vastaaminen',
    sv: 'att svara på remisser',
  },
  'obligation.report_delivered_services': {
    en: 'report_delivered_services',
    fi: 'toteutuneiden palvelujen raportointi',
    sv: 'att rapportera genomförda tjänster',
  },
  'contract.servicesRequired': {
    en: 'A contract covers at least one service.',
    fi: 'Sopimuksen on katettava vähintään yksi palvelu.',
    sv: 'Ett avtal måste omfatta minst en tjänst.',
  },
  'contract.serviceTwice': {
    en: 'This service is listed twice in the contract.',
    fi: 'Palvelu on sopimuksessa kahteen kertaan.',
    sv: 'Tjänsten finns två gånger i avtalet.',
  },
  'contract.openEnded': { en: 'open-ended', fi: 'toistaiseksi', sv: 'tills vidare' },
  'contract.overlapsService': {
    en: 'Contract {reference} ({from} – {to}) already covers this service for this producer; end that contract before this one starts, or change this period.',
    fi: 'Sopimus {reference} ({from} – {to}) kattaa jo tämän palvelun tälle palveluntuottajalle. Päätä kyseinen sopimus ennen tämän sopimuksen alkamista tai muuta tämän sopimuksen voimassaoloaikaa.',
    sv: 'Avtal {reference} ({from} – {to}) omfattar redan den här tjänsten för den här tjänsteproducenten. Avsluta det avtalet innan det här avtalet börjar eller ändra det här avtalets giltighetstid.',
  },
  'contract.overlaps': {
    en: 'The contract period overlaps another contract of the same producer.',
    fi: 'Sopimuskausi on päällekkäin saman palveluntuottajan toisen sopimuksen kanssa.',
    sv: 'Avtalsperioden överlappar ett annat avtal med samma tjänsteproducent.',
  },
  'contract.inForce': {
    en: 'Contract {reference} has been in force since {from}; it cannot be deleted. End it (set "validTo") or deactivate it (set "active" to false) to keep its history.',
    fi: 'Sopimusta {reference} ei voi poistaa, koska se on ollut voimassa {from} alkaen. Päätä sopimus (aseta "validTo") tai poista se käytöstä (aseta "active"-kentän arvoksi false), jolloin sen historia säilyy.',
    sv: 'Avtal {reference} kan inte raderas eftersom det har varit i kraft sedan {from}. Avsluta avtalet (ange "validTo") eller ta det ur bruk (sätt fältet "active" till false), så bevaras dess historik.',
  },

  // ---------- service packages and chains ----------
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

  // ---------- sign-in and tokens ----------
  'auth.token.missing': {
    en: 'Sign in first: send an access token as "Authorization: Bearer <token>".',
    fi: 'Kirjaudu ensin sisään: lähetä pääsytunniste otsakkeessa "Authorization: Bearer <tunniste>".',
    sv: 'Logga in först: skicka en åtkomsttoken i huvudet "Authorization: Bearer <token>".',
  },
  'auth.token.expired': {
    en: 'Your access token has expired; get a new one.',
    fi: 'Pääsytunnisteesi on vanhentunut. Hanki uusi.',
    sv: 'Din åtkomsttoken har gått ut. Skaffa en ny.',
  },
  'auth.token.invalid': {
    en: 'The access token is not valid: its signature or issuer is not one Saumaton trusts.',
    fi: 'Pääsytunniste ei kelpaa: sen allekirjoitus tai myöntäjä ei ole Saumattoman hyväksymä.',
    sv: 'Åtkomsttoken är inte giltig: dess signatur eller utfärdare godtas inte av Saumaton.',
  },
  'auth.token.audience': {
    en: 'The access token was issued for another service; get one for this API.',
    fi: 'Pääsytunniste on myönnetty toiselle palvelulle. Hanki tunniste tälle rajapinnalle.',
    sv: 'Åtkomsttoken har utfärdats för en annan tjänst. Skaffa en token för detta gränssnitt.',
  },
  'auth.unknownUser': {
    en: 'The signed-in user is not a user of Saumaton, or the account is closed.',
    fi: 'Kirjautunut käyttäjä ei ole Saumattoman käyttäjä, tai käyttäjätili on suljettu.',
    sv: 'Den inloggade användaren är inte användare av Saumaton, eller så är kontot stängt.',
  },
  'auth.scope': {
    en: 'Your access token does not allow this: it needs the scope "{scope}".',
    fi: 'Pääsytunnisteesi ei salli tätä: siihen tarvitaan oikeus "{scope}".',
    sv: 'Din åtkomsttoken tillåter inte detta: den behöver behörigheten "{scope}".',
  },

  // ---------- break-the-glass and the access log ----------
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
  'accessLog.onlyClients': {
    en: 'This is the client’s own view of who has opened their data; sign in as the client.',
    fi: 'Tämä on asiakkaan oma näkymä siihen, kuka on avannut hänen tietojaan. Kirjaudu sisään asiakkaana.',
    sv: 'Detta är klientens egen vy över vem som har öppnat klientens uppgifter. Logga in som klient.',
  },
  'access.organizerOnly': {
    en: 'Only the organizer’s administrators review the access log and emergency accesses.',
    fi: 'Vain järjestäjän pääkäyttäjät tarkastelevat lokia ja hätäkäyttöjä.',
    sv: 'Endast anordnarens administratörer granskar loggen och nödåtkomsterna.',
  },

  // ---------- consents and refusals ----------
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

  // ---------- clients ----------
  'client.identity.format': {
    en: 'This is not a personal identity code: six digits of the birth date, a century sign (+, -, A–F or U–Y), three digits and a check character, e.g. 131052-308T.',
    fi: 'Tämä ei ole henkilötunnus: syntymäajan kuusi numeroa, vuosisatamerkki (+, -, A–F tai U–Y), kolme numeroa ja tarkistusmerkki, esimerkiksi 131052-308T.',
    sv: 'Detta är ingen personbeteckning: sex siffror för födelsedatumet, ett sekeltecken (+, -, A–F eller U–Y), tre siffror och ett kontrolltecken, till exempel 131052-308T.',
  },
  'client.identity.date': {
    en: 'The birth date in this personal identity code does not exist; check the first six digits and the century sign.',
    fi: 'Henkilötunnuksen syntymäaikaa ei ole olemassa. Tarkista kuusi ensimmäistä numeroa ja vuosisatamerkki.',
    sv: 'Födelsedatumet i personbeteckningen finns inte. Kontrollera de sex första siffrorna och sekeltecknet.',
  },
  'client.identity.checksum': {
    en: 'The check character of this personal identity code does not match; check the code for a typing error.',
    fi: 'Henkilötunnuksen tarkistusmerkki ei täsmää. Tarkista tunnus kirjoitusvirheiden varalta.',
    sv: 'Personbeteckningens kontrolltecken stämmer inte. Kontrollera beteckningen för skrivfel.',
  },
  'client.temporaryId': {
    en: 'A temporary identifier has 4–64 letters, digits, dots or hyphens, e.g. 1.2.246.10.2606155.22.2026.17.',
    fi: 'Väliaikaisessa tunnisteessa on 4–64 kirjainta, numeroa, pistettä tai yhdysmerkkiä, esimerkiksi 1.2.246.10.2606155.22.2026.17.',
    sv: 'En tillfällig identifierare har 4–64 bokstäver, siffror, punkter eller bindestreck, till exempel 1.2.246.10.2606155.22.2026.17.',
  },
  'client.birthDate.required': {
    en: 'Give the birth date (YYYY-MM-DD): a temporary identifier does not contain it.',
    fi: 'Anna syntymäaika (VVVV-KK-PP): väliaikainen tunniste ei sisällä sitä.',
    sv: 'Ange födelsedatumet (ÅÅÅÅ-MM-DD): en tillfällig identifierare innehåller det inte.',
  },
  'client.birthDate.mismatch': {
    en: 'The birth date {given} differs from the one in the personal identity code ({fromCode}); leave it out or correct it.',
    fi: 'Syntymäaika {given} poikkeaa henkilötunnuksen syntymäajasta ({fromCode}). Jätä se pois tai korjaa se.',
    sv: 'Födelsedatumet {given} avviker från det i personbeteckningen ({fromCode}). Lämna bort det eller rätta det.',
  },
  'client.exists': {
    en: 'A client with this identifier is already registered; find the client and record the contact instead.',
    fi: 'Asiakas tällä tunnisteella on jo rekisterissä. Hae asiakas ja kirjaa yhteydenotto hänen tietoihinsa.',
    sv: 'En klient med denna identifierare finns redan i registret. Sök klienten och registrera kontakten i stället.',
  },
  'client.choice.kind': {
    en: 'Unit {id} is not a unit of a {kind} producer; the client can choose only such a unit here.',
    fi: 'Toimipiste {id} ei kuulu palveluntuottajaan, jonka tyyppi on {kind}; asiakas voi valita tähän vain sellaisen toimipisteen.',
    sv: 'Verksamhetsstället {id} hör inte till en tjänsteproducent av typen {kind}; klienten kan här välja bara ett sådant verksamhetsställe.',
  },
  'client.identityByProfessional': {
    en: 'Your identity code, name and birth date come from the population register: ask a professional to correct them. You can change your contact details, language and choices.',
    fi: 'Henkilötunnuksesi, nimesi ja syntymäaikasi tulevat väestötietojärjestelmästä: pyydä ammattilaista korjaamaan ne. Voit muuttaa yhteystietojasi, kieltäsi ja valintojasi.',
    sv: 'Din personbeteckning, ditt namn och födelsedatum kommer från befolkningsdatasystemet: be en yrkesperson rätta dem. Du kan ändra dina kontaktuppgifter, ditt språk och dina val.',
  },
  'client.onlyProfessionals': {
    en: 'Only professionals register clients.',
    fi: 'Vain ammattilaiset voivat rekisteröidä asiakkaita.',
    sv: 'Endast yrkespersoner kan registrera klienter.',
  },
  'client.search.needsTerms': {
    en: 'Search by a personal identity code, or by a family name of at least two letters.',
    fi: 'Hae henkilötunnuksella tai vähintään kahden kirjaimen sukunimellä.',
    sv: 'Sök med en personbeteckning eller med ett efternamn på minst två bokstäver.',
  },

  // ---------- catalogue import ----------
  'import.format': {
    en: 'Expected format "{format}" version {version}.',
    fi: 'Odotettu tiedostomuoto on "{format}", versio {version}.',
    sv: 'Det förväntade filformatet är "{format}", version {version}.',
  },
  'import.notCatalogue': {
    en: 'This is not a Saumaton catalogue file.',
    fi: 'Tiedosto ei ole Saumattoman palvelukatalogitiedosto.',
    sv: 'Filen är inte en tjänstekatalogfil från Saumaton.',
  },
  'import.schema': {
    en: 'The catalogue file does not match the format; nothing was imported.',
    fi: 'Katalogitiedosto ei vastaa tiedostomuotoa, joten mitään ei tuotu.',
    sv: 'Katalogfilen motsvarar inte filformatet, så ingenting importerades.',
  },
  'import.record': {
    en: '{kind}[{index}] ({id}): {reason}',
    fi: '{kind}[{index}] ({id}): {reason}',
    sv: '{kind}[{index}] ({id}): {reason}',
  },
} as const satisfies Record<string, Texts>;

/**
 * Every message: the core ones above, and each module's own (kept beside the module so that
 * work on one module does not edit this file). Keys must not repeat across files (tested).
 */
export const MESSAGES = {
  ...CORE_MESSAGES,
  ...SIGN_IN_MESSAGES,
  ...ANALYTICS_MESSAGES,
  ...AUDIT_MESSAGES,
  ...RECORDS_MESSAGES,
} as const;
export const MESSAGE_SOURCES = [
  CORE_MESSAGES,
  SIGN_IN_MESSAGES,
  ANALYTICS_MESSAGES,
  AUDIT_MESSAGES,
  RECORDS_MESSAGES,
];

export type MessageKey = keyof typeof MESSAGES;

/** The `{name}` placeholders of a text, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;
export type ParamsOf<K extends MessageKey> = Placeholders<(typeof MESSAGES)[K]['en']>;

/** A message and its parameters, localized only when the language is known. */
export interface Message {
  readonly key: MessageKey;
  readonly params: Params;
}

/**
 * A parameter: plain text or a number (the same in every language), a record's own text in
 * each language (a service's name), another message (a phrase to localize), or a list of any
 * of these (joined with ", ").
 */
export type ParamValue = string | number | Localized | Message | readonly ParamValue[];
export type Params = Readonly<Record<string, ParamValue>>;

/** The parameters a key needs: none, or exactly its placeholders. */
export type ParamArgs<K extends MessageKey> = [ParamsOf<K>] extends [never]
  ? []
  : [params: Readonly<Record<ParamsOf<K>, ParamValue>>];

/** A message with its parameters checked against the key's placeholders. */
export function msg<K extends MessageKey>(key: K, ...params: ParamArgs<K>): Message {
  return { key, params: params[0] ?? {} };
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

function isMessage(v: object): v is Message {
  return 'key' in v && 'params' in v;
}

function render(value: ParamValue | undefined, lang: Lang): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v: ParamValue) => render(v, lang)).join(', ');
  if (isMessage(value as object)) {
    const m = value as Message;
    return localize(m.key, m.params, lang);
  }
  // A record's own text: its text in this language, else in another it has.
  const l = value as Localized;
  return l[lang] || l.en || l.fi || l.sv || '';
}

/** The text of a message in a language, with its placeholders filled in. */
export function localize(key: MessageKey, params: Params = {}, lang: Lang = DEFAULT_LANGUAGE): string {
  const template: string = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? render(params[name], lang) : whole,
  );
}

/**
 * The language to answer in, from an Accept-Language header: the supported language the client
 * prefers most (q-values honoured, `q=0` refused), matching on the primary subtag so `fi-FI` is
 * Finnish and `sv-FI` Swedish. English when the header is absent or names nothing supported.
 */
export function pickLanguage(header: string | readonly string[] | undefined | null): Lang {
  const text: string = typeof header === 'string' ? header : header ? header.join(',') : '';
  const ranges = text
    .split(',')
    .map((part, order) => {
      const [tag = '', ...attrs] = part.trim().split(';');
      let q = 1;
      for (const a of attrs) {
        const m = /^\s*q\s*=(.*)$/i.exec(a);
        // A weight that is not a number from 0 to 1 makes the range unreadable: it is skipped.
        if (m) q = /^\s*[01](\.\d{0,3})?\s*$/.test(m[1] ?? '') ? Number(m[1]) : Number.NaN;
      }
      return { tag: tag.trim().toLowerCase(), q, order };
    })
    .filter((r) => r.tag !== '' && !Number.isNaN(r.q) && r.q <= 1);
  const refused = new Set(ranges.filter((r) => r.q <= 0).map((r) => r.tag.split('-')[0]));
  const wanted = ranges.filter((r) => r.q > 0).sort((a, b) => b.q - a.q || a.order - b.order);
  for (const r of wanted) {
    if (r.tag === '*') {
      const any = [DEFAULT_LANGUAGE, ...LANGUAGES].find((l) => !refused.has(l));
      if (any) return any;
      continue;
    }
    const primary = r.tag.split('-')[0];
    const lang = LANGUAGES.find((l) => l === primary);
    if (lang && !refused.has(lang)) return lang;
  }
  return DEFAULT_LANGUAGE;
}
