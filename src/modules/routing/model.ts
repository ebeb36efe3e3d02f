/**
 * Neutral routing (DOMAIN §3 client steering, §4.1): for a service a client needs, every eligible
 * producer's unit, ranked only on grounds that serve the client — their own choice of sote-centre
 * or dental clinic, their language, the contract's response time, distance, channels they can use,
 * accessibility — never on who owns the producer. Each candidate carries its reasons, so a
 * proposal can be kept with them and neutral steering measured. Types and pure rules only.
 */
import type { Accessibility, ChannelKind } from '../catalogue/model.js';

export interface Candidate {
  producerId: string;
  unitId: string;
  municipalityCode: string;
  /** Languages the unit serves in (fi, sv, en, …). */
  languages: readonly string[];
  /** The unit's channels for the service, with their accessibility. */
  channels: readonly { kind: ChannelKind; accessibility: Accessibility }[];
  /** The producer's contract for the service; null: no active contract (not eligible). */
  contract: { maxResponseDays: number; monthlyCapacity: number; usedThisMonth: number } | null;
}

export interface ClientFacts {
  /** Stable id that breaks exact ties (with the unit id): ties fall differently for different clients. */
  clientId: string;
  language: string;
  municipalityCode: string | null;
  /** Units the client has chosen (sote-centre, dental clinic). */
  chosenUnitIds: readonly string[];
  /** Channels the client can use in their condition; empty: any. */
  channels: readonly ChannelKind[];
  /** Accessibility the client needs. */
  needs: Partial<Accessibility>;
}

export type Reason =
  | { code: 'chosen-unit' }
  | { code: 'language'; language: string }
  | { code: 'no-language'; language: string }
  | { code: 'response-days'; days: number }
  | { code: 'capacity-left'; left: number }
  | { code: 'same-municipality' }
  | { code: 'channel-fits'; channels: ChannelKind[] }
  | { code: 'no-channel-fits' }
  | { code: 'accessible' }
  | { code: 'not-accessible'; missing: (keyof Accessibility)[] };

export type Ineligible = { code: 'no-contract' } | { code: 'no-capacity'; capacity: number };

export interface Ranked {
  producerId: string;
  unitId: string;
  rank: number;
  reasons: Reason[];
}

export interface Refused {
  producerId: string;
  unitId: string;
  why: Ineligible;
}

/** A small stable hash: exact ties are broken by it rather than by name or id order. */
function tieBreak(clientId: string, unitId: string): number {
  let h = 2166136261;
  for (const ch of `${clientId}|${unitId}`) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * Ranks the candidates for one service. Not eligible: no active contract for the service, or no
 * capacity left this month. The order, ground by ground: the client's own chosen unit; a unit that
 * serves in the client's language; a channel the client can use; the accessibility the client
 * needs; the shortest response time in the contract; the client's own municipality; then an
 * exact tie falls by a hash of client and unit. The producer's kind is not an input at all.
 */
export function rankCandidates(
  client: ClientFacts,
  candidates: readonly Candidate[],
): { ranked: Ranked[]; refused: Refused[] } {
  const refused: Refused[] = [];
  const scored: { c: Candidate; key: number[]; reasons: Reason[] }[] = [];
  for (const c of candidates) {
    if (!c.contract) {
      refused.push({ producerId: c.producerId, unitId: c.unitId, why: { code: 'no-contract' } });
      continue;
    }
    const left = c.contract.monthlyCapacity - c.contract.usedThisMonth;
    if (left <= 0) {
      refused.push({
        producerId: c.producerId,
        unitId: c.unitId,
        why: { code: 'no-capacity', capacity: c.contract.monthlyCapacity },
      });
      continue;
    }
    const reasons: Reason[] = [];
    const chosen = client.chosenUnitIds.includes(c.unitId);
    if (chosen) reasons.push({ code: 'chosen-unit' });
    const language = c.languages.includes(client.language);
    reasons.push(
      language
        ? { code: 'language', language: client.language }
        : { code: 'no-language', language: client.language },
    );
    const usable = c.channels.filter(
      (ch) => client.channels.length === 0 || client.channels.includes(ch.kind),
    );
    reasons.push(
      usable.length > 0
        ? { code: 'channel-fits', channels: [...new Set(usable.map((ch) => ch.kind))] }
        : { code: 'no-channel-fits' },
    );
    const needed = (Object.keys(client.needs) as (keyof Accessibility)[]).filter((k) => client.needs[k]);
    const missing = needed.filter((k) => !usable.some((ch) => ch.accessibility[k]));
    if (needed.length > 0)
      reasons.push(missing.length === 0 ? { code: 'accessible' } : { code: 'not-accessible', missing });
    reasons.push({ code: 'response-days', days: c.contract.maxResponseDays });
    const near = client.municipalityCode !== null && c.municipalityCode === client.municipalityCode;
    if (near) reasons.push({ code: 'same-municipality' });
    reasons.push({ code: 'capacity-left', left });
    // Smaller is better, ground by ground.
    const key = [
      chosen ? 0 : 1,
      language ? 0 : 1,
      usable.length > 0 ? 0 : 1,
      missing.length,
      c.contract.maxResponseDays,
      near ? 0 : 1,
      tieBreak(client.clientId, c.unitId),
    ];
    scored.push({ c, key, reasons });
  }
  scored.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = (a.key[i] as number) - (b.key[i] as number);
      if (d !== 0) return d;
    }
    return 0;
  });
  return {
    ranked: scored.map((s, i) => ({
      producerId: s.c.producerId,
      unitId: s.c.unitId,
      rank: i + 1,
      reasons: s.reasons,
    })),
    refused,
  };
}
