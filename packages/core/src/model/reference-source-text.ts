import type { ReferenceSource } from './reference-schema';

/**
 * A source as one line of text: author, publisher, title, the year only
 * when the source states one, and the study the figure is credited to when
 * the article names it. What the API and the report print for a source.
 *
 * @example
 * referenceSourceText({ publisher: 'Ventana Research', author: 'Richard Snow', title: 'The Collaborative Enterprise to Support Customer Interactions', seed: '004' })
 * // => 'Richard Snow, Ventana Research, The Collaborative Enterprise to Support Customer Interactions (no date given)'
 */
export function referenceSourceText(source: ReferenceSource): string {
  const author = source.author ? `${source.author}, ` : '';
  const study = source.study ? `; from ${source.study}` : '';
  return `${author}${source.publisher}, ${source.title} (${source.year ?? 'no date given'})${study}`;
}

/**
 * The short form for narrow table cells: publisher and year, or the
 * publisher alone when the source gives no year.
 *
 * @example
 * referenceSourceShortText({ publisher: 'Ventana Research', title: 'Research Reveals Challenge of Building Customer Relationships', year: 2012, seed: '000' })
 * // => 'Ventana Research 2012'
 */
export function referenceSourceShortText(source: ReferenceSource): string {
  return source.year === undefined ? source.publisher : `${source.publisher} ${source.year}`;
}
