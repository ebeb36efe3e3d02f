import { defineMessages, type Texts } from '../../http/messages.js';
import { HTTP_MESSAGES } from '../../http/texts.js';

/** Texts of the service catalogue: producers, units, services, channels, contracts, imports. */
export const CATALOGUE_MESSAGES = {
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
    en: 'Producer "{name}" is used by {references}; it cannot be deleted. Deactivate it instead (set "active" to false): its history is kept.',
    fi: 'Palveluntuottajaa "{name}" ei voi poistaa, koska se on käytössä: {references}. Poista palveluntuottaja sen sijaan käytöstä (aseta "active"-kentän arvoksi false), jolloin sen historia säilyy.',
    sv: 'Tjänsteproducenten "{name}" kan inte raderas eftersom den används: {references}. Ta i stället producenten ur bruk (sätt fältet "active" till false), så bevaras dess historik.',
  },
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
    en: 'Unit "{name}" is used by {references}; it cannot be deleted. Deactivate it instead (set "active" to false): its history is kept.',
    fi: 'Toimipistettä "{name}" ei voi poistaa, koska se on käytössä: {references}. Poista toimipiste sen sijaan käytöstä (aseta "active"-kentän arvoksi false), jolloin sen historia säilyy.',
    sv: 'Verksamhetsstället "{name}" kan inte raderas eftersom det används: {references}. Ta i stället verksamhetsstället ur bruk (sätt fältet "active" till false), så bevaras dess historik.',
  },
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
  'ref.units': {
    en: '{count} unit(s)',
    fi: 'toimipisteet ({count} kpl)',
    sv: 'verksamhetsställen ({count} st.)',
  },
  'ref.userAccounts': {
    en: '{count} user account(s)',
    fi: 'käyttäjätunnukset ({count} kpl)',
    sv: 'användarkonton ({count} st.)',
  },
  'ref.refusals': {
    en: '{count} refusal(s) of disclosure by clients',
    fi: 'asiakkaiden luovutuskiellot ({count} kpl)',
    sv: 'klienters utlämningsförbud ({count} st.)',
  },
  'ref.clientChoices': {
    en: '{count} client choice(s) of sote centre or dental clinic',
    fi: 'asiakkaiden sote-keskus- tai hammashoitolavalinnat ({count} kpl)',
    sv: 'klienters val av social- och hälsocentral eller tandklinik ({count} st.)',
  },
  'ref.careRelationships': {
    en: '{count} care or client relationship(s)',
    fi: 'hoito- ja asiakassuhteet ({count} kpl)',
    sv: 'vård- och klientrelationer ({count} st.)',
  },
  'ref.entries': {
    en: '{count} record entry(ies) written at the unit',
    fi: 'toimipisteessä kirjatut asiakirjamerkinnät ({count} kpl)',
    sv: 'journalanteckningar gjorda vid verksamhetsstället ({count} st.)',
  },
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

/** Messages of this module, and the HTTP kit's shared ones (request, date, language names). */
export const msg = defineMessages({ ...HTTP_MESSAGES, ...CATALOGUE_MESSAGES });
