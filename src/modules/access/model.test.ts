import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, decide, type Facts, type Relationship } from './model.js';

const NOW = '2026-06-01T12:00:00.000Z';
const nurse: Actor = {
  kind: 'professional',
  userId: 'u-nurse',
  profession: 'nurse',
  producerId: 'p-1',
  unitId: 'unit-1',
  registers: ['health'],
};
const social: Actor = {
  kind: 'professional',
  userId: 'u-sw',
  profession: 'social_worker',
  producerId: 'p-2',
  unitId: 'unit-2',
  registers: ['social'],
};
const none: Facts = { relationships: [], consents: [], legalBases: [], refusals: [], breakGlass: [] };
const rel = (over: Partial<Relationship>): Relationship => ({
  kind: 'care_team',
  clientId: 'c-1',
  userId: 'u-nurse',
  unitId: null,
  validFrom: '2026-01-01T00:00:00.000Z',
  validUntil: '2026-12-31T00:00:00.000Z',
  ...over,
});

describe('deciding access to a client', () => {
  it('a professional without any relationship is refused', () => {
    expect(decide(nurse, { clientId: 'c-1', register: 'health' }, none, NOW)).toEqual({
      allow: false,
      basis: 'none',
      reason: 'no-relationship',
    });
  });

  it('names the basis: personal worker before care team before referral before first contact', () => {
    const facts = {
      ...none,
      relationships: [
        rel({ kind: 'first_contact', userId: null, unitId: 'unit-1' }),
        rel({ kind: 'referral', userId: null, unitId: 'unit-1' }),
        rel({ kind: 'care_team' }),
      ],
    };
    expect(decide(nurse, { clientId: 'c-1', register: 'health' }, facts, NOW)).toMatchObject({
      allow: true,
      basis: 'care_team',
    });
    expect(
      decide(
        nurse,
        { clientId: 'c-1', register: null },
        { ...facts, relationships: facts.relationships.slice(0, 2) },
        NOW,
      ),
    ).toMatchObject({ basis: 'referral' });
  });

  it('a unit-level relationship is the unit’s, not another unit’s, and expires', () => {
    const facts = { ...none, relationships: [rel({ kind: 'referral', userId: null, unitId: 'unit-9' })] };
    expect(decide(nurse, { clientId: 'c-1', register: null }, facts, NOW).allow).toBe(false);
    const expired = { ...none, relationships: [rel({ validUntil: '2026-05-31T00:00:00.000Z' })] };
    expect(decide(nurse, { clientId: 'c-1', register: null }, expired, NOW).allow).toBe(false);
  });

  it('the other register needs the client’s consent or a legal basis', () => {
    const facts: Facts = { ...none, relationships: [rel({ userId: 'u-sw' })] };
    expect(decide(social, { clientId: 'c-1', register: 'health' }, facts, NOW)).toMatchObject({
      allow: false,
      reason: 'other-register',
    });
    const consent = {
      clientId: 'c-1',
      register: 'health' as const,
      validFrom: '2026-01-01T00:00:00.000Z',
      validUntil: null,
      withdrawnAt: null,
    };
    expect(
      decide(social, { clientId: 'c-1', register: 'health' }, { ...facts, consents: [consent] }, NOW),
    ).toEqual({
      allow: true,
      basis: 'care_team',
      crossRegister: 'consent',
    });
    const withdrawn = { ...consent, withdrawnAt: '2026-05-01T00:00:00.000Z' };
    expect(
      decide(social, { clientId: 'c-1', register: 'health' }, { ...facts, consents: [withdrawn] }, NOW).allow,
    ).toBe(false);
    const legal = {
      clientId: 'c-1',
      register: 'health' as const,
      validFrom: '2026-01-01T00:00:00.000Z',
      validUntil: null,
    };
    expect(
      decide(social, { clientId: 'c-1', register: 'health' }, { ...facts, legalBases: [legal] }, NOW),
    ).toMatchObject({
      crossRegister: 'legal_basis',
    });
    expect(decide(social, { clientId: 'c-1', register: 'social' }, facts, NOW).allow).toBe(true);
  });

  it('a refusal of disclosure to the producer beats every relationship, but not a declared emergency', () => {
    const refusal = {
      clientId: 'c-1',
      producerId: 'p-1',
      validFrom: '2026-01-01T00:00:00.000Z',
      withdrawnAt: null,
    };
    const facts = { ...none, relationships: [rel({ kind: 'personal_worker' })], refusals: [refusal] };
    expect(decide(nurse, { clientId: 'c-1', register: 'health' }, facts, NOW)).toMatchObject({
      allow: false,
      reason: 'refused-disclosure',
    });
    const glass = {
      userId: 'u-nurse',
      clientId: 'c-1',
      validFrom: '2026-06-01T11:00:00.000Z',
      validUntil: '2026-06-01T23:00:00.000Z',
    };
    expect(
      decide(nurse, { clientId: 'c-1', register: 'health' }, { ...facts, breakGlass: [glass] }, NOW),
    ).toMatchObject({
      allow: true,
      basis: 'personal_worker',
    });
    expect(
      decide(nurse, { clientId: 'c-1', register: 'health' }, { ...none, breakGlass: [glass] }, NOW),
    ).toMatchObject({
      allow: true,
      basis: 'break_the_glass',
    });
  });

  it('a declared emergency opens the data for 4 hours: open at 4 h − 1 s, closed at 4 h + 1 s', () => {
    const HOUR = 3_600_000;
    const declared = Date.parse('2026-06-01T08:00:00.000Z');
    const at = (ms: number) => new Date(declared + ms).toISOString();
    const glass = { userId: 'u-nurse', clientId: 'c-1', validFrom: at(0), validUntil: at(4 * HOUR) };
    const facts: Facts = { ...none, breakGlass: [glass] };
    for (const register of ['health', 'social', null] as const) {
      const target = { clientId: 'c-1', register };
      expect(decide(nurse, target, facts, at(0))).toMatchObject({ allow: true, basis: 'break_the_glass' });
      expect(decide(nurse, target, facts, at(4 * HOUR - 1000))).toMatchObject({
        allow: true,
        basis: 'break_the_glass',
      });
      // The end is exclusive: at the end itself, and a second after it, the emergency is over.
      expect(decide(nurse, target, facts, at(4 * HOUR))).toEqual({
        allow: false,
        basis: 'none',
        reason: 'no-relationship',
      });
      expect(decide(nurse, target, facts, at(4 * HOUR + 1000))).toEqual({
        allow: false,
        basis: 'none',
        reason: 'no-relationship',
      });
    }
    // Nor does an expired emergency still pass a refusal of disclosure, or open the other register.
    const refusal = { clientId: 'c-1', producerId: 'p-1', validFrom: at(-HOUR), withdrawnAt: null };
    const refused: Facts = { ...facts, relationships: [rel({})], refusals: [refusal] };
    const health = { clientId: 'c-1', register: 'health' as const };
    expect(decide(nurse, health, refused, at(4 * HOUR - 1000))).toMatchObject({ allow: true });
    expect(decide(nurse, health, refused, at(4 * HOUR + 1000))).toMatchObject({
      allow: false,
      reason: 'refused-disclosure',
    });
    const social = { clientId: 'c-1', register: 'social' as const };
    const inTeam: Facts = { ...facts, relationships: [rel({})] };
    expect(decide(nurse, social, inTeam, at(4 * HOUR - 1000))).toMatchObject({
      allow: true,
      crossRegister: 'break_the_glass',
    });
    expect(decide(nurse, social, inTeam, at(4 * HOUR + 1000))).toMatchObject({
      allow: false,
      reason: 'other-register',
    });
  });

  it('clients see their own data and their wards’, organizer staff see no one', () => {
    const client: Actor = { kind: 'client', userId: 'u-c', clientId: 'c-1', guardianOf: ['c-2'] };
    expect(decide(client, { clientId: 'c-1', register: 'health' }, none, NOW)).toMatchObject({
      allow: true,
      basis: 'own_data',
    });
    expect(decide(client, { clientId: 'c-2', register: 'social' }, none, NOW)).toMatchObject({
      allow: true,
      basis: 'guardian',
    });
    expect(decide(client, { clientId: 'c-3', register: null }, none, NOW).allow).toBe(false);
    for (const role of ['planner', 'analyst', 'administrator'] as const)
      expect(
        decide({ kind: 'organizer', userId: 'o', role }, { clientId: 'c-1', register: null }, none, NOW),
      ).toMatchObject({
        allow: false,
        reason: 'aggregates-only',
      });
  });

  it('property: without a fact in force naming this professional or unit and this client, access is never allowed', () => {
    const iso = fc
      .date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
    const relArb = fc.record({
      kind: fc.constantFrom('care_team', 'referral', 'first_contact', 'personal_worker' as const),
      clientId: fc.constantFrom('c-1', 'c-2'),
      userId: fc.constantFrom('u-nurse', 'u-other', null),
      unitId: fc.constantFrom('unit-1', 'unit-2', null),
      validFrom: iso,
      validUntil: iso,
    });
    const glassArb = fc.record({
      userId: fc.constantFrom('u-nurse', 'u-other'),
      clientId: fc.constantFrom('c-1', 'c-2'),
      validFrom: iso,
      validUntil: iso,
    });
    fc.assert(
      fc.property(
        fc.array(relArb, { maxLength: 6 }),
        fc.array(glassArb, { maxLength: 3 }),
        iso,
        fc.constantFrom('health', 'social', null),
        (rels, glass, now, register) => {
          const facts: Facts = { ...none, relationships: rels as Relationship[], breakGlass: glass };
          const d = decide(
            nurse,
            { clientId: 'c-1', register: register as 'health' | 'social' | null },
            facts,
            now,
          );
          const grounded =
            rels.some(
              (r) =>
                r.clientId === 'c-1' &&
                r.validFrom <= now &&
                now < r.validUntil &&
                (r.userId === 'u-nurse' || (r.userId === null && r.unitId === 'unit-1')),
            ) ||
            glass.some(
              (g) =>
                g.userId === 'u-nurse' && g.clientId === 'c-1' && g.validFrom <= now && now < g.validUntil,
            );
          if (!grounded) expect(d.allow).toBe(false);
          // With no consent or legal basis recorded, the other register opens only in a declared emergency.
          if (d.allow && register === 'social') expect(d).toMatchObject({ crossRegister: 'break_the_glass' });
          // and a declared emergency opens it whenever the professional has a basis at all
          const glassInForce = glass.some(
            (g) => g.userId === 'u-nurse' && g.clientId === 'c-1' && g.validFrom <= now && now < g.validUntil,
          );
          if (glassInForce) expect(d.allow).toBe(true);
        },
      ),
    );
  });
});
