export {
  BLS_ANNUAL_OPENINGS_ID,
  BLS_EMPLOYMENT_CHANGE_ID,
  BLS_LICENCE,
  BLS_PROJECTIONS_CITATION,
  BLS_PROJECTIONS_VINTAGE,
  blsEmploymentChangeDescriptor,
  blsOpeningsDescriptor,
  blsProjectionsDescriptor,
} from '../bls-projections/bls-projections-descriptors.js';
export {
  type BlsOpeningsCrossCheck,
  type BlsOpeningsMismatch,
  crossCheckBlsOpenings,
} from '../bls-projections/cross-check-bls-openings.js';
export { employmentFactsOf } from '../bls-projections/employment-facts-of.js';
export { loadBlsOpeningsTable, loadBlsProjections } from '../bls-projections/load-bls-projections.js';
export {
  BLS_OPENINGS_COLUMNS,
  BLS_OPENINGS_SHEET,
  BLS_SEPARATIONS_OPENINGS_ID,
  type BlsOpeningsRecord,
  parseBlsOpeningsTable,
} from '../bls-projections/parse-bls-openings-table.js';
export {
  BLS_PROJECTIONS_COLUMNS,
  BLS_PROJECTIONS_SHEET,
  type BlsProjectionRecord,
  parseBlsProjections,
} from '../bls-projections/parse-bls-projections.js';
export {
  BLS_MISSING,
  BLS_PROJECTIONS_ID,
  type BlsMatrixRowIdentity,
  type BlsOccupationType,
} from '../bls-projections/read-bls-matrix-table.js';
export { selectBlsAnnualOpenings, selectBlsEmploymentChange } from '../bls-projections/select-bls-scoring-values.js';
export { loadOews } from '../bls-oews/load-oews.js';
export {
  OEWS_ID,
  OEWS_MAY_2024_TOP_CODES,
  OEWS_NOTES_SHEET,
  OEWS_SHEET,
  type OewsGroup,
  type OewsRecord,
  type OewsTopCodes,
  parseOews,
  selectOewsDetailed,
} from '../bls-oews/parse-oews.js';
export { loadSocDefinitions2018, loadSocStructure2018 } from '../soc-2018/load-soc-2018.js';
export {
  parseSocDefinitions2018,
  SOC_DEFINITIONS_SHEET,
  type SocDefinitionRecord,
} from '../soc-2018/parse-soc-definitions-2018.js';
export {
  parseSocStructure2018,
  SOC_STRUCTURE_SHEET,
  type SocStructureRecord,
} from '../soc-2018/parse-soc-structure-2018.js';
export { SOC_2018_ID, SOC_LEVEL_PATTERNS, type SocLevel } from '../soc-2018/soc-2018-descriptor.js';
export {
  composeCrosswalks,
  type Crosswalk,
  type CrosswalkLink,
  type CrosswalkPair,
  createCrosswalk,
  createCrosswalkFromMembers,
  crosswalkLinks,
} from '../crosswalks/crosswalk.js';
export {
  loadIscoToSoc2010Crosswalk,
  loadNemOnetToSocCrosswalk,
  loadSoc2010To2018Crosswalk,
} from '../crosswalks/load-crosswalks.js';
export {
  ISCO_TO_SOC_2010_ID,
  ISCO_TO_SOC_2010_SHEET,
  parseIscoToSoc2010Crosswalk,
} from '../crosswalks/parse-isco-to-soc-2010-crosswalk.js';
export {
  MATRIX_AGGREGATE_CODES,
  matrixAggregateMembers,
  NEM_ONET_TO_SOC_ID,
  NEM_ONET_TO_SOC_SHEET,
  type NemCrosswalkRecord,
  parseNemOnetToSocCrosswalk,
} from '../crosswalks/parse-nem-onet-to-soc-crosswalk.js';
export {
  parseSoc2010To2018Crosswalk,
  SOC_2010_TO_2018_ID,
} from '../crosswalks/parse-soc-2010-to-2018-crosswalk.js';
