// Importing each domain registers its types on the builder; the order does not matter.
import { builder } from '../builder';
import './questionnaire';
import './organization';
import './assessment';
import './result';
import './release';
import './cohort';
import './dataset';
import './user';
import './api-token';
import './score-file';

export const schema = builder.toSchema({ sortSchema: true });
