import {
  EXIT,
  exitCodeFor,
  formatError,
  main
} from "./chunk-65XD2MY5.js";
import {
  requireOccupationCode,
  suggestTitles
} from "./chunk-WD3EX5FT.js";
import "./chunk-BPJ5LWTF.js";
import "./chunk-4N4XA4QS.js";
import {
  CliUsageError
} from "./chunk-5HVIVQ3A.js";
import "./chunk-SEOI6WVD.js";
export {
  CliUsageError,
  EXIT,
  exitCodeFor,
  formatError,
  main,
  requireOccupationCode,
  suggestTitles
};
//# sourceMappingURL=index.js.map