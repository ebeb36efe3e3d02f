import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Accessibility } from '../catalogue/model.js';
import { type Candidate, type ClientFacts, rankCandidates } from './model.js';

const none: Accessibility = { stepFree: false, hearingLoop: false, signLanguage: false, easyRead: false };
const cand = (unitId: string, over: Partial<Candidate> = {}): Candidate => ({
  producerId: `p-${unitId}`,
  unitId,
  municipalityCode: '109',
  languages: ['fi'],
  channels: [{ kind: 'local', accessibility: { ...none, stepFree: true } }],
  contract: { maxResponseDays: 7, monthlyCapacity: 10, usedThisMonth: 0 },
  ...over,
});
const client: ClientFacts = {
  clientId: 'c-1',
  language: 'sv',
  municipalityCode: '109',
  chosenUnitIds: [],
  channels: [],
  needs: {},
};

describe('neutral routing', () => {
  it('leaves out producers without a contract or capacity, and says why', () => {
    const r = rankCandidates(client, [
      cand('a', { contract: null }),
      cand('b', { contract: { maxResponseDays: 3, monthlyCapacity: 5, usedThisMonth: 5 } }),
      cand('c'),
    ]);
    expect(r.ranked.map((x) => x.unitId)).toEqual(['c']);
    expect(r.refused).toEqual([
      { producerId: 'p-a', unitId: 'a', why: { code: 'no-contract' } },
      { producerId: 'p-b', unitId: 'b', why: { code: 'no-capacity', capacity: 5 } },
    ]);
  });

  it('puts the client’s chosen unit first, then their language, then the quicker response', () => {
    const r = rankCandidates({ ...client, chosenUnitIds: ['chosen'] }, [
      cand('quick', { contract: { maxResponseDays: 1, monthlyCapacity: 9, usedThisMonth: 0 } }),
      cand('swedish', { languages: ['fi', 'sv'] }),
      cand('chosen', { contract: { maxResponseDays: 14, monthlyCapacity: 9, usedThisMonth: 8 } }),
    ]);
    expect(r.ranked.map((x) => x.unitId)).toEqual(['chosen', 'swedish', 'quick']);
    expect(r.ranked[0]?.reasons).toContainEqual({ code: 'chosen-unit' });
    expect(r.ranked[0]?.reasons).toContainEqual({ code: 'capacity-left', left: 1 });
    expect(r.ranked[1]?.reasons).toContainEqual({ code: 'language', language: 'sv' });
    expect(r.ranked[2]?.reasons).toContainEqual({ code: 'no-language', language: 'sv' });
  });

  it('prefers a channel the client can use and the accessibility they need', () => {
    const r = rankCandidates({ ...client, channels: ['home_visit'], needs: { hearingLoop: true } }, [
      cand('local'),
      cand('home', { channels: [{ kind: 'home_visit', accessibility: none }] }),
      cand('home-loop', {
        channels: [{ kind: 'home_visit', accessibility: { ...none, hearingLoop: true } }],
      }),
    ]);
    expect(r.ranked.map((x) => x.unitId)).toEqual(['home-loop', 'home', 'local']);
    expect(r.ranked[1]?.reasons).toContainEqual({ code: 'not-accessible', missing: ['hearingLoop'] });
    expect(r.ranked[2]?.reasons).toContainEqual({ code: 'no-channel-fits' });
  });

  it('does not favour any producer by who it is: equal offers tie the same whichever producer makes them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 6 }),
        fc.string(),
        (ids, clientId) => {
          const units = [...new Set(ids)];
          const offers = units.map((u) => cand(u));
          const a = rankCandidates({ ...client, clientId }, offers).ranked.map((x) => x.unitId);
          // The same offers under other producers (e.g. the county's own business unit) rank the same.
          const b = rankCandidates(
            { ...client, clientId },
            offers.map((o, i) => ({ ...o, producerId: i === 0 ? 'county-business-unit' : `other-${i}` })),
          ).ranked.map((x) => x.unitId);
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('breaks exact ties differently for different clients, not always for the same unit', () => {
    const offers = ['u1', 'u2', 'u3', 'u4'].map((u) => cand(u));
    const firsts = new Set(
      Array.from(
        { length: 40 },
        (_, i) => rankCandidates({ ...client, clientId: `c-${i}` }, offers).ranked[0]?.unitId,
      ),
    );
    expect(firsts.size).toBeGreaterThan(1);
  });
});
