import { useEffect, useState } from 'react';
import { api } from '../../api.js';
import type { UiLanguage } from '../../i18n/index.js';
import type { Municipality } from '../../types.js';

let cache: Promise<Municipality[]> | null = null;

/** The municipalities of the county's region (Kanta-Häme), loaded once. */
export function useMunicipalities(): Municipality[] {
  const [items, setItems] = useState<Municipality[]>([]);
  useEffect(() => {
    let current = true;
    cache ??= api.municipalities().catch((e) => {
      cache = null;
      throw e;
    });
    cache.then(
      (rows) => current && setItems(rows),
      () => current && setItems([]),
    );
    return () => {
      current = false;
    };
  }, []);
  return items;
}

/** A municipality's name in Finnish or Swedish (English uses the Finnish name), else its code. */
export function municipalityName(code: string, all: Municipality[], lang: UiLanguage): string {
  const m = all.find((x) => x.code === code);
  if (!m) return code;
  return lang === 'sv' ? m.name.sv || m.name.fi : m.name.fi;
}
