export * from './api';
export * from './schemas';
export * from './hours';
export * from './hours-schemas';
export * from './identity';
export * from './identity-schemas';
export * from './team';
export * from './team-schemas';
