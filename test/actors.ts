/**
 * Who tries to open a client's data, and what ties them to that client: the actors of the access
 * matrix and the audit completeness tests. A "world" is one actor with a bearer token and a
 * target client, with exactly the facts (care relationship, consent, refusal, break-the-glass,
 * guardianship) that put the actor in its state. Each world has a client of its own, so what one
 * request changes (a consent given, an emergency declared) cannot change another's answer.
 *
 * Needs a database with a catalogue (seedDemo): professionals work in its units.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../src/db/connection.js';
import type { Register } from '../src/modules/access/model.js';
import { allowedScopes, type Scope, type UserKind } from '../src/modules/auth/model.js';
import { DEMO_ISSUER, issueToken } from '../src/modules/auth/tokens.js';
import { OBLIGATIONS } from '../src/modules/catalogue/model.js';
import * as catalogue from '../src/modules/catalogue/service.js';
import * as pathways from '../src/modules/pathways/service.js';

export const ACTORS = [
  'anonymous',
  // A nurse (health register) in each relationship state towards the target client.
  'nurse:care-team',
  'nurse:referral',
  'nurse:first-contact',
  'nurse:personal-worker',
  'nurse:expired',
  'nurse:none',
  'nurse:refused',
  'nurse:break-glass',
  /** In the care team, but the token carries only catalogue.read and client.read. */
  'nurse:read-scope',
  /**
   * No relationship of the nurse's own, while the client has relationships elsewhere: a referral
   * and a first contact to another unit, and a care team of another professional. Allowed only if
   * a unit-level relationship opened the data to every unit.
   */
  'nurse:other-unit',
  /** Declared an emergency access that has run out (an hour ago). */
  'nurse:break-glass-expired',
  // A social worker (social register) in the care team of a client, without or with the client's
  // consent to show the health register's records across registers, or with a consent the client
  // has withdrawn.
  'social-worker:no-consent',
  'social-worker:consent',
  'social-worker:consent-withdrawn',
  'client:self',
  'client:other',
  'client:guardian',
  'planner',
  'analyst',
  'administrator',
] as const;
export type ActorName = (typeof ACTORS)[number];

export interface World {
  actor: ActorName;
  /** The Authorization header ({} for anonymous). */
  headers: Record<string, string>;
  /** The actor's user account (null for anonymous). */
  userId: string | null;
  /** The client whose data the actor tries to open. */
  clientId: string;
  /** The target client's identity code (henkilötunnus), for searches. */
  identityCode: string;
}

/** A body for POST /api/clients: a new client with only the required data. */
export const newClientBody = (identityCode: string, over: Record<string, unknown> = {}) => ({
  identity: { system: 'pic', value: identityCode },
  familyName: 'Uusi',
  givenNames: 'Asiakas',
  phone: null,
  email: null,
  streetAddress: null,
  postalCode: null,
  language: 'fi',
  nonDisclosure: false,
  soteCentre: null,
  dentalClinic: null,
  ...over,
});

/** Where the actors work, and a producer none of them belongs to. */
export interface Places {
  healthUnit: { id: string; producerId: string };
  socialUnit: { id: string; producerId: string };
  neutralProducerId: string;
}

const DAY_MS = 86_400_000;
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * A valid-format, fictional identity code: born 2016 or later (the demo seed's clients are born
 * before), individual number 900–999 (never given to real people). `n` makes it unique.
 */
export function fictionalIdentityCode(n: number): string {
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(n / 100) * DAY_MS);
  const dd = String(day.getUTCDate()).padStart(2, '0');
  const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
  const yy = String(day.getUTCFullYear()).slice(2);
  const individual = String(900 + (n % 100));
  const check = CHECK_CHARS[Number(`${dd}${mm}${yy}${individual}`) % 31];
  return `${dd}${mm}${yy}A${individual}${check}`;
}

export async function placesIn(db: Db): Promise<Places> {
  const units = await db
    .selectFrom('unit')
    .innerJoin('producer', 'producer.id', 'unit.producerId')
    .select(['unit.id', 'unit.producerId', 'producer.kind'])
    .where('unit.active', '=', true)
    .orderBy('unit.id')
    .execute();
  const health = units.find((u) => u.kind === 'sote_centre') ?? units[0];
  const social =
    units.find((u) => u.kind === 'county_business_unit' && u.producerId !== health?.producerId) ??
    units.find((u) => u.producerId !== health?.producerId);
  const neutral = units.find(
    (u) => u.producerId !== health?.producerId && u.producerId !== social?.producerId,
  );
  if (!health || !social || !neutral)
    throw new Error('actors need a catalogue with three producers: seed it');
  return {
    healthUnit: { id: health.id, producerId: health.producerId },
    socialUnit: { id: social.id, producerId: social.producerId },
    neutralProducerId: neutral.producerId,
  };
}

/** Creates worlds on one database; `world` keeps one per actor, `freshWorld` makes a new one each time. */
export class Actors {
  private n = 0;
  private readonly cached = new Map<ActorName, Promise<World>>();

  constructor(
    readonly db: Db,
    readonly places: Places,
  ) {}

  static async on(db: Db): Promise<Actors> {
    return new Actors(db, await placesIn(db));
  }

  /** The actor's world shared by requests that change nothing that decides access (reads). */
  world(actor: ActorName): Promise<World> {
    let w = this.cached.get(actor);
    if (!w) {
      w = this.freshWorld(actor);
      this.cached.set(actor, w);
    }
    return w;
  }

  /** A new user and a new target client in the actor's state. */
  async freshWorld(actor: ActorName): Promise<World> {
    const client = await this.client();
    const world = (userId: string | null, headers: Record<string, string>): World => ({
      actor,
      headers,
      userId,
      clientId: client.id,
      identityCode: client.identityCode,
    });
    if (actor === 'anonymous') return world(null, {});
    const [kind, state] = actor.split(':') as [string, string | undefined];
    switch (kind) {
      case 'nurse':
      case 'social-worker': {
        const unit = kind === 'nurse' ? this.places.healthUnit : this.places.socialUnit;
        const user = await this.user(
          'professional',
          {
            profession: kind === 'nurse' ? 'nurse' : 'social_worker',
            unitId: unit.id,
            producerId: unit.producerId,
          },
          state === 'read-scope' ? ['catalogue.read', 'client.read'] : null,
        );
        await this.stateFacts(state ?? '', client.id, user.id, unit);
        return world(user.id, user.headers);
      }
      case 'client': {
        if (state === 'self') {
          const user = await this.user('client', { clientId: client.id });
          return world(user.id, user.headers);
        }
        const own = await this.client();
        if (state === 'guardian')
          await this.db
            .insertInto('guardianship')
            .values({ clientId: client.id, guardianId: own.id, validFrom: '2016-01-01', validUntil: null })
            .execute();
        const user = await this.user('client', { clientId: own.id });
        return world(user.id, user.headers);
      }
      default: {
        const user = await this.user('organizer', { organizerRole: actor });
        return world(user.id, user.headers);
      }
    }
  }

  /** A client with a fictional identity code, and no facts about them yet. */
  async client(): Promise<{ id: string; identityCode: string }> {
    const id = randomUUID();
    const identityCode = fictionalIdentityCode(this.next());
    await this.db
      .insertInto('client')
      .values({
        id,
        identitySystem: 'pic',
        identityValue: identityCode,
        familyName: 'Matriisi',
        givenNames: `Testi ${this.n}`,
        birthDate: `20${identityCode.slice(4, 6)}-${identityCode.slice(2, 4)}-${identityCode.slice(0, 2)}`,
        language: 'fi',
        nonDisclosure: false,
      } as never)
      .execute();
    return { id, identityCode };
  }

  /** The client as stored, as a body for PUT /api/clients/:id with the version read. */
  async clientBody(clientId: string) {
    const c = await this.db
      .selectFrom('client')
      .selectAll()
      .where('id', '=', clientId)
      .executeTakeFirstOrThrow();
    return {
      ...newClientBody(c.identityValue),
      familyName: c.familyName,
      givenNames: c.givenNames,
      version: c.version,
    };
  }

  /** An active unit other than `unitId` (where the client's ties are, for 'nurse:other-unit'). */
  private async otherUnit(unitId: string): Promise<string> {
    const row = await this.db
      .selectFrom('unit')
      .select('id')
      .where('active', '=', true)
      .where('id', '!=', unitId)
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** A professional who records the facts fixtures need (a consent, an emergency access). */
  async recorder(): Promise<string> {
    return (await this.world('nurse:none')).userId as string;
  }

  /** A fresh, unused identity code, e.g. to register a new client. */
  identityCode(): string {
    return fictionalIdentityCode(this.next());
  }

  /** Records the facts of a relationship state between a professional and a client. */
  private async stateFacts(
    state: string,
    clientId: string,
    userId: string,
    unit: { id: string; producerId: string },
  ) {
    const now = Date.now();
    const inForce = { validFrom: iso(now - DAY_MS), validUntil: iso(now + 30 * DAY_MS) };
    const rel = (kind: string, by: 'user' | 'unit', period = inForce) =>
      this.db
        .insertInto('careRelationship')
        .values({
          id: randomUUID(),
          clientId,
          recordedBy: userId,
          kind: kind as never,
          userId: by === 'user' ? userId : null,
          unitId: by === 'unit' ? unit.id : null,
          note: '',
          ...period,
        })
        .execute();
    switch (state) {
      case 'care-team':
      case 'read-scope':
      case 'no-consent':
        return rel('care_team', 'user');
      case 'referral':
        return rel('referral', 'unit');
      case 'first-contact':
        return rel('first_contact', 'unit');
      case 'personal-worker':
        return rel('personal_worker', 'user');
      case 'expired':
        return rel('care_team', 'user', {
          validFrom: iso(now - 400 * DAY_MS),
          validUntil: iso(now - 30 * DAY_MS),
        });
      case 'none':
        return;
      case 'refused':
        await rel('care_team', 'user');
        await this.db
          .insertInto('disclosureRefusal')
          .values({
            id: randomUUID(),
            clientId,
            recordedBy: userId,
            validFrom: iso(now - DAY_MS),
            producerId: unit.producerId,
          })
          .execute();
        return;
      case 'other-unit': {
        // The client's ties are all elsewhere: another unit's referral and first contact, and
        // another professional's care team membership (recorded by that professional).
        const elsewhere = await this.otherUnit(unit.id);
        const colleague = await this.recorder();
        for (const kind of ['referral', 'first_contact'] as const)
          await this.db
            .insertInto('careRelationship')
            .values({
              id: randomUUID(),
              clientId,
              recordedBy: colleague,
              kind,
              userId: null,
              unitId: elsewhere,
              note: '',
              ...inForce,
            })
            .execute();
        await this.membership(clientId, colleague);
        return;
      }
      case 'break-glass':
        await this.breakGlass(clientId, userId);
        return;
      case 'break-glass-expired':
        await this.breakGlass(clientId, userId, {
          validFrom: iso(now - 5 * 3_600_000),
          validUntil: iso(now - 3_600_000),
        });
        return;
      case 'consent':
        await rel('care_team', 'user');
        await this.consent(clientId, userId, 'health');
        return;
      case 'consent-withdrawn': {
        await rel('care_team', 'user');
        const consent = await this.consent(clientId, userId, 'health');
        await this.db
          .updateTable('consent')
          .set({ withdrawnAt: iso(now - 3_600_000), withdrawnBy: userId })
          .where('id', '=', consent)
          .execute();
        return;
      }
      default:
        throw new Error(`unknown relationship state ${state}`);
    }
  }

  /** A care team membership in force of `userId`, recorded by them (to be ended by a test). */
  async membership(clientId: string, userId: string): Promise<string> {
    const id = randomUUID();
    const now = Date.now();
    await this.db
      .insertInto('careRelationship')
      .values({
        id,
        clientId,
        recordedBy: userId,
        kind: 'care_team',
        userId,
        unitId: null,
        note: '',
        validFrom: iso(now - DAY_MS),
        validUntil: iso(now + 30 * DAY_MS),
      })
      .execute();
    return id;
  }

  /** An emergency access declared by `userId`: in force, unless another period is given. */
  async breakGlass(
    clientId: string,
    userId: string,
    period?: { validFrom: string; validUntil: string },
  ): Promise<string> {
    const id = randomUUID();
    const now = Date.now();
    await this.db
      .insertInto('breakGlass')
      .values({
        id,
        clientId,
        recordedBy: userId,
        validFrom: period?.validFrom ?? iso(now - 60_000),
        validUntil: period?.validUntil ?? iso(now + 4 * 3_600_000),
        reasonCode: 'emergency_care',
        reasonText: 'Unconscious on arrival, no relatives reachable.',
      })
      .execute();
    return id;
  }

  /**
   * A first contact recorded by `userId` at their unit for a client already registered elsewhere:
   * it opened the client's data to the unit, with the stated reason, and waits for review.
   */
  async firstContactToReview(clientId: string, userId: string): Promise<string> {
    const id = randomUUID();
    const now = Date.now();
    const unitId = this.places.healthUnit.id;
    await this.db
      .insertInto('careRelationship')
      .values({
        id,
        clientId,
        recordedBy: userId,
        kind: 'first_contact',
        userId: null,
        unitId,
        note: '',
        validFrom: iso(now - 60_000),
        validUntil: iso(now + 30 * DAY_MS),
        reasonCode: 'client_contact',
        reasonText: 'Came to the reception asking for home care.',
        reviewStatus: 'pending',
      })
      .execute();
    return id;
  }

  /** A consent in force to show `register`'s records across registers. */
  async consent(clientId: string, recordedBy: string, register: Register): Promise<string> {
    const id = randomUUID();
    await this.db
      .insertInto('consent')
      .values({
        id,
        clientId,
        recordedBy,
        validFrom: iso(Date.now() - DAY_MS),
        validUntil: null,
        register,
        scope: '',
      })
      .execute();
    return id;
  }

  /** A user of the built-in identity provider, with a token of the given (or the kind's full) scopes. */
  private async user(kind: UserKind, row: Record<string, unknown>, scopes: Scope[] | null = null) {
    const id = `${kind}-${randomUUID()}`;
    await this.db
      .insertInto('userAccount')
      .values({
        id,
        kind,
        displayName: `Test ${kind}`,
        registers: '[]',
        issuer: DEMO_ISSUER,
        subject: id,
        ...row,
      } as never)
      .execute();
    const role = (row.organizerRole as string | undefined) ?? null;
    const { accessToken } = await issueToken(this.db, id, scopes ?? allowedScopes(kind, role));
    return { id, headers: { authorization: `Bearer ${accessToken}` } };
  }

  private next() {
    this.n += 1;
    return this.n;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

// ---------- catalogue records ----------

export const CATALOGUE_KINDS = [
  'producers',
  'units',
  'services',
  'channels',
  'contracts',
  'packages',
  'chains',
] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

type Meta = 'id' | 'version' | 'createdAt' | 'updatedAt';
const inputOf = <T extends Record<Meta, unknown>>(rec: T): Omit<T, Meta> => {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...input } = rec;
  return input;
};

const contract = (producerId: string, serviceId: string, reference: string, validFrom: string) => ({
  producerId,
  reference,
  validFrom,
  validTo: null,
  qualityCriteria: [],
  obligations: [...OBLIGATIONS],
  services: [{ serviceId, unitPrice: 10, monthlyCapacity: 10, maxResponseDays: 14 }],
});

/**
 * Unused catalogue records, made through the catalogue's own use cases (not over HTTP, so they
 * do not depend on who may write the catalogue). `input` is a valid body to create another;
 * `create` makes one nothing refers to, so it can be replaced or deleted.
 */
export class CatalogueRecords {
  private n = 0;
  constructor(readonly db: Db) {}

  /** A seeded record of the kind, e.g. for reads. */
  async existing(kind: CatalogueKind): Promise<string> {
    const table = {
      producers: 'producer',
      units: 'unit',
      services: 'service',
      channels: 'channel',
      contracts: 'contract',
      packages: 'servicePackage',
      chains: 'serviceChain',
    } as const;
    const row = await this.db.selectFrom(table[kind]).select('id').orderBy('id').limit(1).executeTakeFirst();
    if (!row) throw new Error(`no ${kind} in the catalogue: seed it`);
    return row.id;
  }

  /** A valid body to create a record of the kind: unique where it must be. */
  async input(kind: CatalogueKind): Promise<Record<string, unknown>> {
    const n = ++this.n;
    const name = { fi: `Matriisi ${n}`, sv: `Matris ${n}`, en: `Matrix ${n}` };
    switch (kind) {
      case 'producers':
        return { name: `Matriisi Oy ${n}`, kind: 'ngo', businessId: null, oid: null, description: '' };
      case 'units':
        return {
          ...inputOf(await catalogue.getUnit(this.db, await this.existing('units'))),
          name: `Matriisi ${n}`,
        };
      case 'services':
        return { ...inputOf(await catalogue.getService(this.db, await this.existing('services'))), name };
      case 'channels': {
        // A channel is unique per service, unit and kind, and needs the unit's producer contracted
        // for the service: a new service, with a contract in force for it.
        const channel = inputOf(await catalogue.getChannel(this.db, await this.existing('channels')));
        const unit = await catalogue.getUnit(this.db, channel.unitId);
        const serviceId = await this.create('services');
        await catalogue.createContract(
          this.db,
          contract(unit.producerId, serviceId, `MATRIX-${n}`, catalogue.today()),
        );
        return { ...channel, serviceId };
      }
      case 'contracts':
        // Contracts of one producer may not overlap for a service: a new producer, starting in the
        // future (a contract in force cannot be deleted).
        return contract(
          await this.create('producers'),
          await this.existing('services'),
          `MATRIX-${n}`,
          '2099-01-01',
        );
      case 'packages':
        return { ...inputOf(await pathways.getPackage(this.db, await this.existing('packages'))), name };
      case 'chains':
        return { ...inputOf(await pathways.getChain(this.db, await this.existing('chains'))), name };
    }
  }

  /** Creates an unused record of the kind; returns its id (its version is 1). */
  async create(kind: CatalogueKind): Promise<string> {
    const input = (await this.input(kind)) as never;
    const created = await {
      producers: catalogue.createProducer,
      units: catalogue.createUnit,
      services: catalogue.createService,
      channels: catalogue.createChannel,
      contracts: catalogue.createContract,
      packages: pathways.createPackage,
      chains: pathways.createChain,
    }[kind](this.db, input);
    return created.id;
  }
}
