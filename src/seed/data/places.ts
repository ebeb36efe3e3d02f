/**
 * Word lists for the demo county: street names, Finnish genitives of place names, firm and
 * association names. Places are real (they come from the postal code data); streets, firms and
 * associations are synthetic but follow real naming patterns.
 */

export const STREETS_FI = [
  'Kauppakatu',
  'Rautatienkatu',
  'Keskuskatu',
  'Koulukatu',
  'Sairaalankatu',
  'Terveystie',
  'Asemakatu',
  'Puistokatu',
  'Kirkkotie',
  'Myllytie',
  'Koivukuja',
  'Rantatie',
  'Teollisuustie',
  'Torikatu',
  'Kalevankatu',
  'Hallituskatu',
  'Palokunnankatu',
  'Ojakatu',
  'Lehtikuja',
  'Kartanontie',
  'Mäntytie',
  'Harjukatu',
] as const;

export const STREETS_SV = [
  'Storgatan',
  'Skolgatan',
  'Kyrkvägen',
  'Strandvägen',
  'Järnvägsgatan',
  'Handelsesplanaden',
  'Sjukhusvägen',
  'Torggatan',
  'Bygatan',
  'Kvarnvägen',
  'Björkvägen',
  'Industrivägen',
  'Brandkårsgatan',
  'Parkgatan',
  'Gårdsvägen',
  'Tallvägen',
] as const;

/** Finnish genitives that the suffix rules below would get wrong or that are worth stating. */
const GENITIVE_FI: Record<string, string> = {
  Jokioinen: 'Jokioisten',
  Kaskinen: 'Kaskisten',
  Loppi: 'Lopen',
  Luoto: 'Luodon',
  Korsnäs: 'Korsnäsin',
  Pedersöre: 'Pedersören',
  Vöyri: 'Vöyrin',
  Närpiö: 'Närpiön',
  Lappi: 'Lapin',
  'Helsinki-Uusimaa': 'Helsinki-Uudenmaan',
  Helsinki: 'Helsingin',
  Espoo: 'Espoon',
};

const GENITIVE_SUFFIXES: [string, string][] = [
  ['kaupunki', 'kaupungin'],
  ['järvi', 'järven'],
  ['mäki', 'mäen'],
  ['lahti', 'lahden'],
  ['saari', 'saaren'],
  ['joki', 'joen'],
  ['koski', 'kosken'],
  ['niemi', 'niemen'],
  ['salmi', 'salmen'],
  ['lampi', 'lammen'],
  ['vesi', 'veden'],
  ['Häme', 'Hämeen'],
  ['Suomi', 'Suomen'],
  ['Uusimaa', 'Uudenmaan'],
  ['nen', 'sen'],
];

/** The Finnish genitive of a place name (Hämeenlinna → Hämeenlinnan, Riihimäki → Riihimäen). */
export function genitiveFi(name: string): string {
  const known = GENITIVE_FI[name];
  if (known) return known;
  for (const [end, replacement] of GENITIVE_SUFFIXES) {
    if (name.endsWith(end)) return name.slice(0, -end.length) + replacement;
  }
  return /[aeiouyäö]$/i.test(name) ? `${name}n` : `${name}in`;
}

/** The Swedish genitive (Österbotten → Österbottens); names ending in s, x or z take none. */
export function genitiveSv(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/**
 * Municipalities with town status (kaupunki / stad): all of Kanta-Häme's and Pohjanmaa's, and the
 * larger towns elsewhere. Others are named 'kunta / kommun', which is wrong for some smaller towns.
 */
export const TOWN_CODES = new Set([
  // Kanta-Häme: Forssa, Hämeenlinna, Riihimäki.
  '061',
  '109',
  '694',
  // Pohjanmaa: Kaskinen, Kristiinankaupunki, Närpiö, Pietarsaari, Uusikaarlepyy, Vaasa.
  '231',
  '287',
  '545',
  '598',
  '893',
  '905',
  // Larger towns: Helsinki, Espoo, Vantaa, Tampere, Turku, Oulu, Lahti, Kuopio, Jyväskylä, Pori,
  // Kouvola, Lappeenranta, Joensuu, Rovaniemi, Mikkeli, Kokkola, Seinäjoki, Porvoo, Hyvinkää,
  // Lohja, Kerava, Kajaani, Maarianhamina.
  ...['091', '049', '092', '837', '853', '564', '398', '297', '179', '609', '286', '405'],
  ...['167', '698', '491', '272', '743', '638', '106', '444', '245', '205', '478'],
]);

/** Usual telephone area codes by region (maakunta), for synthetic numbers. */
export const AREA_CODES: Record<string, string> = {
  'Helsinki-Uusimaa': '09',
  'Varsinais-Suomi': '02',
  Satakunta: '02',
  'Kanta-Häme': '03',
  Pirkanmaa: '03',
  'Päijät-Häme': '03',
  Kymenlaakso: '05',
  'Etelä-Karjala': '05',
  'Etelä-Savo': '015',
  'Pohjois-Savo': '017',
  'Pohjois-Karjala': '013',
  'Keski-Suomi': '014',
  'Etelä-Pohjanmaa': '06',
  Pohjanmaa: '06',
  'Keski-Pohjanmaa': '06',
  'Pohjois-Pohjanmaa': '08',
  Kainuu: '08',
  Lappi: '016',
  Ahvenanmaa: '018',
};

/** Synthetic firm and association names; `fi` for Finnish-speaking places, `sv` for Swedish-speaking ones. */
export const ORG_NAMES = {
  soteCentre: {
    fi: ['Lääkäriasema Kotiranta Oy', 'Terveysväylä Oy', 'Hyvinvointiasema Kaari Oy', 'Lähilääkärit Oy'],
    sv: ['Läkarcentralen Kompassen Ab', 'Hälsocentralen Ankaret Ab', 'Närläkarna Ab'],
  },
  dental: {
    fi: ['Hammasklinikka Hymy Oy', 'Suunterveys Helmi Oy', 'Hammaslääkäriasema Kruunu Oy'],
    sv: ['Tandkliniken Leendet Ab', 'Tandvårdshuset Pärlan Ab'],
  },
  homeCare: {
    fi: ['Kotiapu Arjessa Oy', 'Hoivakulma Oy', 'Lähiapu Kotiin Oy', 'Hoivaranta Oy'],
    sv: ['Hemhjälpen i Vardagen Ab', 'Omsorgshörnan Ab', 'Närhjälp Ab'],
  },
  physio: {
    fi: ['Fysiopiste Liike Oy', 'Kuntoutusväylä Oy', 'Fysioranta Oy'],
    sv: ['Fysiopunkten Ab', 'Rörelsekraft Ab', 'Rehabvägen Ab'],
  },
  housing: {
    fi: ['Lehmuskodit Oy', 'Hopeaniitty Hoiva Oy', 'Palvelukoti Kataja Oy'],
    sv: ['Lindgården Omsorg Ab', 'Solhemmet Ab', 'Aftonro Vård Ab'],
  },
  psychotherapy: {
    fi: ['Terapiakeskus Sointu Oy', 'Mielen Tila Oy', 'Psykoterapiapalvelut Kaari Oy'],
    sv: ['Terapicentret Kompassen Ab', 'Samtalsrummet Ab'],
  },
  substanceNgo: {
    fi: ['Uusi Suunta ry', 'Selviämisen Tuki ry', 'Polku ry'],
    sv: ['Ny Riktning rf', 'Stigen rf'],
  },
  carersNgo: {
    fi: ['Omaisena Arjessa ry', 'Omaishoitajien Tukipiste ry'],
    sv: ['Anhörigas Stöd rf', 'Närståendevårdarnas Förening rf'],
  },
  shelterNgo: {
    fi: ['Turvasatama ry', 'Suojapaikka ry'],
    sv: ['Trygga Hamnen rf', 'Skyddsvärnet rf'],
  },
} as const;

export const DAYCARE_NAMES = {
  fi: [
    'Päiväkoti Satakieli',
    'Päiväkoti Kielo',
    'Päiväkoti Tuulikello',
    'Päiväkoti Sateenkaari',
    'Päiväkoti Peikkometsä',
  ],
  sv: ['Daghemmet Solstrålen', 'Daghemmet Regnbågen', 'Daghemmet Näckrosen', 'Daghemmet Lärkan'],
} as const;

/** Quality criteria for contracts: one from the producer's own pool, one or two general ones. */
export const QUALITY_CRITERIA = {
  general: [
    'Palveluntuottaja noudattaa asiakassuunnitelmaa ja kirjaa toteutuneet palvelut rakenteisesti Kanta-palveluihin.',
    'Lähetteisiin ja konsultaatiopyyntöihin vastataan sovitussa enimmäisajassa, ja vastaus palautetaan lähettäjälle.',
    'Asiakaspalautetta kerätään jatkuvasti, ja tulokset raportoidaan järjestäjälle neljännesvuosittain.',
    'Henkilöstön kelpoisuus ja täydennyskoulutus vastaavat lainsäädännön ja hyvinvointialueen vaatimuksia.',
    'Sähköiset asiointikanavat täyttävät WCAG 2.1 AA -saavutettavuusvaatimukset.',
    'Odotusajat julkaistaan kuukausittain hyvinvointialueen verkkosivuilla.',
  ],
  health: [
    'Hoitoon pääsy toteutuu terveydenhuoltolain enimmäisaikojen puitteissa.',
    'Hoidon laatua seurataan kansallisten laaturekisterien ja potilasturvallisuusilmoitusten avulla.',
  ],
  social: [
    'Asiakkaalle nimetään omatyöntekijä, ja palvelutarpeen arviointi aloitetaan viimeistään seitsemäntenä arkipäivänä.',
    'Asiakkaan toimintakyky arvioidaan palvelun alussa ja puolen vuoden välein RAI- tai muulla vakioidulla mittarilla.',
  ],
  ngo: [
    'Järjestö ohjaa asiakkaan tarvittaessa hyvinvointialueen palveluihin ja sopii yhteydenpidosta omatyöntekijän kanssa.',
    'Vapaaehtoiset perehdytetään ja heidän toimintaansa ohjaa palkattu ammattilainen.',
  ],
  public: [
    'Yhteistyöstä ja tiedonkulusta sovitaan yhdyspintasopimuksessa, ja tietoja luovutetaan asiakkaan suostumuksella.',
    'Osapuolet nimeävät yhteyshenkilöt ja kokoontuvat vähintään kahdesti vuodessa arvioimaan yhteistyötä.',
  ],
} as const;
