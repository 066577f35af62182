export * from './file-storage';
export * from './stored-files';
export * from './sniff-type';
export * from './render-pdf';
