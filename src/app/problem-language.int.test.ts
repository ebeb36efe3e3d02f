import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/http.js';

/**
 * Problem Details in the language the caller asks for (Accept-Language): Finnish and Swedish
 * answers for field errors, schema errors, 412, 404 and 409, with Content-Language saying
 * which. English stays the default.
 */
let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, close } = await createTestApp({ asPlanner: true }));
});
afterAll(async () => close());

type Lang = 'fi' | 'sv' | 'en';
const headers = (lang?: string) => (lang ? { 'accept-language': lang } : {});
const post = (url: string, payload: unknown, lang?: string) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers: headers(lang) });
const put = (url: string, payload: unknown, lang?: string) =>
  app.inject({ method: 'PUT', url, payload: payload as object, headers: headers(lang) });
const get = (url: string, lang?: string) => app.inject({ method: 'GET', url, headers: headers(lang) });
const del = (url: string, lang?: string) => app.inject({ method: 'DELETE', url, headers: headers(lang) });

const producerBody = (over: Record<string, unknown> = {}) => ({
  name: 'Kielitestin Hoiva Oy',
  kind: 'private_company',
  businessId: null,
  oid: null,
  ...over,
});

const serviceBody = (over: Record<string, unknown> = {}) => ({
  name: { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' },
  sector: 'social',
  level: 'basic',
  classification: null,
  deliveryUnit: 'visit',
  unitPrice: 48.5,
  ...over,
});

function expectProblem(
  res: Awaited<ReturnType<typeof get>>,
  status: number,
  lang: Lang,
  title: string,
): Record<string, unknown> & { detail: string; errors?: { field: string; message: string; code: string }[] } {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.headers['content-language']).toBe(lang);
  const body = res.json();
  expect(body).toMatchObject({ status, title });
  return body;
}

describe('field errors of the domain rules', () => {
  it('explains an invalid Business ID in Finnish and Swedish', async () => {
    const bad = producerBody({ businessId: '2606155-8' });
    const fi = expectProblem(
      await post('/api/producers', bad, 'fi-FI,fi;q=0.9,en;q=0.5'),
      422,
      'fi',
      'Tietoja ei voitu käsitellä',
    );
    expect(fi.detail).toBe('Pyynnön tiedoissa on virheitä. Katso kenttäkohtaiset virheet.');
    expect(fi.errors).toEqual([
      {
        field: '/businessId',
        code: 'producer.businessIdInvalid',
        message:
          '"2606155-8" ei ole kelvollinen Y-tunnus. Y-tunnuksessa on 7 numeroa, väliviiva ja tarkistusnumero, esimerkiksi 2606155-7.',
      },
    ]);
    const sv = expectProblem(
      await post('/api/producers', bad, 'sv-FI'),
      422,
      'sv',
      'Uppgifterna kunde inte behandlas',
    );
    expect(sv.errors?.[0]).toMatchObject({ field: '/businessId', code: 'producer.businessIdInvalid' });
    expect(sv.errors?.[0]?.message).toMatch(/^"2606155-8" är inte ett giltigt FO-nummer\./);
  });

  it('explains a negative price in Finnish and Swedish, and in English by default', async () => {
    const fi = expectProblem(
      await post('/api/services', serviceBody({ unitPrice: -1 }), 'fi'),
      422,
      'fi',
      'Tietoja ei voitu käsitellä',
    );
    expect(fi.errors).toEqual([
      { field: '/unitPrice', code: 'price.negative', message: 'Hinta ei voi olla negatiivinen.' },
    ]);
    const sv = expectProblem(
      await post('/api/services', serviceBody({ unitPrice: -1 }), 'sv'),
      422,
      'sv',
      'Uppgifterna kunde inte behandlas',
    );
    expect(sv.errors).toEqual([
      { field: '/unitPrice', code: 'price.negative', message: 'Priset kan inte vara negativt.' },
    ]);
    for (const lang of [undefined, 'de-DE,de;q=0.9']) {
      const en = expectProblem(
        await post('/api/services', serviceBody({ unitPrice: -1 }), lang),
        422,
        'en',
        'Unprocessable Content',
      );
      expect(en.errors).toEqual([
        { field: '/unitPrice', code: 'price.negative', message: 'A price cannot be negative.' },
      ]);
    }
  });
});

describe('schema errors', () => {
  it('names an unknown field in Finnish and Swedish', async () => {
    const fi = expectProblem(
      await post('/api/producers', producerBody({ nmae: 'typo' }), 'fi'),
      400,
      'fi',
      'Virheellinen pyyntö',
    );
    expect(fi.detail).toMatch(/^Pyyntö ei vastaa rajapinnan kuvausta\./);
    expect(fi.errors).toContainEqual({
      field: '/nmae',
      code: 'schema.unknownField',
      message:
        'Tuntematon kenttä "nmae": poista se (tarkista kirjoitusasu rajapinnan kuvauksesta osoitteessa /docs).',
    });
    const sv = expectProblem(
      await post('/api/producers', producerBody({ nmae: 'typo' }), 'sv'),
      400,
      'sv',
      'Felaktig begäran',
    );
    expect(sv.errors).toContainEqual({
      field: '/nmae',
      code: 'schema.unknownField',
      message: 'Okänt fält "nmae": ta bort det (kontrollera stavningen mot API-beskrivningen på /docs).',
    });
  });

  it('explains a wrong type, a missing field and the allowed values', async () => {
    const { name: _n, ...noName } = producerBody();
    const res = expectProblem(
      await post('/api/producers', { ...noName, kind: 'pharmacy', businessId: 42 }, 'fi'),
      400,
      'fi',
      'Virheellinen pyyntö',
    );
    expect(res.errors).toEqual(
      expect.arrayContaining([
        { field: '/name', code: 'schema.required', message: 'Tieto "name" on pakollinen.' },
        {
          field: '/kind',
          code: 'schema.enum',
          message: expect.stringMatching(
            /^Arvon on oltava jokin seuraavista: county_business_unit, sote_centre/,
          ),
        },
        {
          field: '/businessId',
          code: 'schema.types',
          message: 'Arvon on oltava jotakin seuraavista tyypeistä: merkkijono, tyhjä (null).',
        },
      ]),
    );
    expect(res.errors).toHaveLength(3);
  });
});

describe('versions, missing records and records in use', () => {
  it('refuses a stale update (412) in Finnish and Swedish', async () => {
    const p = (await post('/api/producers', producerBody({ name: 'Versio Oy' }))).json();
    expect(
      (await put(`/api/producers/${p.id}`, { ...producerBody({ name: 'Versio 2 Oy' }), version: 1 }))
        .statusCode,
    ).toBe(200);
    const stale = { ...producerBody({ name: 'Kadonnut' }), version: 1 };
    const fi = expectProblem(
      await put(`/api/producers/${p.id}`, stale, 'fi'),
      412,
      'fi',
      'Ennakkoehto ei täyty',
    );
    expect(fi).toMatchObject({ code: 'stale-version' });
    expect(fi.detail).toBe(
      `Palveluntuottajan ${p.id} tietoja on muutettu: lähetit version 1, mutta nykyinen versio on 2. ` +
        'Lataa tiedot uudelleen ja tee muutoksesi uudestaan.',
    );
    const sv = expectProblem(
      await put(`/api/producers/${p.id}`, stale, 'sv'),
      412,
      'sv',
      'Förhandsvillkoret uppfylls inte',
    );
    expect(sv.detail).toBe(
      `Tjänsteproducenten ${p.id} har ändrats: du skickade version 1, men den aktuella versionen är 2. ` +
        'Ladda om uppgifterna och gör din ändring på nytt.',
    );
    const en = expectProblem(await put(`/api/producers/${p.id}`, stale), 412, 'en', 'Precondition Failed');
    expect(en.detail).toMatch(/version 1 but it is now version 2/);
  });

  it('answers 404 in Finnish and Swedish, for a record and for a route', async () => {
    const fi = expectProblem(await get('/api/services/nope', 'fi'), 404, 'fi', 'Ei löytynyt');
    expect(fi).toMatchObject({ code: 'not-found', detail: 'Palvelua nope ei löydy.' });
    const sv = expectProblem(await get('/api/services/nope', 'sv'), 404, 'sv', 'Hittades inte');
    expect(sv).toMatchObject({ code: 'not-found', detail: 'Tjänsten nope finns inte.' });
    const route = expectProblem(await get('/api/nothing-here', 'fi'), 404, 'fi', 'Ei löytynyt');
    expect(route).toMatchObject({
      code: 'no-route',
      detail:
        'Rajapinnassa ei ole toimintoa GET /api/nothing-here. Katso rajapinnan kuvaus osoitteessa /docs.',
    });
  });

  it('refuses to delete a service in use (409), naming the package in the language asked for', async () => {
    const service = await post('/api/services', serviceBody());
    expect(service.statusCode).toBe(201);
    const pkg = await post('/api/packages', {
      name: { fi: 'Ikäihmisten palvelut', sv: 'Tjänster för äldre', en: 'Services for older people' },
      clientGroup: 'older_people_carers',
      services: [{ serviceId: service.json().id, note: '' }],
      interfaces: [],
    });
    expect(pkg.statusCode).toBe(201);
    const url = `/api/services/${service.json().id}`;
    const fi = expectProblem(await del(url, 'fi'), 409, 'fi', 'Ristiriita');
    expect(fi).toMatchObject({ code: 'conflict' });
    expect(fi.detail).toBe(
      'Palvelua "Kotihoito" ei voi poistaa, koska se on käytössä: palvelukokonaisuus "Ikäihmisten palvelut". ' +
        'Poista palvelu sen sijaan käytöstä (aseta "active"-kentän arvoksi false) tai poista se ensin näistä.',
    );
    const sv = expectProblem(await del(url, 'sv'), 409, 'sv', 'Konflikt');
    expect(sv.detail).toBe(
      'Tjänsten "Hemvård" kan inte raderas eftersom den används: tjänstehelhet "Tjänster för äldre". ' +
        'Ta i stället tjänsten ur bruk (sätt fältet "active" till false) eller ta först bort den från dessa.',
    );
    const en = expectProblem(await del(url), 409, 'en', 'Conflict');
    expect(en.detail).toMatch(
      /^Service "Home care" is used by package "Services for older people"; it cannot be deleted\./,
    );
    expect((await get(url)).statusCode).toBe(200);
  });

  it('refuses to delete a producer with units (409) in Finnish and Swedish', async () => {
    const producer = (await post('/api/producers', producerBody({ name: 'Toimipisteellinen Oy' }))).json();
    const unit = await post('/api/units', {
      producerId: producer.id,
      name: 'Forssan toimipiste',
      streetAddress: 'Hämeentie 1',
      postalCode: '30100',
      phone: null,
      openingHours: [],
      languages: ['fi'],
    });
    expect(unit.statusCode).toBe(201);
    const fi = expectProblem(await del(`/api/producers/${producer.id}`, 'fi'), 409, 'fi', 'Ristiriita');
    expect(fi.detail).toMatch(
      /^Palveluntuottajaa "Toimipisteellinen Oy" ei voi poistaa, koska se on käytössä: toimipisteet \(1 kpl\)\./,
    );
    const sv = expectProblem(await del(`/api/producers/${producer.id}`, 'sv'), 409, 'sv', 'Konflikt');
    expect(sv.detail).toMatch(
      /^Tjänsteproducenten "Toimipisteellinen Oy" kan inte raderas eftersom den används: verksamhetsställen \(1 st\.\)\./,
    );
  });
});

describe('requests refused before any route runs', () => {
  it('explains malformed JSON in the language asked for', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/producers',
      payload: '{"name":',
      headers: { 'content-type': 'application/json', 'accept-language': 'sv' },
    });
    const sv = expectProblem(res, 400, 'sv', 'Felaktig begäran');
    expect(sv.detail).toBe('Begärans innehåll är inte giltig JSON.');
  });
});
