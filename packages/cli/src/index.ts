/** Placeholder: see the issue tracker. */
export const PACKAGE_NAME = '@airesilience/cli';
