import { type ChainDef, L, step, target } from './chains.js';

/** Chains for families with children and for work ability. */
export const FAMILY_AND_WORK_CHAINS: ChainDef[] = [
  {
    key: 'child_welfare_concern',
    clientGroup: 'family_centre',
    packageKey: 'family_centre',
    name: L('Huoli lapsesta perheessä', 'Oro för ett barn i familjen', 'Concern about a child in the family'),
    description: L(
      'Huolen tunnistamisesta neuvolassa tai varhaiskasvatuksessa perheen tukeen kotona ja tarvittaessa lastensuojeluun.',
      'Från att oron upptäcks på rådgivningen eller i småbarnspedagogiken till stöd i hemmet och vid behov barnskydd.',
      'From spotting a concern at the clinic or in early childhood education to support at home and, if needed, child welfare.',
    ),
    targets: [
      target(
        'assessment_started_within_7d_share',
        L(
          'Selvitys aloitettu 7 arkipäivässä',
          'Utredningen inledd inom 7 vardagar',
          'Assessment started within 7 working days',
        ),
        100,
      ),
      target(
        'assessment_completed_within_3m_share',
        L(
          'Selvitys valmis 3 kuukaudessa',
          'Utredningen klar inom 3 månader',
          'Assessment completed within 3 months',
        ),
        95,
      ),
      target(
        'family_work_within_14d_share',
        L(
          'Perhetyö alkanut 14 päivässä',
          'Familjearbetet inlett inom 14 dagar',
          'Family work started within 14 days',
        ),
        85,
      ),
    ],
    steps: [
      step(
        'child_health_clinic',
        'light',
        'county_business_unit',
        'entry',
        null,
        L(
          'Huoli lapsen hyvinvoinnista laajassa terveystarkastuksessa tai varhaiskasvatuksessa.',
          'Oro för barnets välmående vid en omfattande hälsoundersökning eller i småbarnspedagogiken.',
          "A concern for the child's wellbeing at an extensive check-up or in early childhood education.",
        ),
      ),
      step(
        'family_work',
        'basic',
        'county_business_unit',
        'referral',
        14,
        L(
          'Perhe tarvitsee tukea vanhemmuuteen; palvelutarve arvioitu.',
          'Familjen behöver stöd i föräldraskapet; servicebehovet är bedömt.',
          'The family needs support with parenting; service needs assessed.',
        ),
      ),
      step(
        'child_welfare_assessment',
        'extended_basic',
        'county_business_unit',
        'referral',
        7,
        L(
          'Lastensuojeluilmoitus tai perhetyö ei riitä.',
          'Barnskyddsanmälan eller familjearbetet räcker inte.',
          'A child welfare notification, or family work is not enough.',
        ),
      ),
      step(
        'child_welfare_support',
        'extended_basic',
        'county_business_unit',
        'referral',
        14,
        L(
          'Lastensuojelun asiakkuus alkaa; asiakassuunnitelma tehty.',
          'Klientskapet inom barnskyddet inleds; klientplanen är gjord.',
          'Child welfare client relationship begins; client plan made.',
        ),
      ),
      step(
        'family_counselling',
        'extended_basic',
        'county_business_unit',
        'consultation',
        21,
        L(
          'Perheen ristiriidat tai lapsen oireilu vaativat psykologin arviota.',
          'Konflikter i familjen eller barnets symtom kräver psykologens bedömning.',
          "Family conflicts or the child's symptoms need a psychologist's assessment.",
        ),
      ),
    ],
  },
  {
    key: 'work_ability',
    clientGroup: 'rehabilitation_work_ability',
    packageKey: 'rehabilitation_work_ability',
    name: L('Heikentynyt työkyky', 'Nedsatt arbetsförmåga', 'Reduced work ability'),
    description: L(
      'Pitkään työttömänä olleen työkyky arvioidaan ja kuntoutus suunnitellaan yhdessä työllisyysalueen ja Kelan kanssa.',
      'Arbetsförmågan hos en långtidsarbetslös bedöms och rehabiliteringen planeras tillsammans med sysselsättningsområdet och FPA.',
      "A long-term unemployed person's work ability is assessed and rehabilitation planned with the employment area and Kela.",
    ),
    targets: [
      target(
        'assessment_within_30d_share',
        L(
          'Työkyvyn arvio 30 päivässä',
          'Bedömning av arbetsförmågan inom 30 dagar',
          'Work ability assessed within 30 days',
        ),
        85,
      ),
      target(
        'work_or_training_12m_share',
        L(
          'Työssä tai koulutuksessa 12 kk:n kuluttua',
          'I arbete eller utbildning efter 12 månader',
          'In work or training after 12 months',
        ),
        40,
      ),
    ],
    steps: [
      step(
        'employment_services',
        'basic',
        'municipality',
        'entry',
        null,
        L(
          'Työttömyys yli 12 kuukautta ja terveydellisiä esteitä työllistymiselle.',
          'Arbetslöshet över 12 månader och hälsohinder för sysselsättning.',
          'Unemployed for over 12 months with health obstacles to employment.',
        ),
      ),
      step(
        'work_ability_assessment',
        'extended_basic',
        'county_business_unit',
        'referral',
        30,
        L(
          'TYP-suunnitelmassa sovittu arvio.',
          'Bedömning som avtalats i TYP-planen.',
          'Assessment agreed in the TYP plan.',
        ),
      ),
      step(
        'rehabilitation_plan',
        'extended_basic',
        'county_business_unit',
        'consultation',
        14,
        L('Työkyky osittain heikentynyt.', 'Arbetsförmågan delvis nedsatt.', 'Work ability partly reduced.'),
      ),
      step(
        'rehabilitative_work',
        'basic',
        'county_business_unit',
        'referral',
        21,
        L(
          'Kuntoutussuunnitelmassa sovittu työtoiminta.',
          'Arbetsverksamhet enligt rehabiliteringsplanen.',
          'Work activity agreed in the rehabilitation plan.',
        ),
      ),
      step(
        'employment_services',
        'basic',
        'municipality',
        'referral',
        90,
        L(
          'Toimintakyky riittää työhön tai koulutukseen.',
          'Funktionsförmågan räcker till arbete eller utbildning.',
          'Functional capacity is enough for work or training.',
        ),
      ),
    ],
  },
];
