export * from './locales';
export * from './format';
export * from './create-i18n';
export * from './validation-messages';
export * from './paris-time';
