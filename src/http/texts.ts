import { defineMessages, type Texts } from './messages.js';

/** The HTTP kit's own texts: status titles, requests Fastify refuses, schema validation, versions
 * and idempotency — what every route can answer, whatever its module. */
export const HTTP_MESSAGES = {
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
  'request.tooDeep': {
    en: 'The request body nests arrays and objects more than {max} levels deep; no body of this API needs more. Send the fields as the API documentation at /docs describes them.',
    fi: 'Pyynnön sisällössä on luetteloita ja objekteja sisäkkäin yli {max} tasoa; tämän rajapinnan pyynnöt eivät tarvitse niin monta. Lähetä kentät rajapinnan kuvauksen mukaisesti (/docs).',
    sv: 'Begärans innehåll har listor och objekt inbäddade i mer än {max} nivåer; ingen begäran i detta API behöver så många. Skicka fälten enligt API-beskrivningen på /docs.',
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
  'idempotency.keyReused': {
    en: 'This Idempotency-Key was already used with another request body. A retry must send the same body; for a new request, use a new key.',
    fi: 'Tätä Idempotency-Key-avainta on jo käytetty toisenlaisella pyynnön sisällöllä. Uudelleenyrityksen on lähetettävä sama sisältö; käytä uudelle pyynnölle uutta avainta.',
    sv: 'Denna Idempotency-Key har redan använts med ett annat innehåll i begäran. Ett nytt försök måste skicka samma innehåll; använd en ny nyckel för en ny begäran.',
  },
  /**
   * A text given as a plain English string, not yet a message of its own (passed through
   * as it is in every language). Only for code that has not moved to keys; see DomainError.
   */
  'text.untranslated': { en: '{text}', fi: '{text}', sv: '{text}' },
  'version.required': {
    en: 'An update must say which version it read: send an If-Match header with the ETag, or "version" in the body.',
    fi: 'Muutospyynnössä on kerrottava, mihin versioon muutos perustuu: lähetä ETag-arvo If-Match-otsakkeessa tai "version" pyynnön sisällössä.',
    sv: 'En ändring måste ange vilken version den bygger på: skicka ETag-värdet i huvudet If-Match eller "version" i begärans innehåll.',
  },
  'version.ifMatch': {
    en: 'If-Match must be the ETag of the version you read, e.g. "3": one version, a whole number from 1 to {max}.',
    fi: 'If-Match-otsakkeen on oltava lukemasi version ETag-arvo, esimerkiksi "3": yksi versio, kokonaisluku väliltä 1–{max}.',
    sv: 'Huvudet If-Match måste vara ETag-värdet för den version du läste, till exempel "3": en version, ett heltal från 1 till {max}.',
  },
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
  'inLanguage.fi': { en: 'Finnish', fi: 'suomeksi', sv: 'på finska' },
  'inLanguage.sv': { en: 'Swedish', fi: 'ruotsiksi', sv: 'på svenska' },
  'inLanguage.en': { en: 'English', fi: 'englanniksi', sv: 'på engelska' },
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
  'stale.record': {
    en: 'The record has changed: you sent version {expected} but it is now version {current}. Reload it and apply your change again.',
    fi: 'Tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Uppgifterna har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'notFound.record': {
    en: 'Record {id} does not exist.',
    fi: 'Tietuetta {id} ei löydy.',
    sv: 'Posten {id} finns inte.',
  },
} as const satisfies Record<string, Texts>;

export const msg = defineMessages(HTTP_MESSAGES);
