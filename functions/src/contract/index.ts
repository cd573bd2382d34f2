export * from './api';
export * from './schemas';
export * from './hours';
export * from './hours-schemas';
