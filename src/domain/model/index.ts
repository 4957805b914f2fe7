export * from './cell';
export * from './value';
export * from './scheme';
export * from './warning';
export * from './input';
export * from './report';
