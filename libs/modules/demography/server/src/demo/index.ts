export { demoExtractDate, generateRppsLines, type DemoRppsOptions } from './generate-rpps-lines';
export { writeRppsFile, type WrittenRppsFile } from './write-rpps-file';
export { metropolitanDepartementCodes } from './demo-geography';
