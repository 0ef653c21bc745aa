import { z } from 'zod';
import type { SourceDescriptor, SourceFile } from './source-descriptor.js';

/** Zod schema of {@link SourceFile}. */
export const SourceFileSchema = z.object({
  /** The path relative to the data mirror. */
  path: z.string().min(1),
  /** The lowercase hex sha256 of the file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex sha256'),
  /** The file size in bytes. */
  bytes: z.number().int().nonnegative().exactOptional(),
}) satisfies z.ZodType<SourceFile>;

/** Zod schema of {@link SourceDescriptor}. */
export const SourceDescriptorSchema = z.object({
  /** A stable kebab-case id. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  /** A short human label. */
  label: z.string().min(1),
  /** The full citation. */
  citation: z.string().min(1),
  /** The vintage of the data. */
  vintage: z.string().min(1),
  /** The licence as stated by the publisher. */
  licence: z.string().min(1),
  /** What a higher value means. */
  direction: z.literal(['higher-is-more-exposed', 'higher-is-more-resilient']),
  /** The code system of the values. */
  codeSystem: z.literal([
    'soc-2018',
    'onet-soc-2019',
    'onet-soc-2010',
    'soc-2010',
    'soc-2010-minor-group',
    'bls-matrix',
    'isco-08',
    'census-2018',
    'onet-task',
  ]),
  /** The files the values were read from. */
  files: z.array(SourceFileSchema),
  /** `true` when the values are an open proxy. */
  proxy: z.boolean().exactOptional(),
  /** Free-text notes. */
  notes: z.string().exactOptional(),
  /** Options the source was built with. */
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).exactOptional(),
}) satisfies z.ZodType<SourceDescriptor>;
