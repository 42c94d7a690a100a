/** English messages of the people query (P5: filters, saved filters); spread into en.ts. */
export const en_query: Record<string, string> = {
  'query.filters': 'Filter people',
  'query.certState': 'Certificate state',
  'query.noCert': 'No certificate',
  'query.countFiltered': '{n} people (filtered)',
  'query.clear': 'Clear filters',
  'query.saved': 'Saved filters',
  'query.save': 'Save as filter',
  'query.name': 'Filter name',
  'query.rename': 'Rename “{name}”',
  'query.delete': 'Delete “{name}”',
  'v.query.nameTaken': 'A saved filter with this name exists',
  'v.query.tooMany': 'At most {max} saved filters; delete one first',
  'v.query.empty': 'Set some conditions before saving',
};
