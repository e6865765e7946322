// The screening module's public surface: screen a comment, read the editable term lists.
// Phases and their helpers are internal; pages and actions import from here.
export { screenComment } from './pipeline';
export {
  getTermLists,
  loadTermCatalog,
  loadTermLists,
  type TermCatalog,
  type TermCatalogResult,
  type TermListsResult,
} from './terms';
export {
  flagCategories,
  rejectionCategories,
  type Flag,
  type FlagCategory,
  type GuidelineCategory,
  type PhaseResult,
  type RejectionCategory,
  type ScreeningContext,
  type TermLists,
  type Verdict,
} from './types';
