import { defineMessages, type Texts } from '../../http/messages.js';
import { HTTP_MESSAGES } from '../../http/texts.js';

/** Sign-in texts: the API's answers and the built-in identity provider's pages. */
export const SIGN_IN_MESSAGES = {
  'auth.sessionEnded': {
    en: 'Your session has ended (signed out, or unused for 30 minutes). Sign in again.',
    fi: 'Istuntosi on päättynyt (kirjauduit ulos tai istunto oli käyttämättä 30 minuuttia). Kirjaudu uudelleen.',
    sv: 'Din session har upphört (du loggade ut eller den var oanvänd i 30 minuter). Logga in igen.',
  },
  'auth.csrf': {
    en: 'The request did not carry a valid CSRF token (header "x-csrf-token") for this session. Reload the page and try again.',
    fi: 'Pyynnössä ei ollut tämän istunnon voimassa olevaa CSRF-tunnistetta (otsake "x-csrf-token"). Lataa sivu uudelleen ja yritä uudestaan.',
    sv: 'Begäran saknade en giltig CSRF-token för sessionen (rubriken "x-csrf-token"). Ladda om sidan och försök igen.',
  },
  'auth.notSignedIn': {
    en: 'You are not signed in.',
    fi: 'Et ole kirjautunut sisään.',
    sv: 'Du är inte inloggad.',
  },
  'auth.badCredentials': {
    en: 'The username or the password is wrong.',
    fi: 'Käyttäjätunnus tai salasana on väärin.',
    sv: 'Användarnamnet eller lösenordet är fel.',
  },
  'auth.builtinOff': {
    en: "The built-in identity provider is turned off here: sign in through the county's identity provider.",
    fi: 'Sisäänrakennettu tunnistuspalvelu ei ole käytössä: kirjaudu hyvinvointialueen tunnistuspalvelun kautta.',
    sv: 'Den inbyggda identifieringstjänsten är avstängd: logga in via välfärdsområdets identifieringstjänst.',
  },
  'auth.scopeNotAllowed': {
    en: 'A {role} cannot be given the scope "{scope}". Allowed: {allowed}.',
    fi: 'Roolille {role} ei voi antaa oikeutta "{scope}". Sallitut: {allowed}.',
    sv: 'Rollen {role} kan inte få behörigheten "{scope}". Tillåtna: {allowed}.',
  },
  'auth.scopeUnknown': {
    en: 'Unknown scope "{scope}". Scopes: {allowed}.',
    fi: 'Tuntematon oikeus "{scope}". Oikeudet: {allowed}.',
    sv: 'Okänd behörighet "{scope}". Behörigheter: {allowed}.',
  },
  'auth.tooMany': {
    en: 'Too many sign-in attempts. Wait a minute and try again.',
    fi: 'Liian monta kirjautumisyritystä. Odota hetki ja yritä uudelleen.',
    sv: 'För många inloggningsförsök. Vänta en stund och försök igen.',
  },
  'auth.callbackFailed': {
    en: 'Signing in did not complete: {reason}. Start again from the sign-in link.',
    fi: 'Kirjautuminen ei onnistunut: {reason}. Aloita alusta kirjautumislinkistä.',
    sv: 'Inloggningen slutfördes inte: {reason}. Börja om från inloggningslänken.',
  },
  'auth.loginExpired': {
    en: 'The sign-in took too long or was started in another window',
    fi: 'kirjautuminen kesti liian kauan tai aloitettiin toisessa ikkunassa',
    sv: 'inloggningen tog för lång tid eller påbörjades i ett annat fönster',
  },
  'auth.unknownAccount': {
    en: 'You were identified, but you are not a user of Saumaton. Ask the county for access.',
    fi: 'Sinut tunnistettiin, mutta et ole Saumattoman käyttäjä. Pyydä käyttöoikeutta hyvinvointialueelta.',
    sv: 'Du identifierades, men du är inte användare av Saumaton. Be välfärdsområdet om åtkomst.',
  },
  'idp.title': {
    en: 'Sign in to Saumaton',
    fi: 'Kirjaudu Saumattomaan',
    sv: 'Logga in i Saumaton',
  },
  'idp.intro': {
    en: 'Built-in identity provider for the demo and tests. A county signs in with its own identity provider (for example Suomi.fi).',
    fi: 'Esittelyn ja testien sisäänrakennettu tunnistuspalvelu. Hyvinvointialue käyttää omaa tunnistuspalveluaan (esimerkiksi Suomi.fi).',
    sv: 'Inbyggd identifieringstjänst för demo och tester. Ett välfärdsområde använder sin egen identifieringstjänst (till exempel Suomi.fi).',
  },
  'idp.username': { en: 'Username', fi: 'Käyttäjätunnus', sv: 'Användarnamn' },
  'idp.password': { en: 'Password', fi: 'Salasana', sv: 'Lösenord' },
  'idp.submit': { en: 'Sign in', fi: 'Kirjaudu', sv: 'Logga in' },
  'idp.cancel': { en: 'Cancel', fi: 'Peruuta', sv: 'Avbryt' },
  'idp.trainingAccounts': {
    en: 'Training accounts',
    fi: 'Harjoitustunnukset',
    sv: 'Övningskonton',
  },
  'idp.demoUsers': {
    en: 'Demo users (password: {password})',
    fi: 'Esittelykäyttäjät (salasana: {password})',
    sv: 'Demoanvändare (lösenord: {password})',
  },
  'idp.errorTitle': {
    en: 'Signing in failed',
    fi: 'Kirjautuminen epäonnistui',
    sv: 'Inloggningen misslyckades',
  },
  'idp.errorSummary': {
    en: 'There is a problem',
    fi: 'Korjaa seuraava',
    sv: 'Det finns ett problem',
  },
  'idp.backToApp': {
    en: 'Back to Saumaton',
    fi: 'Takaisin Saumattomaan',
    sv: 'Tillbaka till Saumaton',
  },
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
  'auth.token.issuedInFuture': {
    en: "The access token says it was issued in the future (more than {skew} seconds ahead of this server's clock). Check the clock of the system that issued it, and get a new token.",
    fi: 'Pääsytunnisteen mukaan se on myönnetty tulevaisuudessa (yli {skew} sekuntia palvelimen kelloa edellä). Tarkista tunnisteen myöntäneen järjestelmän kello ja hanki uusi tunniste.',
    sv: 'Enligt åtkomsttoken har den utfärdats i framtiden (mer än {skew} sekunder före serverns klocka). Kontrollera klockan i systemet som utfärdade den och skaffa en ny token.',
  },
  'auth.token.lifetime': {
    en: 'The access token is valid for longer than this service accepts: at most {minutes} minutes from the time it was issued. Get a token with a shorter lifetime.',
    fi: 'Pääsytunniste on voimassa pidempään kuin tämä palvelu hyväksyy: enintään {minutes} minuuttia myöntämisestä. Hanki tunniste, jonka voimassaolo on lyhyempi.',
    sv: 'Åtkomsttoken gäller längre än tjänsten godtar: högst {minutes} minuter från att den utfärdades. Skaffa en token med kortare giltighetstid.',
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
} as const satisfies Record<string, Texts>;

/** Messages of this module, and the HTTP kit's shared ones (request, date, language names). */
export const msg = defineMessages({ ...HTTP_MESSAGES, ...SIGN_IN_MESSAGES });
