import {
  MethodologyError
} from "./chunk-VABRXRSJ.js";

// ../core/src/validate-methodology-against-dataset.ts
function validateMethodologyAgainstDataset(methodology, dataset) {
  const issues = [];
  const available = Object.keys(dataset.sources ?? {}).sort();
  methodology.dimensions.forEach((dimension, d) => {
    dimension.sources.forEach((source, s) => {
      const path = `dimensions[${d}].sources[${s}]`;
      if (!Object.hasOwn(dataset.sources ?? {}, source.id)) {
        issues.push({
          path: `${path}.id`,
          message: `source ${JSON.stringify(source.id)} is not in the dataset (it has: ${available.join(", ") || "none"})`
        });
        return;
      }
      const direction = dataset.sources[source.id].descriptor?.direction;
      if (direction !== void 0 && direction !== source.direction) {
        issues.push({
          path: `${path}.direction`,
          message: `source ${JSON.stringify(source.id)} is ${source.direction} here but ${direction} in the dataset's descriptor`
        });
      }
    });
  });
  if (issues.length > 0)
    throw new MethodologyError(issues, `methodology for dataset ${JSON.stringify(dataset.label)}`);
}

// ../core/src/methodology.ts
var DEFAULT_DISPERSION_THRESHOLDS = Object.freeze([
  0.1,
  0.2,
  0.3,
  0.4
]);
function methodologySourceIds(methodology) {
  return [
    ...new Set(methodology.dimensions.flatMap((dimension) => dimension.sources.map((source) => source.id)))
  ];
}

export {
  validateMethodologyAgainstDataset,
  DEFAULT_DISPERSION_THRESHOLDS,
  methodologySourceIds
};
//# sourceMappingURL=chunk-I7RKLA7A.js.map