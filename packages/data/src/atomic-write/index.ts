export { type AtomicFile, type AtomicWriteOptions, openAtomicFile } from './atomic-file.js';
export { type AtomicWriteData, writeFileAtomic } from './write-file-atomic.js';
