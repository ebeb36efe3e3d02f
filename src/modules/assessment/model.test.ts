import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coordinationFlag,
  DOMAIN_REGISTER,
  type DomainView,
  disagreements,
  NEED_DOMAINS,
  type NeedDomain,
  needs,
  SEVERITIES,
  type Severity,
} from './model.js';

const view = (
  domain: NeedDomain,
  professional: Severity | null,
  client: Severity | null = null,
): DomainView => ({
  domain,
  professional,
  client,
});

describe('the needs assessment', () => {
  it('keeps each of the eleven domains in one register', () => {
    expect(NEED_DOMAINS).toHaveLength(11);
    expect(NEED_DOMAINS.filter((d) => DOMAIN_REGISTER[d] === 'health')).toEqual([
      'health',
      'functional_capacity',
      'mental_health',
      'substance_use',
    ]);
  });

  it('counts the professional’s view where given, else the client’s own, most severe first', () => {
    expect(
      needs([view('housing', 1, 4), view('income', null, 3), view('health', 2, 0), view('caring', 0)]),
    ).toEqual(['income', 'health']);
  });

  it('names the domains where the professional and the client see things two steps apart', () => {
    expect(disagreements([view('housing', 1, 3), view('income', 2, 3), view('health', null, 4)])).toEqual([
      'housing',
    ]);
  });

  it('flags coordinated services when needs span both registers or three domains', () => {
    // The fall-risk case of seed 003: health, substance use, loneliness and a carer's exhaustion.
    expect(
      coordinationFlag(
        [view('health', 3), view('substance_use', 2), view('relationships', 2), view('caring', 3)],
        false,
      ),
    ).toEqual({
      coordinated: true,
      because: ['both-registers', 'several-domains'],
      socialWorkerRequired: false,
    });
    expect(coordinationFlag([view('housing', 2), view('income', 3)], false)).toEqual({
      coordinated: false,
      because: [],
      socialWorkerRequired: false,
    });
    expect(
      coordinationFlag([view('housing', 2), view('income', 3), view('work_study', 2)], false).because,
    ).toEqual(['several-domains']);
  });

  it('requires a social worker for a special need for support, or an acute risk among coordinated needs', () => {
    expect(coordinationFlag([view('housing', 2)], true).socialWorkerRequired).toBe(true);
    expect(coordinationFlag([view('mental_health', 4), view('housing', 2)], false).socialWorkerRequired).toBe(
      true,
    );
    expect(coordinationFlag([view('mental_health', 4)], false).socialWorkerRequired).toBe(false);
  });

  it('never flags without a need, and always flags needs on both sides', () => {
    const anyView = fc.record({
      domain: fc.constantFrom(...NEED_DOMAINS),
      professional: fc.option(fc.constantFrom(...SEVERITIES)),
      client: fc.option(fc.constantFrom(...SEVERITIES)),
    });
    fc.assert(
      fc.property(fc.array(anyView, { maxLength: 11 }), (views) => {
        const flag = coordinationFlag(views, false);
        const found = needs(views);
        if (found.length === 0) expect(flag.coordinated).toBe(false);
        if (new Set(found.map((d) => DOMAIN_REGISTER[d])).size === 2) expect(flag.coordinated).toBe(true);
      }),
    );
  });
});
