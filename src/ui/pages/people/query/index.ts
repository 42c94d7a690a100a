/** The people query's parts of the people list (P5), loaded together on demand. */
export { QueryFilters } from './QueryFilters';
export { SavedQueries } from './SavedQueries';
