import type { ChainTarget, Localized } from '../../db/schema.js';
import type { Level, ProducerKind } from '../../modules/catalogue/model.js';
import type { ClientGroup, Handover } from '../../modules/pathways/model.js';

export interface StepDef {
  /** Service key, or null for a step that names only a level. */
  service: string | null;
  level: Level;
  responsible: ProducerKind;
  handover: Handover;
  targetDays: number | null;
  entry: Localized;
}

export interface ChainDef {
  key: string;
  clientGroup: ClientGroup;
  packageKey: string;
  name: Localized;
  description: Localized;
  targets: ChainTarget[];
  steps: StepDef[];
}

export const L = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });

export const step = (
  service: string | null,
  level: Level,
  responsible: ProducerKind,
  handover: Handover,
  targetDays: number | null,
  entry: Localized,
): StepDef => ({ service, level, responsible, handover, targetDays, entry });

export const target = (code: string, name: Localized, value: number, unit = '%'): ChainTarget => ({
  code,
  name,
  target: value,
  unit,
});

/** Chains for older people and for mental health and substance use; the rest are in chains-family.ts. */
export const CHAINS: ChainDef[] = [
  {
    key: 'hip_fracture',
    clientGroup: 'older_people_carers',
    packageKey: 'older_people_carers',
    name: L('Iäkkään lonkkamurtuma', 'Höftfraktur hos äldre', 'Hip fracture in an older person'),
    description: L(
      'Kotoa kotiin: kaatuminen kotona, ensihoito, leikkaus, kuntouttava osastojakso ja kotiutus kotihoidon ja kotikuntoutuksen tuella.',
      'Från hem till hem: fall i hemmet, prehospital akutsjukvård, operation, rehabiliterande avdelningsvård och hemgång med hemvård och hemrehabilitering.',
      'Home to home: a fall at home, emergency care, surgery, rehabilitative ward care and discharge with home care and home rehabilitation.',
    ),
    targets: [
      target(
        'surgery_within_48h_share',
        L('Leikattu 48 tunnissa', 'Opererade inom 48 timmar', 'Operated within 48 hours'),
        90,
      ),
      target(
        'home_within_30d_share',
        L('Kotona 30 päivän kuluttua', 'Hemma efter 30 dagar', 'Back home within 30 days'),
        75,
      ),
      target(
        'home_rehab_within_3d_share',
        L(
          'Kotikuntoutus alkanut 3 päivässä',
          'Hemrehabilitering inledd inom 3 dagar',
          'Home rehabilitation started within 3 days',
        ),
        85,
      ),
    ],
    steps: [
      step(
        'emergency_care',
        'specialized',
        'rescue_services',
        'entry',
        null,
        L(
          'Kaatuminen kotona ja hätäpuhelu 112.',
          'Fall i hemmet och nödsamtal till 112.',
          'A fall at home and a 112 call.',
        ),
      ),
      step(
        'emergency_department',
        'specialized',
        'county_business_unit',
        'referral',
        0,
        L(
          'Ensihoito epäilee lonkkamurtumaa.',
          'Akutvården misstänker höftfraktur.',
          'Emergency care suspects a hip fracture.',
        ),
      ),
      step(
        'hip_fracture_surgery',
        'specialized',
        'county_business_unit',
        'referral',
        2,
        L(
          'Murtuma todettu kuvantamalla.',
          'Frakturen konstaterad med bilddiagnostik.',
          'Fracture confirmed by imaging.',
        ),
      ),
      step(
        'rehab_ward',
        'extended_basic',
        'county_business_unit',
        'referral',
        5,
        L(
          'Leikkaus tehty, potilas ei vielä selviydy kotona.',
          'Operationen är gjord, patienten klarar sig ännu inte hemma.',
          'Surgery done; the patient cannot yet manage at home.',
        ),
      ),
      step(
        'home_care',
        'extended_basic',
        'county_business_unit',
        'referral',
        14,
        L(
          'Kotiutus; palvelutarve arvioitu ennen kotiutusta.',
          'Hemgång; servicebehovet bedömt före hemgången.',
          'Discharge; service needs assessed before going home.',
        ),
      ),
      step(
        'home_rehabilitation',
        'extended_basic',
        'private_company',
        'consultation',
        3,
        L(
          'Kuntoutussuunnitelma tehty osastolla.',
          'Rehabiliteringsplanen gjord på avdelningen.',
          'Rehabilitation plan made on the ward.',
        ),
      ),
      step(
        'nurse_appointment',
        'basic',
        'sote_centre',
        'referral',
        28,
        L(
          'Jälkitarkastus: kaatumisriskin ja luuston hoito.',
          'Uppföljning: fallrisk och behandling av skelettet.',
          'Follow-up: fall risk and bone health.',
        ),
      ),
    ],
  },
  {
    key: 'depression_substance_use',
    clientGroup: 'mental_health_substance_abuse',
    packageKey: 'mental_health_substance_abuse',
    name: L(
      'Työikäisen masennus ja päihteiden käyttö',
      'Depression och rusmedelsbruk hos personer i arbetsför ålder',
      'Depression with substance use in a working-age adult',
    ),
    description: L(
      'Masennus ja päihteiden käyttö hoidetaan yhdessä: sama tiimi, yksi asiakassuunnitelma ja paluu arkeen.',
      'Depression och rusmedelsbruk behandlas tillsammans: samma team, en klientplan och återgång till vardagen.',
      'Depression and substance use are treated together: one team, one client plan and a return to everyday life.',
    ),
    targets: [
      target(
        'treatment_within_14d_share',
        L('Hoito alkanut 14 päivässä', 'Vården inledd inom 14 dagar', 'Treatment started within 14 days'),
        90,
      ),
      target(
        'client_plan_within_30d_share',
        L('Asiakassuunnitelma 30 päivässä', 'Klientplan inom 30 dagar', 'Client plan within 30 days'),
        95,
      ),
      target(
        'phq9_improved_6m_share',
        L(
          'PHQ-9 parantunut 6 kuukaudessa',
          'PHQ-9 förbättrad inom 6 månader',
          'PHQ-9 improved within 6 months',
        ),
        60,
      ),
    ],
    steps: [
      step(
        'depression_screening',
        'light',
        'sote_centre',
        'entry',
        null,
        L(
          'Mieliala- tai unioireet sote-asemalla tai sähköisessä oirearviossa.',
          'Besvär med sinnesstämning eller sömn vid stationen eller i en elektronisk symtombedömning.',
          'Mood or sleep symptoms at the station or in an online symptom check.',
        ),
      ),
      step(
        'brief_intervention',
        'light',
        'sote_centre',
        'consultation',
        0,
        L('AUDIT-pisteet yli 8.', 'AUDIT-poäng över 8.', 'AUDIT score above 8.'),
      ),
      step(
        'mental_health_nurse',
        'basic',
        'sote_centre',
        'referral',
        7,
        L('PHQ-9 vähintään 10.', 'PHQ-9 minst 10.', 'PHQ-9 of 10 or more.'),
      ),
      step(
        'substance_outpatient',
        'extended_basic',
        'county_business_unit',
        'referral',
        14,
        L(
          'Riippuvuus tai vieroitusoireet; sama asiakassuunnitelma jatkuu.',
          'Beroende eller abstinensbesvär; samma klientplan fortsätter.',
          'Dependence or withdrawal symptoms; the same client plan continues.',
        ),
      ),
      step(
        null,
        'specialized',
        'county_business_unit',
        'consultation',
        21,
        L(
          'Ei vastetta kuudessa viikossa: psykiatrin konsultaatio erikoistasolta.',
          'Ingen respons inom sex veckor: konsultation av psykiater på specialnivå.',
          'No response in six weeks: psychiatric consultation from the specialist level.',
        ),
      ),
      step(
        'substance_rehab_ngo',
        'basic',
        'ngo',
        'referral',
        14,
        L(
          'Oireet lievittyneet; tuki toipumiseen ja vertaistuki.',
          'Symtomen har lindrats; stöd för återhämtning och kamratstöd.',
          'Symptoms eased; support for recovery and peer support.',
        ),
      ),
    ],
  },
];
