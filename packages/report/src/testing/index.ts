export * from './example-inputs';
export { readPng, inkShare, type Png } from './read-png';
export { pdfPagesText, renderPagesPng, squash } from './pdf-tools';
