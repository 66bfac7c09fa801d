export { renderReport } from './render-report';
export { assembleReportInput } from './assemble-report-input';
export type { ReportInput } from './report-input';
export { executiveNarrative } from './executive-narrative';
export { toWinAnsi, isWinAnsi } from './win-ansi-text';
export { cohortBand, type CohortBand } from './cohort-band';
export { radarPoint, radarPolygon } from './radar-geometry';
export { radarBox } from './pages/radar-page';
export { formatScore, formatGain, formatShare, formatPercentile, formatCount, formatDate, ordinal } from './format-numbers';
