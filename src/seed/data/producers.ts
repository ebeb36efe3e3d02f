/**
 * The producers of the demo county and the units where they work, as plans (no ids yet).
 * Which producer delivers which service is decided here; contracts are derived from it.
 */
import type { OpeningHours } from '../../db/schema.js';
import type { Municipality, MunicipalityLanguage } from '../../modules/codes/model.js';
import { DAYCARE_NAMES, genitiveFi, genitiveSv, TOWN_CODES } from './places.js';
import type { CountyContext, ProducerPlan, UnitPlan } from './plan.js';

type Pair = { fi: string; sv: string };

const h = (days: number[], opens: string, closes: string): OpeningHours => ({ days, opens, closes });
const WEEK = [1, 2, 3, 4, 5];
const ALL = [1, 2, 3, 4, 5, 6, 7];
const ALWAYS = [h(ALL, '00:00', '24:00')];
const OFFICE = [h(WEEK, '08:00', '16:00')];
const STATION = [h([1, 2, 3, 4], '08:00', '16:00'), h([5], '08:00', '15:00')];
const LONG = [h(WEEK, '07:30', '18:00')];
const HOME = [h(ALL, '07:00', '21:00')];
const CONTACT = [h(WEEK, '07:00', '20:00'), h([6, 7], '09:00', '15:00')];
const DROP_IN = [h(WEEK, '10:00', '16:00')];
const DAYCARE = [h(WEEK, '06:30', '17:30')];
const KELA = [h(WEEK, '09:00', '16:00')];
const BRANCH = [[h([1, 3, 5], '08:00', '15:00')], [h([2, 4], '08:00', '16:00')]];

/** Unit and producer names: {g} Finnish genitive, {fi} Finnish and {sv} Swedish name of the place, {firm} a brand. */
const NAMES = {
  hospital: ['{g} keskussairaala', '{sv} centralsjukhus'],
  rehabWard: ['{g} sairaala, kuntoutusosasto', '{sv} sjukhus, rehabiliteringsavdelning'],
  familyCentre: ['{g} perhekeskus', 'Familjecentret i {sv}'],
  childWelfare: [
    'Lastensuojelu ja lapsiperheiden sosiaalityö, {fi}',
    'Barnskydd och socialt arbete för barnfamiljer, {sv}',
  ],
  adultSocial: ['Aikuisten sosiaalipalvelut, {fi}', 'Socialservice för vuxna, {sv}'],
  mentalHealth: ['{g} mielenterveys- ja päihdekeskus', 'Mentalvårds- och missbrukarcentret i {sv}'],
  olderPeople: [
    'Ikäihmisten asiakasohjaus ja omaishoidon keskus, {fi}',
    'Seniorrådgivning och närståendevårdscenter, {sv}',
  ],
  homeCare: ['{g} kotihoito', 'Hemvården i {sv}'],
  respite: ['Lyhytaikaishoidon yksikkö, {fi}', 'Enheten för kortvarig vård, {sv}'],
  soteCentre: ['{g} sote-keskus', '{sv} social- och hälsocentral'],
  soteStation: ['{g} sote-asema', '{sv} social- och hälsostation'],
  dental: ['{g} hammashoitola', 'Tandkliniken i {sv}'],
  housingAdvice: ['{g} asumisneuvonta', 'Boenderådgivningen i {sv}'],
  employmentArea: ['{g} seudun työllisyysalue', 'Sysselsättningsområdet {sv} region'],
  employment: ['Työllisyyspalvelut ja TYP, {fi}', 'Sysselsättningstjänster och TYP, {sv}'],
  kela: ['Kela, {fi}', 'FPA, {sv}'],
  parish: ['{g} seurakuntayhtymä', '{sv} kyrkliga samfällighet'],
  parishCentre: ['{g} seurakuntakeskus', '{sv} församlingscenter'],
  fireStation: ['{g} paloasema', '{sv} brandstation'],
  town: ['{g} kaupunki', '{sv} stad'],
  municipality: ['{g} kunta', '{sv} kommun'],
  firmPlace: ['{firm} {fi}', '{firm} {sv}'],
  firmUnit: ['{firm}, {fi}', '{firm}, {sv}'],
  drugDayCentre: ['{firm}, päiväkeskus {fi}', '{firm}, dagcenter {sv}'],
  shelter: ['{firm}, ensi- ja turvakoti', '{firm}, mödra- och skyddshem'],
} as const;

function named(key: keyof typeof NAMES, m: Municipality, firm = ''): Pair {
  const fill = (t: string) =>
    t
      .replace('{g}', genitiveFi(m.name.fi))
      .replace('{fi}', m.name.fi)
      .replace('{sv}', m.name.sv)
      .replace('{firm}', firm.replace(/ (Oy|Ab|ry|rf)$/, ''));
  return { fi: fill(NAMES[key][0]), sv: fill(NAMES[key][1]) };
}

const unit = (
  name: Pair,
  municipality: Municipality,
  services: string[],
  hours: OpeningHours[],
  english = false,
) => ({ name, municipality, services, hours, english }) satisfies UnitPlan;

const COUNTY_SOTE = ['gp_appointment', 'nurse_appointment', 'mental_health_nurse', 'depression_screening'];
const PRIVATE_SOTE = [...COUNTY_SOTE, 'brief_intervention', 'physiotherapy'];
const FAMILY = ['maternity_clinic', 'child_health_clinic', 'family_work', 'home_help_families'];

const distinct = (ms: Municipality[]) => ms.filter((m, i) => ms.indexOf(m) === i);

export function planProducers(ctx: CountyContext, countyBusinessId: string): ProducerPlan[] {
  const { rng, region, municipalities: ms, newBusinessId, countyOid, pickName } = ctx;
  const central = ms[0] as Municipality;
  const second = ms[1] ?? central;
  const third = ms[2] ?? second;
  const fourth = ms[3] ?? third;
  const lang: MunicipalityLanguage = central.language;
  const rg = genitiveFi(region.fi);
  const rgSv = genitiveSv(region.sv);
  const plans: ProducerPlan[] = [];

  const county = (
    kind: ProducerPlan['kind'],
    name: Pair,
    description: string,
    units: UnitPlan[],
    criteria: ProducerPlan['criteria'],
    language = lang,
  ): ProducerPlan => {
    const businessId = kind === 'county_business_unit' ? countyBusinessId : null;
    const oid = countyOid();
    return {
      kind,
      name,
      language,
      description,
      businessId,
      oid,
      units,
      county: true,
      openEnded: true,
      criteria,
    };
  };
  const firm = (
    kind: ProducerPlan['kind'],
    name: string,
    description: string,
    units: UnitPlan[],
    criteria: ProducerPlan['criteria'],
    withOid = false,
  ): ProducerPlan => {
    const businessId = newBusinessId();
    return {
      kind,
      name: { fi: name, sv: name },
      language: units[0]?.municipality.language ?? lang,
      description,
      businessId,
      oid: withOid ? `1.2.246.10.${businessId.slice(0, 7)}.10.1` : null,
      units,
      county: false,
      openEnded: kind === 'ngo' && rng.chance(0.5),
      criteria,
    };
  };
  const publicBody = (
    kind: ProducerPlan['kind'],
    name: Pair,
    language: MunicipalityLanguage,
    description: string,
    units: UnitPlan[],
  ): ProducerPlan => {
    const businessId = newBusinessId([0, 2]);
    return {
      kind,
      name,
      language,
      description,
      businessId,
      oid: null,
      units,
      county: false,
      openEnded: true,
      criteria: 'public',
    };
  };

  // The county's business unit: hospital, family centres, social work, home care and more.
  plans.push(
    county(
      'county_business_unit',
      { fi: `${rg} hyvinvointialueen liikelaitos`, sv: `${rgSv} välfärdsområdes affärsverk` },
      'Hyvinvointialueen oma tuotanto: sairaala ja päivystys, perhekeskukset, sosiaalityö, kotihoito sekä mielenterveys- ja päihdepalvelut.',
      [
        unit(
          named('hospital', central),
          central,
          ['emergency_department', 'hip_fracture_surgery'],
          ALWAYS,
          true,
        ),
        unit(named('rehabWard', second), second, ['rehab_ward'], ALWAYS),
        unit(
          { fi: `${rg} sote-neuvonta`, sv: `${rgSv} social- och hälsorådgivning` },
          central,
          ['health_advice'],
          CONTACT,
          true,
        ),
        unit(named('familyCentre', central), central, [...FAMILY, 'family_counselling'], LONG, true),
        unit(named('familyCentre', second), second, FAMILY, STATION),
        unit(
          named('childWelfare', central),
          central,
          ['child_welfare_assessment', 'child_welfare_support', 'foster_care'],
          OFFICE,
        ),
        unit(
          named('adultSocial', central),
          central,
          ['adult_social_work', 'social_rehabilitation', 'rehabilitative_work'],
          OFFICE,
        ),
        unit(
          named('mentalHealth', central),
          central,
          ['substance_outpatient', 'psychiatric_assessment'],
          LONG,
        ),
        unit(
          { fi: `${rg} toimintakykykeskus`, sv: `Funktionsförmågecentret i ${central.name.sv}` },
          central,
          ['work_ability_assessment', 'rehabilitation_plan', 'physiotherapy'],
          OFFICE,
        ),
        unit(
          named('olderPeople', central),
          central,
          ['needs_assessment_older', 'informal_care_support'],
          OFFICE,
        ),
        ...distinct([central, second, third]).map((m) =>
          unit(named('homeCare', m), m, ['home_care', 'home_rehabilitation'], HOME),
        ),
        unit(named('respite', fourth), fourth, ['respite_care', 'day_activities_older'], ALWAYS),
      ],
      'social',
    ),
  );

  // Sote-centres: one per larger municipality, county-owned or private; small places get branches.
  const k = Math.min(ms.length, 6, Math.max(3, Math.ceil(ms.length / 3)));
  const countySotes: ProducerPlan[] = [];
  ms.slice(0, k).forEach((m, i) => {
    if (i > 0 && rng.chance(0.35)) {
      const name = pickName('soteCentre', m);
      const station = unit(named('firmPlace', m, name), m, PRIVATE_SOTE, LONG);
      const about = 'Yksityinen sote-keskus, joka toimii hyvinvointialueen sopimuksen ehdoin.';
      plans.push(firm('sote_centre', name, about, [station], 'health', true));
      return;
    }
    const services = [...COUNTY_SOTE, 'brief_intervention', 'memory_assessment'];
    const station = unit(named('soteStation', m), m, services, STATION, i === 0);
    const about =
      'Hyvinvointialueen oma sote-keskus: lääkäri- ja hoitajavastaanotot sekä mielenterveyden ja muistin perustason palvelut.';
    const plan = county('sote_centre', named('soteCentre', m), about, [station], 'health', m.language);
    countySotes.push(plan);
    plans.push(plan);
  });
  ms.slice(k).forEach((m, j) => {
    const services = ['gp_appointment', 'nurse_appointment', 'depression_screening'];
    countySotes[j % countySotes.length]?.units.push(
      unit(named('soteStation', m), m, services, rng.pick(BRANCH)),
    );
  });
  const sote = pickName('soteCentre', central);
  const soteUnit = unit(named('firmPlace', central, sote), central, PRIVATE_SOTE, LONG, true);
  plans.push(
    firm(
      'sote_centre',
      sote,
      'Yksityinen sote-keskus, jonka asiakas voi valita.',
      [soteUnit],
      'health',
      true,
    ),
  );

  // Oral health: the county's own clinics and a private one.
  plans.push(
    county(
      'dental_clinic',
      { fi: `${rg} hyvinvointialueen suun terveydenhuolto`, sv: `${rgSv} välfärdsområdes mun- och tandvård` },
      'Hyvinvointialueen suun terveydenhuolto: hammaslääkärit ja suuhygienistit.',
      distinct([central, second]).map((m) => unit(named('dental', m), m, ['dental_care'], STATION)),
      'health',
    ),
  );
  const dentalPlace = rng.pick([central, second]);
  const dental = pickName('dental', dentalPlace);
  const dentalUnit = unit(named('firmPlace', dentalPlace, dental), dentalPlace, ['dental_care'], LONG);
  plans.push(
    firm(
      'dental_clinic',
      dental,
      'Yksityinen hammashoitola, jonka asiakas voi valita.',
      [dentalUnit],
      'health',
      true,
    ),
  );

  // Private firms: home care, physiotherapy, housing for older people, psychotherapy.
  const homeCare = pickName('homeCare', second);
  const homeCareUnits = [
    unit(named('firmUnit', second, homeCare), second, ['home_care', 'home_help_families'], HOME),
  ];
  if (third !== second && rng.chance(0.5))
    homeCareUnits.push(unit(named('firmUnit', third, homeCare), third, ['home_care'], HOME));
  plans.push(
    firm(
      'private_company',
      homeCare,
      'Kotihoidon ja lapsiperheiden kotipalvelun tuottaja.',
      homeCareUnits,
      'social',
    ),
  );
  const physio = pickName('physio', central);
  const physioUnit = unit(
    named('firmUnit', central, physio),
    central,
    ['physiotherapy', 'home_rehabilitation'],
    LONG,
  );
  plans.push(
    firm('private_company', physio, 'Fysioterapia- ja kotikuntoutusyritys.', [physioUnit], 'health'),
  );
  const housingPlaces = distinct([third, ms[ms.length - 1] ?? fourth]);
  const housing = pickName('housing', third);
  const housingServices = ['assisted_living', 'respite_care', 'day_activities_older'];
  plans.push(
    firm(
      'private_company',
      housing,
      'Ikääntyneiden ympärivuorokautisen palveluasumisen ja lyhytaikaishoidon tuottaja.',
      housingPlaces.map((m) => unit(named('firmUnit', m, housing), m, housingServices, ALWAYS)),
      'social',
    ),
  );
  const therapy = pickName('psychotherapy', central);
  const therapyUnit = unit(named('firmUnit', central, therapy), central, ['psychotherapy'], OFFICE, true);
  plans.push(
    firm(
      'private_company',
      therapy,
      'Psykoterapiapalvelujen tuottaja (palveluseteli).',
      [therapyUnit],
      'health',
    ),
  );

  // NGOs: substance abuse work, family carers, shelter.
  const drugs = pickName('substanceNgo', central);
  const drugServices = ['substance_rehab_ngo', 'supported_housing_substance', 'peer_support'];
  const drugUnit = unit(named('drugDayCentre', central, drugs), central, drugServices, DROP_IN);
  plans.push(
    firm(
      'ngo',
      drugs,
      'Päihdetyön järjestö: avokuntoutus, tuettu asuminen ja kohtaamispaikka.',
      [drugUnit],
      'ngo',
    ),
  );
  const carers = pickName('carersNgo', second);
  const carersUnit = unit(named('firmUnit', second, carers), second, ['carer_coaching'], OFFICE);
  plans.push(
    firm(
      'ngo',
      carers,
      'Omaishoitajien yhdistys: valmennus, vertaistuki ja edunvalvonta.',
      [carersUnit],
      'ngo',
    ),
  );
  const shelter = pickName('shelterNgo', central);
  const shelterUnit = unit(named('shelter', central, shelter), central, ['shelter'], ALWAYS);
  plans.push(firm('ngo', shelter, 'Ensi- ja turvakotia ylläpitävä yhdistys.', [shelterUnit], 'ngo'));

  // Municipalities: early childhood education, housing advice and the employment area.
  for (const m of distinct([central, second])) {
    const swedish = m.language === 'sv' || m.language === 'bilingual-sv';
    const daycare = rng.pick(swedish ? DAYCARE_NAMES.sv : DAYCARE_NAMES.fi);
    plans.push(
      publicBody(
        'municipality',
        named(TOWN_CODES.has(m.code) ? 'town' : 'municipality', m),
        m.language,
        'Kunta: varhaiskasvatus, asuminen ja muut yhdyspintapalvelut.',
        [
          unit({ fi: daycare, sv: daycare }, m, ['early_childhood_education'], DAYCARE),
          unit(named('housingAdvice', m), m, ['housing_advice'], OFFICE),
        ],
      ),
    );
  }
  const employment = unit(named('employment', central), central, ['employment_services'], OFFICE);
  const aboutEmployment =
    'Kuntien yhteinen työllisyysalue; työllisyyspalvelut siirtyivät valtiolta kunnille vuonna 2025.';
  plans.push(
    publicBody('municipality', named('employmentArea', central), lang, aboutEmployment, [employment]),
  );

  // State and parish are interfaces: registered with a unit, but no contracted services.
  const kela = { fi: 'Kansaneläkelaitos Kela', sv: 'Folkpensionsanstalten FPA' };
  const aboutKela =
    'Valtion sosiaaliturvalaitos: etuudet ja kuntoutus; yhdyspinta työikäisten ja perheiden palveluihin.';
  plans.push(publicBody('state', kela, lang, aboutKela, [unit(named('kela', central), central, [], KELA)]));
  const aboutParish = 'Evankelis-luterilainen seurakuntayhtymä: diakonia, perhetyö ja vapaaehtoistoiminta.';
  const parishUnit = unit(named('parishCentre', central), central, [], OFFICE);
  plans.push(publicBody('parish', named('parish', central), lang, aboutParish, [parishUnit]));

  // The county's rescue services also run emergency medical services.
  const stations = [
    unit(named('fireStation', central), central, ['emergency_care', 'home_safety_visit'], ALWAYS),
  ];
  if (second !== central)
    stations.push(unit(named('fireStation', second), second, ['emergency_care'], ALWAYS));
  plans.push(
    county(
      'rescue_services',
      { fi: `${rg} pelastuslaitos`, sv: `${rgSv} räddningsverk` },
      'Hyvinvointialueen pelastuslaitos: pelastustoimi, ensihoito ja huoli-ilmoitukset sosiaalihuoltoon.',
      stations,
      'health',
    ),
  );
  return plans;
}
