import type { DossierService, Services } from '../../../../app/services';

const loaded = new WeakMap<Services, Promise<DossierService>>();

/** The dossier service (writes and the catalog), loaded when first needed and shared by the page's sections. */
export function dossierService(services: Services): Promise<DossierService> {
  let p = loaded.get(services);
  if (!p) {
    p = services.people.dossier();
    loaded.set(services, p);
    p.catch(() => loaded.delete(services));
  }
  return p;
}
