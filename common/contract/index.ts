/**
 * The whole contract in one import, for the server, tests and scripts. It carries zod:
 * the widget imports the dependency-free files (api.ts, hours.ts, limits.ts,
 * widget-routes.ts …) one by one instead, and their types with `import type`.
 */
export * from './account-schemas';
export * from './analytics';
export * from './analytics-schemas';
export * from './api';
export * from './help';
export * from './help-routes';
export * from './help-schemas';
export * from './hours';
export * from './hours-schemas';
export * from './identity';
export * from './identity-schemas';
export * from './limits';
export * from './routes';
export * from './schemas';
export * from './team';
export * from './team-schemas';
export * from './visits';
export * from './visits-schemas';
export * from './widget-routes';
