/**
 * Client registry use cases. Every one passes through the access layer (withAccess), which
 * decides and writes the access log entry; a search returns only clients the professional
 * may see and so does not reveal that anyone else exists.
 */
import { randomUUID } from 'node:crypto';
import { Batcher, batcherPer } from '../../db/batch.js';
import type { Db } from '../../db/connection.js';
import { inTx } from '../../db/tx.js';
import { bumpVersion } from '../../db/versioned.js';
import { DomainError, fieldError, Problems } from '../../http/errors.js';
import type { Actor, Decision } from '../access/model.js';
import {
  type AccessContext,
  actorFields,
  decisionsFor,
  readWithAccess,
  withAccess,
} from '../access/service.js';
import { logAccess, logAccessMany } from '../audit/service.js';
import { msg as catalogueMsg } from '../catalogue/messages.js';
import { isValidIsoDate } from '../catalogue/model.js';
import { municipalityOfPostalCode, regionOfMunicipality } from '../codes/model.js';
import { versionErrors } from './errors.js';
import { msg } from './messages.js';
import {
  type Client,
  type ClientInput,
  checkIdentityCode,
  type FirstContactReason,
  isValidTemporaryId,
  redactForNonDisclosure,
} from './model.js';
import * as store from './store.js';

/** How long a first contact opens the client's data to the contacted unit. */
export const FIRST_CONTACT_DAYS = 30;
/** The shortest explanation of a first contact with a client already registered (as the schema's). */
const FIRST_CONTACT_TEXT_MIN = 10;

/** The clients whose guardian a client is on a day (a client user acts for them too). */
export const guardedClientIds = (db: Db, guardianId: string, day: string): Promise<string[]> =>
  store.guardedClientIds(db, guardianId, day);

/** The client with a personal identity code, if any (no access decision: the caller makes it). */
export const clientIdByIdentityCode = (db: Db, code: string): Promise<string | undefined> =>
  store.clientIdByIdentity(db, 'pic', code);

const DAY_MS = 86_400_000;

async function validate(
  db: Db,
  input: ClientInput,
): Promise<{ birthDate: string; identity: string; municipality: string | null }> {
  const p = new Problems();
  let birthDate = input.birthDate ?? '';
  let identity = input.identity.value.trim();
  if (input.identity.system === 'pic') {
    const check = checkIdentityCode(identity);
    if (!check.ok) p.add('/identity/value', msg(`client.identity.${check.reason}`));
    else {
      identity = check.value;
      if (input.birthDate && input.birthDate !== check.birthDate)
        p.add(
          '/birthDate',
          msg('client.birthDate.mismatch', {
            given: input.birthDate,
            fromCode: check.birthDate,
          }),
        );
      birthDate = check.birthDate;
    }
  } else {
    if (!isValidTemporaryId(identity)) p.add('/identity/value', msg('client.temporaryId'));
    if (!input.birthDate) p.add('/birthDate', msg('client.birthDate.required'));
    else if (!isValidIsoDate(input.birthDate)) p.add('/birthDate', msg('date.invalid'));
  }
  let municipality: string | null = null;
  if (input.postalCode) {
    const m = municipalityOfPostalCode(input.postalCode);
    if (!m) p.add('/postalCode', catalogueMsg('unit.postalCodeUnknown', { code: input.postalCode }));
    else municipality = m.code;
  }
  // The home municipality registered by DVV may differ from the contact address's.
  if (input.municipalityCode) {
    if (!regionOfMunicipality(input.municipalityCode))
      p.add(
        '/municipalityCode',
        catalogueMsg('unit.municipalityCodeInvalid', { code: input.municipalityCode }),
      );
    else municipality = input.municipalityCode;
  }
  for (const [field, choice, kind] of [
    ['/soteCentre/unitId', input.soteCentre, 'sote_centre'],
    ['/dentalClinic/unitId', input.dentalClinic, 'dental_clinic'],
  ] as const) {
    if (!choice) continue;
    if (!isValidIsoDate(choice.chosenOn)) p.add(field.replace(/unitId$/, 'chosenOn'), msg('date.invalid'));
    const unit = await db
      .selectFrom('unit')
      .innerJoin('producer', 'producer.id', 'unit.producerId')
      .select(['producer.kind'])
      .where('unit.id', '=', choice.unitId)
      .executeTakeFirst();
    // The county's own business unit runs sote-centres and dental clinics too.
    if (!unit || (unit.kind !== kind && unit.kind !== 'county_business_unit'))
      p.add(field, msg('client.choice.kind', { id: choice.unitId, kind }));
  }
  p.throwIfAny();
  return { birthDate, identity, municipality };
}

/** A first contact for a client already registered, sent without its reason. */
const reasonRequired = () =>
  new DomainError(422, 'first-contact-reason-required', msg('client.firstContact.required'), [
    fieldError('/firstContact/reasonCode', msg('client.firstContact.reasonCode')),
    fieldError('/firstContact/reasonText', msg('client.firstContact.reasonText')),
  ]);

/**
 * A professional registers a client at a first contact; the contact opens the data to their unit
 * for FIRST_CONTACT_DAYS. A client already in the registry is not registered twice: the contact
 * is recorded against the existing record, which is returned as it is (`created: false`).
 *
 * Recording a contact for a client already registered opens data that others wrote to the unit,
 * on the professional's word alone (knowing an identity code is enough to ask). So it needs the
 * reason the client is at the unit (`firstContact`), and like an emergency access it waits for
 * the organizer's administrator's review (see access/openings.ts). Without a reason it is refused
 * and the refusal is logged against the client, who sees the attempt. (The refusal tells the
 * professional that the person is a client, as the 200 answer did before: registering is for the
 * person in front of them, and the attempt is in the client's log.) A new client's registration
 * needs neither: it opens nothing but what the professional has just written. Either way the
 * client sees the contact in their access log.
 */
export async function registerClient(
  db: Db,
  actor: Actor,
  input: ClientInput,
  ctx: Omit<AccessContext, 'action' | 'resource'>,
  firstContact?: FirstContactReason,
): Promise<{ client: Client; created: boolean }> {
  if (actor.kind !== 'professional') throw new DomainError(403, 'forbidden', msg('client.onlyProfessionals'));
  const v = await validate(db, input);
  const reason = firstContact && { ...firstContact, reasonText: firstContact.reasonText.trim() };
  if (reason && reason.reasonText.length < FIRST_CONTACT_TEXT_MIN) {
    const p = new Problems();
    p.add('/firstContact/reasonText', msg('client.firstContact.reasonText'));
    p.throwIfAny();
  }
  if (!reason) {
    const known = await store.clientIdByIdentity(db, input.identity.system, v.identity);
    if (known) {
      // Logged in its own statement: the refusal is recorded although the request fails.
      await logAccess(db, {
        ...actorFields(actor),
        clientId: known,
        action: 'first_contact',
        resource: `client/${known}`,
        purpose: ctx.purpose,
        basis: 'none',
        outcome: 'deny',
        channel: ctx.channel,
        requestId: ctx.requestId,
        details: { reason: 'reason-required' },
      });
      throw reasonRequired();
    }
  }
  return inTx(db, async (trx) => {
    const existing = await store.clientIdByIdentity(trx, input.identity.system, v.identity);
    // Registered by someone else since the check above: refused the same way (this time unlogged).
    if (existing && !reason) throw reasonRequired();
    const id = existing ?? randomUUID();
    if (!existing)
      await trx
        .insertInto('client')
        .values({
          id,
          ...store.clientColumns(
            { ...input, identity: { ...input.identity, value: v.identity } },
            v.birthDate,
            v.municipality,
          ),
        })
        .execute();
    const now = Date.now();
    const relationshipId = randomUUID();
    await trx
      .insertInto('careRelationship')
      .values({
        id: relationshipId,
        clientId: id,
        recordedBy: actor.userId,
        kind: 'first_contact',
        userId: null,
        unitId: actor.unitId,
        validFrom: new Date(now).toISOString(),
        validUntil: new Date(now + FIRST_CONTACT_DAYS * DAY_MS).toISOString(),
        note: '',
        reasonCode: reason?.reasonCode ?? null,
        reasonText: reason?.reasonText ?? null,
        reviewStatus: existing ? 'pending' : null,
      })
      .execute();
    await logAccess(trx, {
      actorId: actor.userId,
      actorRole: actor.profession,
      actorOrg: actor.unitId,
      clientId: id,
      action: existing ? 'first_contact' : 'create',
      resource: `client/${id}`,
      purpose: ctx.purpose,
      basis: 'first_contact',
      outcome: 'allow',
      channel: ctx.channel,
      requestId: ctx.requestId,
      // The reason's text may tell of health: the log names the code and the opening to review.
      details: existing ? { reasonCode: reason?.reasonCode, relationshipId } : {},
    });
    const client = (await store.clientById(trx, id)) as Client;
    return { client: existing ? redactForNonDisclosure(client) : client, created: !existing };
  });
}

/** Concurrent reads of clients share one statement. */
const clientBatcher = batcherPer(
  (db: Db) =>
    new Batcher<string, Client | undefined>({
      run: async (ids) => {
        const clients = await store.clientsByIds(db, ids);
        return ids.map((id) => clients.get(id));
      },
    }),
);

/** Reads a client's identity and contact data; under non-disclosure only the client sees the address. */
export async function readClient(
  db: Db,
  actor: Actor,
  clientId: string,
  ctx: Omit<AccessContext, 'action' | 'resource'>,
) {
  return readWithAccess(
    db,
    actor,
    { clientId, register: null },
    { ...ctx, action: 'read', resource: `client/${clientId}` },
    async (root, d) => {
      const client = await clientBatcher(root).load(clientId);
      // A decision can only allow a client that has facts, so the client exists; guard anyway.
      if (!client) throw new DomainError(404, 'not-found', msg('notFound.client', { id: clientId }));
      return d.basis === 'own_data' ? client : redactForNonDisclosure(client);
    },
  );
}

export async function updateClient(
  db: Db,
  actor: Actor,
  clientId: string,
  version: number,
  input: ClientInput,
  ctx: Omit<AccessContext, 'action' | 'resource'>,
) {
  const v = await validate(db, input);
  return withAccess(
    db,
    actor,
    { clientId, register: null },
    { ...ctx, action: 'update', resource: `client/${clientId}` },
    async (trx) => {
      // Identity, name and birth date come from the population register (DVV): a client (or
      // guardian) keeps their contact details, language and choices up to date, not these.
      if (actor.kind === 'client') {
        const current = await store.clientById(trx, clientId);
        if (
          current &&
          (current.identity.value !== v.identity ||
            current.identity.system !== input.identity.system ||
            current.familyName !== input.familyName ||
            current.givenNames !== input.givenNames ||
            current.birthDate !== v.birthDate)
        )
          throw new DomainError(403, 'forbidden', msg('client.identityByProfessional'));
      }
      await bumpVersion(
        trx,
        'client',
        clientId,
        version,
        store.clientColumns(
          { ...input, identity: { ...input.identity, value: v.identity } },
          v.birthDate,
          v.municipality,
        ),
      ).catch(versionErrors('client'));
      return (await store.clientById(trx, clientId)) as Client;
    },
  );
}

export interface ClientQuery {
  identityCode?: string | undefined;
  familyName?: string | undefined;
  givenNames?: string | undefined;
}

/**
 * Finds clients by identity code or name. Each candidate is decided on its own: the answer
 * holds only those the actor may see, every candidate gets an access log entry (allowed or
 * denied, so a client sees who looked them up), and a search that finds no one is logged too.
 */
export async function findClients(
  db: Db,
  actor: Actor,
  q: ClientQuery,
  ctx: Omit<AccessContext, 'action' | 'resource'>,
) {
  let candidates: string[];
  if (q.identityCode) {
    const check = checkIdentityCode(q.identityCode);
    const found = check.ok ? await store.clientIdByIdentity(db, 'pic', check.value) : undefined;
    candidates = found ? [found] : [];
  } else if (q.familyName && q.familyName.trim().length >= 2) {
    candidates = await store.clientIdsByName(db, q.familyName.trim(), q.givenNames?.trim() || null, 50);
  } else {
    const p = new Problems();
    p.add('/familyName', msg('client.search.needsTerms'));
    p.throwIfAny();
    candidates = [];
  }
  const by = q.identityCode ? 'identity_code' : 'name';
  const now = new Date().toISOString();
  const who = actorFields(actor);
  return inTx(db, async (trx) => {
    // Three statements however many candidates: their facts, their entries, the visible ones.
    const decisions = await decisionsFor(trx, actor, candidates, null, now);
    await logAccessMany(
      trx,
      candidates.map((clientId) => {
        const d = decisions.get(clientId) as Decision;
        return {
          ...who,
          clientId,
          action: 'search',
          resource: `client/${clientId}`,
          purpose: ctx.purpose,
          basis: d.allow ? d.basis : 'none',
          outcome: d.allow ? ('allow' as const) : ('deny' as const),
          channel: ctx.channel,
          requestId: ctx.requestId,
          details: d.allow ? { by } : { by, reason: d.reason },
        };
      }),
    );
    const allowed = candidates.filter((id) => decisions.get(id)?.allow);
    const rows = allowed.length > 0 ? await store.clientsByIds(trx, allowed) : new Map<string, Client>();
    const visible: Client[] = [];
    for (const clientId of allowed) {
      const c = rows.get(clientId);
      const d = decisions.get(clientId);
      if (c && d?.allow) visible.push(d.basis === 'own_data' ? c : redactForNonDisclosure(c));
    }
    if (candidates.length === 0)
      await logAccess(trx, {
        ...who,
        clientId: null,
        action: 'search',
        resource: 'client',
        purpose: ctx.purpose,
        basis: 'none',
        outcome: 'allow',
        channel: ctx.channel,
        requestId: ctx.requestId,
        details: { by, matches: 0 },
      });
    return visible;
  });
}
