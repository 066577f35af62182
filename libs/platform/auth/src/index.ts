export * from './password';
export * from './tokens';
export * from './sessions';
export * from './login-throttle';
export * from './account-tokens';
export * from './auth.router';
export * from './users.router';
