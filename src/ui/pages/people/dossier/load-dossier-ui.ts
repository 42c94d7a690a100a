/** The dossier's record sections and certificate scans, as one module loaded on first use (kept out of the initial bundle). */
export type DossierUi = typeof import('./index');

let ui: Promise<DossierUi> | undefined;

/** Loads the dossier sections once; every later call gets the same module. */
export function loadDossierUi(): Promise<DossierUi> {
  ui ??= import('./index');
  ui.catch(() => (ui = undefined));
  return ui;
}
