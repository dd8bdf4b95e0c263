/** The curriculum frameworks of the map, in column order (teacher notes `curriculum`). */
export const FRAMEWORKS = ['evras', 'flanders', 'unesco', 'fwbMedia'] as const;

/** A curriculum framework of the map. */
export type Framework = (typeof FRAMEWORKS)[number];

/** The teacher's choice on the curriculum map; an empty value means "all". */
export interface MapFilter {
  band: string;
  framework: string;
}

/** Whether a lesson's row shows: its band is the chosen one, or no band is chosen. */
export const rowShown = (rowBand: string, filter: MapFilter): boolean => filter.band === '' || rowBand === filter.band;

/** Whether a framework's column shows: it is the chosen one, or no framework is chosen. */
export const columnShown = (column: string, filter: MapFilter): boolean => filter.framework === '' || column === filter.framework;
