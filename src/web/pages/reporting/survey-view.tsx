// The SurveyJS renderer (survey-react-ui), in its own lazily loaded chunk: the library is ~1.8 MB,
// so only the pages that show a questionnaire load it. Fontless CSS (the default one fetches Google
// Fonts) and the Swedish strings; our own properties registered as on the server.
import { useEffect, useMemo, useRef } from 'react';
import {
  BaseTheme,
  createBoxShadowReset,
  CustomError,
  Model,
  QuestionSelectBase,
  SvgRegistry,
} from 'survey-core';
import 'survey-core/i18n/swedish';
import 'survey-core/survey-core.fontless.css';
import { Survey } from 'survey-react-ui';
import { registerSurveyProperties } from '../../../domain/reporting/check-report';
import type { SurveyJson } from '../../../domain/reporting/form-model';

export interface SurveyViewProps {
  survey: SurveyJson;
  answers: Record<string, unknown>;
  /** `received_kr`, `used_kr`, `unused_kr`: what the questionnaire's conditions may use. */
  variables: Record<string, number | undefined>;
  language: 'sv' | 'en';
  readOnly?: boolean;
  /** What the last attempt to submit found wrong, by question name: said at the question. */
  errors?: Record<string, string>;
  onChange?(answers: Record<string, unknown>): void;
}

export default function SurveyView({
  survey,
  answers,
  variables,
  language,
  readOnly,
  errors,
  onChange,
}: SurveyViewProps) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const model = useMemo(() => createModel(survey), [survey]);
  useEffect(() => listen(model, (data) => onChangeRef.current?.(data)), [model]);
  useEffect(() => setAnswers(model, answers), [model, answers]);
  useEffect(() => setVariables(model, variables), [model, variables]);
  useEffect(() => setMode(model, language, readOnly === true), [model, language, readOnly]);
  useEffect(() => setErrors(model, errors ?? {}), [model, errors]);
  return <Survey model={model} />;
}

// The Content Security Policy allows no inline style (style-src 'self'). SurveyJS would write its
// theme's variables into <style> elements: they go on the survey's root element through the DOM
// instead (React's style property), with the box-shadow resets it would compute from them.
const BOX_SHADOW_VARIABLES = [
  '--sjs2-border-effect-surface-default',
  '--sjs2-border-effect-surface-focused',
  '--sjs2-border-effect-component-formbox-default',
  '--sjs2-border-effect-component-formbox-focused',
];
function themeWithoutStyleElements() {
  const cssVariables: Record<string, string> = { ...BaseTheme.cssVariables };
  for (const name of BOX_SHADOW_VARIABLES) {
    const boxShadow = cssVariables[name];
    if (boxShadow !== undefined) cssVariables[`${name}-reset`] = createBoxShadowReset(boxShadow);
  }
  return { ...BaseTheme, cssVariables };
}

// Its icon sheet is written into the page as markup; the one icon with a style attribute (the
// timer's, not used here) would be refused by the policy.
function iconsWithoutStyleAttributes(): void {
  for (const [id, symbol] of Object.entries(SvgRegistry.icons))
    SvgRegistry.icons[id] = symbol.replace(/\sstyle="[^"]*"/g, '');
}

function createModel(survey: SurveyJson): Model {
  registerSurveyProperties();
  iconsWithoutStyleAttributes();
  const model = new Model(survey);
  model.generateStylesheet = false;
  model.applyTheme(themeWithoutStyleElements());
  // A questionnaire of several pages is paged through with Previous / Next (never a check that
  // stops the page from changing: the report is saved as typed and checked on submission). It is
  // never "completed" here: the page's own button submits the report.
  model.showNavigationButtons = survey.pages.length > 1;
  model.showCompleteButton = false;
  model.validationAllowSwitchPages = true;
  model.showCompletedPage = false;
  // Free text is at most 10 000 characters (the server refuses a longer one).
  model.maxTextLength = 10_000;
  model.checkErrorsMode = 'onValueChanged';
  labelOtherComments(model);
  return model;
}

// SurveyJS gives the text box of an "Other (describe)" choice no accessible name when its
// question has a title (it expects the title to label the group, but the box is outside it): name
// it after the question and the choice, so a screen reader says what to write there.
function labelOtherComments(model: Model): void {
  for (const question of model.getAllQuestions()) {
    if (!(question instanceof QuestionSelectBase)) continue;
    const commentArea = question.getCommentTextAreaModel.bind(question);
    question.getCommentTextAreaModel = (item) => {
      const area = commentArea(item);
      if (area && !area.ariaLabel)
        Object.defineProperty(area, 'ariaLabel', {
          get: () => `${question.processedTitle}: ${item.text}`,
          configurable: true,
        });
      return area;
    };
  }
}

function listen(model: Model, onChange: (answers: Record<string, unknown>) => void): () => void {
  const handler = (sender: Model) => onChange({ ...sender.data });
  model.onValueChanged.add(handler);
  return () => model.onValueChanged.remove(handler);
}

/** Answers from outside (a restored local copy, the server's version after a conflict). */
function setAnswers(model: Model, answers: Record<string, unknown>): void {
  if (JSON.stringify(model.data) !== JSON.stringify(answers)) model.data = answers;
}

function setVariables(model: Model, variables: Record<string, number | undefined>): void {
  for (const [name, value] of Object.entries(variables)) model.setVariable(name, value);
}

function setMode(model: Model, language: 'sv' | 'en', readOnly: boolean): void {
  model.locale = language === 'sv' ? 'sv' : '';
  model.readOnly = readOnly;
}

/** The server's issue for a question, shown where SurveyJS shows its own (it clears on change). */
function setErrors(model: Model, errors: Record<string, string>): void {
  for (const question of model.getAllQuestions()) {
    const message = errors[question.name];
    if (message !== undefined) question.errors = [new CustomError(message, model)];
    else if (question.errors.some((error) => error instanceof CustomError)) question.errors = [];
  }
}
