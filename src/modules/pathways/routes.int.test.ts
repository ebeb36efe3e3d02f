import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/http.js';

let app: FastifyInstance;
let close: () => Promise<void>;
const ids: Record<string, string> = {};

const post = async (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });
const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });

beforeAll(async () => {
  ({ app, close } = await createTestApp({ asPlanner: true }));
  const producer = await post('/api/producers', {
    name: 'Kanta-Hämeen liikelaitos',
    kind: 'county_business_unit',
    businessId: null,
    oid: null,
  });
  ids.producer = producer.json().id;
  const service = (fi: string, en: string, level: string) =>
    post('/api/services', {
      name: text(fi, fi, en),
      sector: 'health',
      level,
      classification: null,
      deliveryUnit: 'visit',
      unitPrice: 100,
    });
  ids.er = (await service('Päivystys', 'Emergency department', 'specialized')).json().id;
  ids.rehab = (await service('Kotikuntoutus', 'Home rehabilitation', 'basic')).json().id;
  ids.orphan = (await service('Sopimukseton palvelu', 'Uncontracted service', 'basic')).json().id;
  const contract = await post('/api/contracts', {
    producerId: ids.producer,
    reference: 'KH-2026-100',
    validFrom: '2026-01-01',
    validTo: null,
    qualityCriteria: [],
    obligations: ['follow_client_plan', 'answer_referrals', 'report_delivered_services'],
    services: [
      { serviceId: ids.er, unitPrice: 400, monthlyCapacity: 1000, maxResponseDays: 0 },
      { serviceId: ids.rehab, unitPrice: 80, monthlyCapacity: 500, maxResponseDays: 3 },
    ],
  });
  expect(contract.statusCode).toBe(201);
});
afterAll(async () => close());

const chainBody = (steps: unknown[]) => ({
  name: text('Lonkkamurtuma', 'Höftfraktur', 'Hip fracture'),
  clientGroup: 'older_people_carers',
  packageId: null,
  targets: [
    {
      code: 'home_within_30d_share',
      name: text('Kotiin 30 pv', 'Hem 30 d', 'Home within 30 days'),
      target: 80,
      unit: '%',
    },
  ],
  steps,
});

const entry = () => ({
  serviceId: ids.er,
  level: 'specialized',
  responsibleProducerKind: 'county_business_unit',
  entryCriteria: text('Kaatuminen', 'Fall', 'Fall at home'),
  handover: 'entry',
  targetDays: null,
});

describe('service packages', () => {
  it('creates a package with services and interfaces, and finds it by service', async () => {
    const res = await post('/api/packages', {
      name: text('Ikäihmisten palvelut', 'Tjänster för äldre', 'Services for older people'),
      clientGroup: 'older_people_carers',
      services: [
        { serviceId: ids.er, note: '' },
        { serviceId: ids.rehab, note: 'after discharge' },
      ],
      interfaces: [
        {
          kind: 'municipal',
          name: text('Asuminen', 'Boende', 'Housing'),
          description: 'Municipal housing services',
        },
      ],
    });
    expect(res.statusCode).toBe(201);
    ids.package = res.json().id;
    expect(res.json().services.map((s: { serviceId: string }) => s.serviceId)).toEqual([ids.er, ids.rehab]);
    const found = await app.inject({ method: 'GET', url: `/api/packages?serviceId=${ids.rehab}` });
    expect(found.json().total).toBe(1);
    const dup = await post('/api/packages', {
      name: text('a', 'b', 'c'),
      clientGroup: 'other',
      services: [
        { serviceId: ids.er, note: '' },
        { serviceId: ids.er, note: '' },
      ],
      interfaces: [],
    });
    expect(dup.statusCode).toBe(422);
    expect(dup.json().errors[0].field).toBe('/services/1/serviceId');
  });
});

describe('service chains', () => {
  it('creates a chain whose steps come back in order', async () => {
    const res = await post('/api/chains', {
      ...chainBody([
        entry(),
        {
          serviceId: ids.rehab,
          level: 'basic',
          responsibleProducerKind: 'sote_centre',
          entryCriteria: text('Kotiutus', 'Utskrivning', 'Discharged home'),
          handover: 'referral',
          targetDays: 7,
        },
      ]),
      packageId: ids.package,
    });
    expect(res.statusCode).toBe(201);
    ids.chain = res.json().id;
    expect(res.json().steps.map((s: { handover: string }) => s.handover)).toEqual(['entry', 'referral']);
  });

  it('refuses a step pointing at a service no producer is contracted for, and writes nothing', async () => {
    const res = await post('/api/chains', {
      ...chainBody([
        entry(),
        { ...entry(), serviceId: ids.orphan, level: 'basic', handover: 'consultation', targetDays: 2 },
      ]),
      name: text('Hylätty', 'Avvisad', 'Refused'),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        field: '/steps/1/serviceId',
        message: expect.stringMatching(/No producer has a valid contract/),
      }),
    ]);
    const list = await app.inject({ method: 'GET', url: '/api/chains?q=Refused' });
    expect(list.json().total).toBe(0);
  });

  it('refuses structurally wrong chains with a message per step', async () => {
    const res = await post(
      '/api/chains',
      chainBody([{ ...entry(), handover: 'referral', targetDays: 1 }, { ...entry() }]),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      '/steps/0/handover',
      '/steps/1/handover',
      '/steps/1/targetDays',
    ]);
  });

  it('adds a step with the version read; a stale save is refused and the steps are unchanged', async () => {
    const current = (await app.inject({ method: 'GET', url: `/api/chains/${ids.chain}` })).json();
    const { id: _i, createdAt: _c, updatedAt: _u, ...body } = current;
    const added = {
      ...body,
      steps: [
        ...body.steps,
        { ...entry(), serviceId: null, level: 'light', handover: 'consultation', targetDays: 30 },
      ],
    };
    const ok = await app.inject({ method: 'PUT', url: `/api/chains/${ids.chain}`, payload: added });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().steps).toHaveLength(3);
    const stale = await app.inject({
      method: 'PUT',
      url: `/api/chains/${ids.chain}`,
      payload: { ...added, steps: body.steps },
    });
    expect(stale.statusCode).toBe(412);
    const after = (await app.inject({ method: 'GET', url: `/api/chains/${ids.chain}` })).json();
    expect(after.steps).toHaveLength(3);
    expect(after.version).toBe(2);
  });

  it('keeps a service that a chain uses from being deleted', async () => {
    const res = await app.inject({ method: 'DELETE', url: `/api/services/${ids.rehab}` });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/step 2 of chain "Hip fracture"/);
    const pkg = await app.inject({ method: 'DELETE', url: `/api/packages/${ids.package}` });
    expect(pkg.statusCode).toBe(409);
    const orphan = await app.inject({ method: 'DELETE', url: `/api/services/${ids.orphan}` });
    expect(orphan.statusCode).toBe(204);
  });
});
