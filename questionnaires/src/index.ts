export { loadQuestionnaire, QuestionnaireLoadError } from './load-questionnaire';
export {
  bundledQuestionnaire,
  bundledMajorVersions,
  bundledVersionDirectory,
  bundledExamplesDirectory,
  questionnairesRoot,
} from './bundled';
