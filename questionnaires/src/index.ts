export { loadQuestionnaire } from './load-questionnaire';
export {
  bundledQuestionnaire,
  bundledMajorVersions,
  bundledVersionDirectory,
  bundledExamplesDirectory,
  questionnairesRoot,
} from './bundled';
