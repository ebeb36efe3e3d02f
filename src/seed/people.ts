/**
 * The demo county's people: a user of every role for the built-in identity provider, and
 * synthetic clients with fictional identity codes (individual numbers 900–999, never given to
 * real people), some with care relationships to the demo professionals. Deterministic: the
 * same seed gives the same people, ids and codes.
 */
import { FinnishSSN } from 'finnish-ssn';
import type { Db } from '../db/connection.js';
import type { Localized } from '../db/schema.js';
import { logAccess } from '../modules/audit/service.js';
import { type AccountInput, saveAccounts } from '../modules/auth/accounts.js';
import { Random } from './random.js';

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const FAMILY = [
  'Virtanen',
  'Korhonen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Saarinen',
];
const FAMILY_SV = ['Lindholm', 'Nyström', 'Holmberg', 'Sjöberg', 'Westerlund', 'Forsman'];
const GIVEN = [
  'Aino',
  'Eino',
  'Helmi',
  'Väinö',
  'Sofia',
  'Onni',
  'Aada',
  'Leo',
  'Ella',
  'Elias',
  'Lilja',
  'Toivo',
  'Maria',
  'Juhani',
];

/** A fictional identity code for a birth date: individual number 900–999, check character by the library. */
export function demoIdentityCode(rng: Random, birthDate: string): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  const year = Number(y);
  const sign = year >= 2000 ? 'A' : year >= 1900 ? '-' : '+';
  const individual = String(rng.int(900, 999));
  const stem = `${d}${m}${y.slice(2)}${sign}${individual}`;
  for (const c of CHECK_CHARS) if (FinnishSSN.validate(stem + c)) return stem + c;
  throw new Error(`no check character for ${stem}`);
}

/** The password of every demo user at the built-in identity provider (README). */
export const DEMO_PASSWORD = 'demo';

export interface DemoUser {
  subject: string;
  role: string;
  /** What the account is for, as the sign-in page says it in each language. */
  description: Localized;
}

/** Documented demo users (README): `npx saumaton token <subject>` gives a token for each. */
export const DEMO_USERS: DemoUser[] = [
  {
    subject: 'demo-nurse',
    role: 'nurse',
    description: {
      en: 'nurse at a sote-centre; care team of the first demo clients',
      fi: 'sairaanhoitaja sote-keskuksessa; ensimmäisten esittelyasiakkaiden hoitotiimissä',
      sv: 'sjukskötare vid en social- och hälsocentral; i vårdteamet för de första demoklienterna',
    },
  },
  {
    subject: 'demo-doctor',
    role: 'doctor',
    description: {
      en: 'doctor at the same sote-centre, no relationships of their own',
      fi: 'lääkäri samassa sote-keskuksessa, ei omia hoitosuhteita',
      sv: 'läkare vid samma social- och hälsocentral, inga egna vårdrelationer',
    },
  },
  {
    subject: 'demo-social-worker',
    role: 'social_worker',
    description: {
      en: "personal worker of a demo client, in the county's own business unit",
      fi: 'esittelyasiakkaan omatyöntekijä hyvinvointialueen omassa liikelaitoksessa',
      sv: 'egen kontaktperson för en demoklient, i välfärdsområdets eget affärsverk',
    },
  },
  {
    subject: 'demo-physiotherapist',
    role: 'physiotherapist',
    description: {
      en: 'physiotherapist at another producer, no relationships',
      fi: 'fysioterapeutti toisella palveluntuottajalla, ei hoitosuhteita',
      sv: 'fysioterapeut hos en annan tjänsteproducent, inga vårdrelationer',
    },
  },
  {
    subject: 'demo-planner',
    role: 'planner',
    description: {
      en: "organizer's planner: edits the service catalogue",
      fi: 'järjestäjän suunnittelija: muokkaa palveluvalikoimaa',
      sv: 'anordnarens planerare: redigerar tjänsteutbudet',
    },
  },
  {
    subject: 'demo-analyst',
    role: 'analyst',
    description: {
      en: "organizer's analyst: aggregates only, never identities",
      fi: 'järjestäjän analyytikko: vain koostetietoja, ei koskaan henkilöllisyyksiä',
      sv: 'anordnarens analytiker: endast sammanställningar, aldrig identiteter',
    },
  },
  {
    subject: 'demo-admin',
    role: 'administrator',
    description: {
      en: "organizer's administrator: reviews the access log, emergency accesses and first contacts",
      fi: 'järjestäjän pääkäyttäjä: tarkastaa lokitiedot, hätäkäytöt ja ensikontaktit',
      sv: 'anordnarens huvudanvändare: granskar loggen, nödåtkomsterna och de första kontakterna',
    },
  },
  {
    subject: 'demo-client',
    role: 'client',
    description: {
      en: 'a client: sees their own data and who opened it',
      fi: 'asiakas: näkee omat tietonsa ja kuka niitä on avannut',
      sv: 'en klient: ser sina egna uppgifter och vem som har öppnat dem',
    },
  },
];

export async function seedPeople(
  db: Db,
  opts: { seed: number; clients?: number },
): Promise<{ users: number; clients: number }> {
  const rng = new Random(opts.seed * 7919 + 17);
  const units = await db
    .selectFrom('unit')
    .innerJoin('producer', 'producer.id', 'unit.producerId')
    .select([
      'unit.id',
      'unit.producerId',
      'unit.postalCode',
      'unit.municipalityCode',
      'producer.kind',
      'unit.languages',
    ])
    .where('unit.active', '=', true)
    .orderBy('unit.id')
    .execute();
  const pick = (kinds: string[]) => units.find((u) => kinds.includes(u.kind)) ?? units[0];
  const sote = pick(['sote_centre']);
  const county = pick(['county_business_unit']);
  const other = units.find((u) => u.kind === 'private_company') ?? units[units.length - 1];
  if (!sote || !county || !other) throw new Error('the demo county has no units');

  const count = opts.clients ?? 40;
  const clients = [];
  for (let i = 0; i < count; i++) {
    const year = rng.chance(0.3) ? rng.int(1935, 1958) : rng.int(1960, 2015);
    const birthDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const unit = rng.pick(units);
    const swedish = unit.languages[0] === 'sv';
    clients.push({
      id: rng.uuid(),
      identitySystem: 'pic' as const,
      identityValue: demoIdentityCode(rng, birthDate),
      familyName: rng.pick(swedish ? FAMILY_SV : FAMILY),
      givenNames: `${rng.pick(GIVEN)} ${rng.pick(GIVEN)}`,
      birthDate,
      phone: `+35840${rng.digits(7)}`,
      email: null,
      streetAddress: `${rng.pick(['Koulukatu', 'Rantatie', 'Kirkkokatu', 'Asemantie'])} ${rng.int(1, 60)}`,
      postalCode: unit.postalCode,
      municipalityCode: unit.municipalityCode,
      language: swedish ? 'sv' : 'fi',
      nonDisclosure: i === 5,
      soteCentreUnitId: sote.id,
      soteCentreChosenOn: '2026-01-02',
      dentalUnitId: null,
      dentalChosenOn: null,
    });
  }
  // Identity codes are random within 900–999: keep the first of any duplicate.
  const seen = new Set<string>();
  const unique = clients.filter((c) => !seen.has(c.identityValue) && seen.add(c.identityValue));
  await db.insertInto('client').values(unique).execute();

  // The demo users are written as an administrator would add them: through the accounts service.
  const hint = (subject: string) => {
    const u = DEMO_USERS.find((d) => d.subject === subject);
    return u ? { signInHint: { description: u.description } } : {};
  };
  const account = (subject: string, rest: Omit<AccountInput, 'subject' | 'password'>): AccountInput => ({
    subject,
    password: DEMO_PASSWORD,
    ...rest,
    ...hint(subject),
  });
  const firstClient = unique[0];
  await saveAccounts(db, [
    account('demo-nurse', {
      kind: 'professional',
      displayName: 'Niina Hoitaja (demo)',
      profession: 'nurse',
      producerId: sote.producerId,
      unitId: sote.id,
    }),
    account('demo-doctor', {
      kind: 'professional',
      displayName: 'Lauri Lääkäri (demo)',
      profession: 'doctor',
      producerId: sote.producerId,
      unitId: sote.id,
    }),
    account('demo-social-worker', {
      kind: 'professional',
      displayName: 'Sanna Sosiaalityöntekijä (demo)',
      profession: 'social_worker',
      producerId: county.producerId,
      unitId: county.id,
    }),
    account('demo-physiotherapist', {
      kind: 'professional',
      displayName: 'Pekka Fysioterapeutti (demo)',
      profession: 'physiotherapist',
      producerId: other.producerId,
      unitId: other.id,
    }),
    account('demo-planner', {
      kind: 'organizer',
      displayName: 'Pia Suunnittelija (demo)',
      organizerRole: 'planner',
    }),
    account('demo-analyst', {
      kind: 'organizer',
      displayName: 'Antti Analyytikko (demo)',
      organizerRole: 'analyst',
    }),
    account('demo-admin', {
      kind: 'organizer',
      displayName: 'Auli Pääkäyttäjä (demo)',
      organizerRole: 'administrator',
    }),
    ...(firstClient
      ? [
          account('demo-client', {
            kind: 'client',
            displayName: `${firstClient.givenNames} ${firstClient.familyName}`,
            clientId: firstClient.id,
          }),
        ]
      : []),
  ]);

  // The demo nurse is in the care team of the first five clients for a year; the social worker is
  // the personal worker of the first. Relationships are dated from the seed's fixed day.
  const from = '2026-01-01T00:00:00.000Z';
  const until = '2027-12-31T00:00:00.000Z';
  const rels = unique.slice(0, 5).map((c) => ({
    id: rng.uuid(),
    clientId: c.id,
    recordedBy: 'demo-nurse',
    kind: 'care_team' as const,
    userId: 'demo-nurse',
    unitId: null,
    validFrom: from,
    validUntil: until,
    note: '',
  }));
  const first = unique[0];
  if (first)
    rels.push({
      id: rng.uuid(),
      clientId: first.id,
      recordedBy: 'demo-social-worker',
      kind: 'personal_worker' as never,
      userId: 'demo-social-worker',
      unitId: null,
      validFrom: from,
      validUntil: until,
      note: '',
    });
  await db.insertInto('careRelationship').values(rels).execute();
  // Seeding writes client data too: it is logged like any other write, as the system's.
  for (const c of unique)
    await logAccess(db, {
      actorId: 'system:seed',
      actorRole: 'system',
      actorOrg: null,
      clientId: c.id,
      action: 'create',
      resource: `client/${c.id}`,
      purpose: 'demo data',
      basis: 'legal_basis',
      outcome: 'allow',
      channel: 'cli',
      requestId: null,
      details: { seed: opts.seed },
    });
  return { users: DEMO_USERS.length, clients: unique.length };
}
