import type { Localized, PackageInterface } from '../../db/schema.js';
import type { ClientGroup } from '../../modules/pathways/model.js';

export interface PackageDef {
  key: string;
  clientGroup: ClientGroup;
  name: Localized;
  description: Localized;
  /** [service key, note] in the order the package lists them. */
  services: [string, string][];
  interfaces: PackageInterface[];
}

const L = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });

export const PACKAGES: PackageDef[] = [
  {
    key: 'family_centre',
    clientGroup: 'family_centre',
    name: L('Perhekeskus', 'Familjecenter', 'Family centre'),
    description: L(
      'Lasten, nuorten ja perheiden palvelut neuvolasta lastensuojeluun yhdessä kunnan ja järjestöjen kanssa.',
      'Tjänster för barn, unga och familjer från rådgivningen till barnskyddet tillsammans med kommunen och organisationerna.',
      'Services for children, young people and families from the clinic to child welfare, together with the municipality and NGOs.',
    ),
    services: [
      ['maternity_clinic', 'Kaikille odottaville perheille; tunnistaa tuen tarpeen jo raskausaikana.'],
      ['child_health_clinic', 'Laajoissa terveystarkastuksissa arvioidaan koko perheen hyvinvointi.'],
      ['home_help_families', 'Matalan kynnyksen apu ilman lastensuojeluasiakkuutta.'],
      [
        'early_childhood_education',
        'Kunnan palvelu; varhaiskasvatus osallistuu perheen tukemiseen sovitusti.',
      ],
      ['family_work', 'Sosiaalihuoltolain mukainen tuki ennen lastensuojelua.'],
      ['family_counselling', 'Psykologin ja sosiaalityöntekijän tuki kasvatukseen ja eroihin.'],
      ['child_welfare_assessment', 'Käynnistyy lastensuojeluilmoituksesta tai palvelutarpeen arvioinnista.'],
      ['child_welfare_support', 'Asiakassuunnitelman mukaiset avohuollon tukitoimet.'],
      ['shelter', 'Järjestön ensi- ja turvakoti, myös kriisiapu puhelimitse.'],
      ['foster_care', 'Viimesijainen; tavoitteena perheen jälleenyhdistäminen.'],
    ],
    interfaces: [
      {
        kind: 'municipal',
        name: L('Koulut ja opiskeluhuolto', 'Skolor och elevhälsa', 'Schools and student welfare'),
        description:
          'Koulukuraattorit ja -psykologit ovat hyvinvointialueen palveluita koulujen arjessa; sovitaan yhteiset käytännöt.',
      },
      {
        kind: 'ngo',
        name: L(
          'Perhejärjestöjen kohtaamispaikat',
          'Familjeorganisationernas mötesplatser',
          'Family NGO drop-in centres',
        ),
        description: 'Vertaisryhmät ja avoimet kohtaamispaikat perhekeskuksen yhteydessä.',
      },
      {
        kind: 'parish',
        name: L('Seurakunnan perhetyö', 'Församlingens familjearbete', 'Parish family work'),
        description: 'Kerhot ja perheneuvonta; ohjaus perhekeskukseen asiakkaan luvalla.',
      },
      {
        kind: 'state',
        name: L('Kela: lapsiperheiden etuudet', 'FPA: förmåner för barnfamiljer', 'Kela: family benefits'),
        description:
          'Äitiys- ja vanhempainetuudet sekä lapsilisä; perheet ohjataan hakemaan etuuksia neuvolasta.',
      },
    ],
  },
  {
    key: 'older_people_carers',
    clientGroup: 'older_people_carers',
    name: L(
      'Ikäihmisten palvelut sekä omais- ja perhehoidon keskus',
      'Tjänster för äldre samt center för närstående- och familjevård',
      'Services for older people and the family carer centre',
    ),
    description: L(
      'Kotona asumisen tuki, omaishoitajien palvelut ja ympärivuorokautinen hoiva yhtenä kokonaisuutena.',
      'Stöd för boende hemma, tjänster för närståendevårdare och omsorg dygnet runt som en helhet.',
      'Support for living at home, services for family carers and round-the-clock care as one whole.',
    ),
    services: [
      ['home_safety_visit', 'Pelastuslaitoksen huoli-ilmoitus on yksi reitti palvelutarpeen arviointiin.'],
      ['carer_coaching', 'Järjestön valmennus jokaiselle uudelle omaishoitajalle.'],
      ['needs_assessment_older', 'Arvio tehdään kotikäynnillä viimeistään seitsemän arkipäivän kuluessa.'],
      ['memory_assessment', 'Sote-aseman muistihoitaja; jatkotutkimukset tarvittaessa.'],
      ['day_activities_older', 'Tukee kotona asumista ja omaishoitajan jaksamista.'],
      ['informal_care_support', 'Omais- ja perhehoidon keskus tekee sopimukset ja seuraa niitä.'],
      ['home_care', 'Oma liikelaitos ja yksityiset tuottajat samoin ehdoin.'],
      ['home_rehabilitation', 'Aloitetaan heti kotiutuksen jälkeen.'],
      ['respite_care', 'Omaishoitajan vapaat ja kriisitilanteet.'],
      ['assisted_living', 'Vasta kun kotiin vietävät palvelut eivät riitä.'],
    ],
    interfaces: [
      {
        kind: 'rescue_services',
        name: L(
          'Pelastuslaitoksen huoli-ilmoitukset',
          'Räddningsverkets orosanmälningar',
          'Rescue services concern reports',
        ),
        description:
          'Ensihoidon ja pelastustoimen havainnot avun tarpeesta välitetään asiakasohjaukseen samana päivänä.',
      },
      {
        kind: 'municipal',
        name: L(
          'Liikunta- ja kulttuuripalvelut',
          'Idrotts- och kulturtjänster',
          'Sports and culture services',
        ),
        description: 'Seniorien liikuntaryhmät ja kuljetus harrastuksiin kunnan palveluina.',
      },
      {
        kind: 'parish',
        name: L('Diakonia ja ystäväpalvelu', 'Diakoni och vänservice', 'Diaconal work and befriending'),
        description:
          'Yksinäisyyttä vähentävä vapaaehtoistoiminta; yhteys asiakasohjaukseen asiakkaan luvalla.',
      },
      {
        kind: 'state',
        name: L('Kela: hoitotuki', 'FPA: vårdbidrag', 'Kela: care allowance'),
        description: 'Eläkkeensaajan hoitotuki ja asumistuki; asiakasohjaus neuvoo hakemisessa.',
      },
    ],
  },
  {
    key: 'mental_health_substance_abuse',
    clientGroup: 'mental_health_substance_abuse',
    name: L(
      'Mielenterveys- ja päihdepalvelut',
      'Mentalvårds- och missbrukartjänster',
      'Mental health and substance abuse services',
    ),
    description: L(
      'Mielenterveys- ja päihdepalvelut yhtenä kokonaisuutena matalan kynnyksen tuesta erikoistason hoitoon.',
      'Mentalvårds- och missbrukartjänster som en helhet från stöd med låg tröskel till vård på specialnivå.',
      'Mental health and substance abuse services as one whole, from low-threshold support to specialist care.',
    ),
    services: [
      ['depression_screening', 'Tehdään jokaiselle työikäiselle, jolla on pitkittyviä oireita.'],
      ['brief_intervention', 'Osa jokaista vastaanottokäyntiä, kun AUDIT ylittää rajan.'],
      ['peer_support', 'Järjestön kohtaamispaikka ilman ajanvarausta.'],
      ['mental_health_nurse', 'Hoito alkaa sote-asemalla; etävastaanotto mahdollinen.'],
      ['substance_rehab_ngo', 'Järjestön avokuntoutus hoidon jatkona.'],
      ['substance_outpatient', 'Katkaisuhoito kotona tai poliklinikalla.'],
      ['psychiatric_assessment', 'Konsultaatio ensin, lähete vain tarvittaessa.'],
      ['psychotherapy', 'Palveluseteli yksityiselle psykoterapeutille.'],
      ['supported_housing_substance', 'Asumisen tuki kuntoutumisen ajan.'],
    ],
    interfaces: [
      {
        kind: 'municipal',
        name: L(
          'Asumisneuvonta ja vuokra-asunnot',
          'Boenderådgivning och hyresbostäder',
          'Housing advice and rental housing',
        ),
        description:
          'Kunnan asuntotoimi tarjoaa asuntoja kuntoutujille; häätöuhasta ilmoitetaan sosiaalihuoltoon.',
      },
      {
        kind: 'state',
        name: L(
          'Kela: kuntoutuspsykoterapia',
          'FPA: rehabiliterande psykoterapi',
          'Kela: rehabilitation psychotherapy',
        ),
        description: 'Pitkäkestoinen psykoterapia työkyvyn tueksi Kelan kustantamana.',
      },
      {
        kind: 'ngo',
        name: L(
          'Kriisipuhelin ja vertaisryhmät',
          'Kristelefon och kamratgrupper',
          'Crisis line and peer groups',
        ),
        description: 'Valtakunnalliset ja paikalliset järjestöt; ohjaus palveluihin tarvittaessa.',
      },
    ],
  },
  {
    key: 'rehabilitation_work_ability',
    clientGroup: 'rehabilitation_work_ability',
    name: L('Toimintakykykeskus', 'Funktionsförmågecentret', 'Work ability and functional capacity centre'),
    description: L(
      'Työkyvyn arviointi ja kuntoutus niille, joiden työkyky on heikentynyt, yhdessä työllisyyspalvelujen ja Kelan kanssa.',
      'Bedömning av arbetsförmågan och rehabilitering för personer med nedsatt arbetsförmåga, tillsammans med sysselsättningstjänsterna och FPA.',
      'Work ability assessment and rehabilitation for people with reduced work ability, together with employment services and Kela.',
    ),
    services: [
      ['physiotherapy', 'Tuki- ja liikuntaelinvaivojen kuntoutus.'],
      ['rehabilitative_work', 'Kuntouttava työtoiminta työllisyysalueen kanssa sovitusti.'],
      ['employment_services', 'Työllisyysalueen palvelu; TYP-suunnitelma yhdessä.'],
      ['work_ability_assessment', 'Moniammatillinen arvio, myös eläkeselvittely.'],
      ['rehabilitation_plan', 'Kokoaa hyvinvointialueen, Kelan ja työllisyysalueen toimet.'],
      ['social_rehabilitation', 'Sosiaalisen toimintakyvyn vahvistaminen ennen työhön paluuta.'],
    ],
    interfaces: [
      {
        kind: 'state',
        name: L(
          'Kela: ammatillinen kuntoutus',
          'FPA: yrkesinriktad rehabilitering',
          'Kela: vocational rehabilitation',
        ),
        description:
          'Kuntoutusraha ja ammatillinen kuntoutus; kuntoutusohjaaja tekee hakemuksen asiakkaan kanssa.',
      },
      {
        kind: 'private',
        name: L('Työterveyshuolto', 'Företagshälsovård', 'Occupational health care'),
        description: 'Työssä olevien työkyvyn tuki; yhteiset neuvottelut työpaikan kanssa asiakkaan luvalla.',
      },
      {
        kind: 'ngo',
        name: L(
          'Työpajat ja välityömarkkinat',
          'Verkstäder och mellanarbetsmarknad',
          'Workshops and intermediate labour market',
        ),
        description: 'Järjestöjen ja säätiöiden työpajat kuntouttavan työtoiminnan jatkona.',
      },
    ],
  },
  {
    key: 'working_age_adults',
    clientGroup: 'working_age_adults',
    name: L(
      'Työikäisten palvelut',
      'Tjänster för personer i arbetsför ålder',
      'Services for working-age adults',
    ),
    description: L(
      'Työikäisten sosiaali- ja terveyspalvelut sote-asemalla ja verkossa sekä yhteistyö asumisen ja työllisyyden palvelujen kanssa.',
      'Social- och hälsotjänster för personer i arbetsför ålder vid stationen och på nätet samt samarbete med boende- och sysselsättningstjänster.',
      'Social and health services for working-age adults at the station and online, with housing and employment services.',
    ),
    services: [
      ['health_advice', 'Yksi yhteydenotto riittää: arvio ja ohjaus samalla kertaa.'],
      ['housing_advice', 'Kunnan palvelu; häätöjen ehkäisy yhdessä sosiaaliohjauksen kanssa.'],
      ['gp_appointment', 'Valinnanvapaus: oma tai yksityinen sote-asema samoin ehdoin.'],
      ['nurse_appointment', 'Pitkäaikaissairauksien seuranta hoitajan vastaanotolla.'],
      ['dental_care', 'Oma tai yksityinen hammashoitola asiakkaan valinnan mukaan.'],
      ['adult_social_work', 'Sosiaalityöntekijä tavattavissa sote-asemalla.'],
      ['employment_services', 'Työllisyysalueen palvelu, TYP tarvittaessa.'],
      ['emergency_department', 'Päivystys vain kiireelliseen hoitoon; muut ohjataan sote-neuvonnasta.'],
    ],
    interfaces: [
      {
        kind: 'state',
        name: L(
          'Kela: perustoimeentulotuki',
          'FPA: grundläggande utkomststöd',
          'Kela: basic social assistance',
        ),
        description:
          'Kela ohjaa asiakkaan sosiaalihuoltoon, kun tuen tarve on pitkäkestoinen; hyvinvointialue myöntää täydentävän tuen.',
      },
      {
        kind: 'state',
        name: L('Rikosseuraamuslaitos', 'Brottspåföljdsmyndigheten', 'Criminal Sanctions Agency'),
        description: 'Vapautuvien vankien asumisen ja palvelujen suunnittelu ennen vapautumista.',
      },
      {
        kind: 'parish',
        name: L('Diakonia ja ruoka-apu', 'Diakoni och mathjälp', 'Diaconal work and food aid'),
        description: 'Taloudellinen neuvonta ja ruoka-apu; ohjaus sosiaalihuoltoon asiakkaan luvalla.',
      },
    ],
  },
];
