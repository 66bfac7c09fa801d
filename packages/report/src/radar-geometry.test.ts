import { describe, expect, it } from 'vitest';
import { radarPoint, radarPolygon } from './radar-geometry';

describe('radarPoint', () => {
  const center = { x: 100, y: 100 };
  it('puts the first axis straight up and the others clockwise', () => {
    expect(radarPoint(center, 50, 0, 4, 100)).toEqual([100, 50]);
    expect(radarPoint(center, 50, 1, 4, 50)).toEqual([125, 100]);
    expect(radarPoint(center, 50, 2, 4, 100)).toEqual([100, 150]);
    expect(radarPoint(center, 50, 3, 4, 20)).toEqual([90, 100]);
  });

  it('clamps values to 0-100', () => {
    expect(radarPoint(center, 50, 0, 4, 140)).toEqual([100, 50]);
    expect(radarPoint(center, 50, 0, 4, -5)).toEqual([100, 100]);
  });

  it('makes one vertex per value', () => {
    expect(radarPolygon(center, 10, [100, 100, 100, 100])).toEqual([
      [100, 90],
      [110, 100],
      [100, 110],
      [90, 100],
    ]);
  });
});
