/** The CSV cell for "not applicable". */
export const notApplicableCell = 'n/a';
/** The CSV cell for a multiple-choice answer with nothing selected (empty means unanswered). */
export const nothingSelectedCell = '-';
