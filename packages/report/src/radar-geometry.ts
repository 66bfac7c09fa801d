/**
 * Where a value sits on a radar chart: axis `index` of `count`, the first
 * pointing straight up and the rest clockwise, at `value` of 0-100 along a
 * radius of `radius` points. PDF y grows downwards in pdfkit's space.
 *
 * @example
 * radarPoint({ x: 100, y: 100 }, 50, 0, 4, 100) // => [100, 50]
 * radarPoint({ x: 100, y: 100 }, 50, 1, 4, 50)  // => [125, 100]
 */
export function radarPoint(center: { x: number; y: number }, radius: number, index: number, count: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (radius * Math.max(0, Math.min(100, value))) / 100;
  // Rounded so that tiny floating-point noise never changes the file.
  return [round(center.x + r * Math.cos(angle)), round(center.y + r * Math.sin(angle))];
}

export function radarPolygon(center: { x: number; y: number }, radius: number, values: number[]): [number, number][] {
  return values.map((value, i) => radarPoint(center, radius, i, values.length, value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
