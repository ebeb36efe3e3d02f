import { defineMessages, type Texts } from '../../http/messages.js';
import { HTTP_MESSAGES } from '../../http/texts.js';

/** Texts of the client registry. */
export const CLIENT_MESSAGES = {
  'stale.client': {
    en: 'The data of client {id} have changed: you sent version {expected} but it is now version {current}. Reload them and apply your change again.',
    fi: 'Asiakkaan {id} tietoja on muutettu: lähetit version {expected}, mutta nykyinen versio on {current}. Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Uppgifterna om klienten {id} har ändrats: du skickade version {expected}, men den aktuella versionen är {current}. Ladda om uppgifterna och gör din ändring på nytt.',
  },
  'notFound.client': {
    en: 'Client {id} does not exist.',
    fi: 'Asiakasta {id} ei löydy.',
    sv: 'Klienten {id} finns inte.',
  },
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
  'client.firstContact.required': {
    en: "This person is already a client. Recording a first contact opens their existing data to your unit for 30 days, so state why the client is at your unit: a reason and an explanation. The organizer's administrator reviews it, and the client sees it in their access log.",
    fi: 'Henkilö on jo asiakas. Ensikontaktin kirjaaminen avaa hänen aiemmat tietonsa yksikkösi käyttöön 30 päiväksi, joten kerro, miksi asiakas on yksikössäsi: syy ja perustelu. Järjestäjän pääkäyttäjä tarkastaa sen, ja asiakas näkee sen käyttölokistaan.',
    sv: 'Personen är redan klient. En registrerad första kontakt öppnar klientens tidigare uppgifter för din enhet i 30 dagar, så ange varför klienten är vid din enhet: en orsak och en motivering. Anordnarens administratör granskar den, och klienten ser den i sin åtkomstlogg.',
  },
  'client.firstContact.reasonCode': {
    en: 'Choose why the client is at your unit.',
    fi: 'Valitse, miksi asiakas on yksikössäsi.',
    sv: 'Välj varför klienten är vid din enhet.',
  },
  'client.firstContact.reasonText': {
    en: 'Explain the contact in at least 10 characters.',
    fi: 'Kuvaa yhteydenotto vähintään 10 merkillä.',
    sv: 'Beskriv kontakten med minst 10 tecken.',
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
} as const satisfies Record<string, Texts>;

/** Messages of this module, and the HTTP kit's shared ones (request, date, language names). */
export const msg = defineMessages({ ...HTTP_MESSAGES, ...CLIENT_MESSAGES });
