import { z } from 'zod';
import { ONET_SOC_PATTERN, SOC_PATTERN } from './occupation-code.js';

/** Zod schema of a SOC 2018 detailed code such as `29-2072`. */
export const SocCodeSchema = z.string().regex(SOC_PATTERN, 'expected a SOC 2018 detailed code like 29-2072');
/** Zod schema of an O*NET-SOC code such as `29-2072.00`. */
export const OnetSocCodeSchema = z
  .string()
  .regex(ONET_SOC_PATTERN, 'expected an O*NET-SOC code like 29-2072.00');
/** Zod schema of either kind of occupation code. */
export const OccupationCodeSchema = z.union([SocCodeSchema, OnetSocCodeSchema]);
