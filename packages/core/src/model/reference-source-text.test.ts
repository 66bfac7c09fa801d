import { describe, expect, it } from 'vitest';
import { publishedReferenceSchema } from './reference-schema';
import { referenceSourceShortText, referenceSourceText } from './reference-source-text';

describe('referenceSourceText', () => {
  it('prints the year only when the source states one, and the study when the article names it', () => {
    const dated = { publisher: 'Ventana Research', author: 'Richard Snow', title: 'Research Reveals Challenge of Building Customer Relationships', year: 2012, study: 'benchmark research into customer relationship maturity', seed: '000' };
    expect(referenceSourceText(dated)).toBe(
      'Richard Snow, Ventana Research, Research Reveals Challenge of Building Customer Relationships (2012); from benchmark research into customer relationship maturity',
    );
    expect(referenceSourceShortText(dated)).toBe('Ventana Research 2012');
    const undated = { publisher: 'Ventana Research', title: 'The Collaborative Enterprise to Support Customer Interactions', seed: '004' };
    expect(referenceSourceText(undated)).toBe('Ventana Research, The Collaborative Enterprise to Support Customer Interactions (no date given)');
    expect(referenceSourceShortText(undated)).toBe('Ventana Research');
  });
});

describe('publishedReferenceSchema', () => {
  const source = { publisher: 'Ventana Research', title: 'An article', seed: '004' };

  it('accepts a source without a year and a reference with a caveat', () => {
    const parsed = publishedReferenceSchema.parse({ statistic: 'share', value: 26, finding: 'of organizations have twenty or more sources', match: { atLeast: 20 }, source, caveat: 'From a different study.' });
    expect(parsed.source.year).toBeUndefined();
    expect(parsed.caveat).toBe('From a different study.');
  });

  it('still rejects a share with a figure but no match, and an empty caveat', () => {
    expect(publishedReferenceSchema.safeParse({ statistic: 'share', value: 21, finding: 'f', source }).error?.issues.map((i) => i.path.join('.'))).toEqual(['match']);
    expect(publishedReferenceSchema.safeParse({ statistic: 'share', value: null, finding: 'f', source, caveat: '' }).success).toBe(false);
  });
});
