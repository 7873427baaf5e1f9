// The case officer's designer of a grant's follow-up form (our own, over the SurveyJS JSON model;
// SurveyJS Creator is not MIT): start from a ready template or from scratch; the economic part's
// cost categories; add, edit, remove and reorder questions with a form per question type; the raw
// JSON, checked by the server on save (every issue with its JSON path); a live preview rendered by
// SurveyJS itself (a lazily loaded chunk).
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { Link, useParams } from 'react-router-dom';
import { z } from 'zod';
import {
  FormDefinitionSchema,
  QUESTION_KINDS,
  questionKind,
  surveyQuestions,
  type FormDefinition,
  type QuestionKind,
  type SurveyElement,
  type SurveyJson,
} from '../../../domain/reporting/form-model';
import {
  addPage,
  moveItem,
  movePage,
  moveQuestionToPage,
  removePage,
  setPageElements,
  updatePage,
} from '../../../domain/reporting/form-pages';
import type { ReportForm } from '../../../contracts/reporting';
import { api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { useAuth } from '../../auth';
import { ConfirmButtons, Dialog } from '../../components/dialog';
import { Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { useI18n, type Translate } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';

const SurveyView = lazy(() => import('./survey-view'));

const EMPTY: FormDefinition = {
  economic: {
    costCategories: [
      { id: 'salaries', label: 'Löner och andra personalkostnader' },
      { id: 'other', label: 'Övriga kostnader' },
    ],
    askPrivateProviders: true,
  },
  survey: { pages: [{ name: 'uppfoljning', elements: [] }] },
};

export function ReportFormPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('formDesigner.title'));
  const form = useApiQuery(queryKeys.reportForm(id), (signal) => api.reportForm(id, signal));
  return (
    <>
      <p>
        <Link to={`/grants/${id}/aterrapportering`}>{t('reporting.title')}</Link>
      </p>
      <h1>{t('formDesigner.title')}</h1>
      {form.error ? <ProblemAlert error={form.error} /> : null}
      {form.data ? (
        <Designer key={`${form.data.form?.revision ?? 0}`} overview={form.data} />
      ) : (
        <Loading />
      )}
    </>
  );
}

/** A question as people know it: its title (its name is the form's id for it, for the expert). */
const questionLabel = (element: { name: string; title?: string }) => element.title || element.name;

/** `value | text` or just `text` per line: the value becomes a snake_case id of the text. */
function parseItems(text: string): { value: string; text: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const bar = line.indexOf('|');
      if (bar >= 0) return { value: line.slice(0, bar).trim(), text: line.slice(bar + 1).trim() };
      return { value: slug(line), text: line };
    });
}
const itemsText = (items: { value: string | number; text: string }[] | undefined) =>
  (items ?? []).map((i) => `${i.value} | ${i.text}`).join('\n');

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(s) ? s : `q_${s}`;
}

function newQuestion(kind: QuestionKind, existing: Set<string>): SurveyElement {
  let n = existing.size + 1;
  while (existing.has(`fraga_${n}`)) n++;
  const base = { name: `fraga_${n}`, title: '', isRequired: true };
  const yesNo = [
    { value: 'yes', text: 'Ja' },
    { value: 'no', text: 'Nej' },
    { value: 'not_applicable', text: 'Inte aktuellt' },
  ];
  switch (kind) {
    case 'single_choice':
      return { ...base, type: 'radiogroup', choices: [] };
    case 'multiple_choice':
      return {
        ...base,
        type: 'checkbox',
        choices: [],
        showOtherItem: true,
        otherText: 'Annat, ange vad',
      };
    case 'yes_no_na':
      return { ...base, type: 'radiogroup', choices: yesNo };
    case 'scale_1_5':
      return {
        ...base,
        type: 'rating',
        rateMin: 1,
        rateMax: 5,
        minRateDescription: 'i låg utsträckning',
        maxRateDescription: 'i hög utsträckning',
      };
    case 'number':
      return { ...base, type: 'text', inputType: 'number', min: 0 };
    case 'amount':
      return { ...base, type: 'text', inputType: 'number', min: 0, amountKr: true };
    case 'text':
      return { ...base, type: 'comment', isRequired: false };
    case 'number_matrix':
      return {
        ...base,
        type: 'matrixdropdown',
        rows: [],
        columns: [
          { name: 'women', title: 'Kvinnor', cellType: 'text', inputType: 'number', min: 0 },
          { name: 'men', title: 'Män', cellType: 'text', inputType: 'number', min: 0 },
        ],
      };
    case 'scale_matrix':
      return {
        ...base,
        type: 'matrix',
        rows: [],
        isAllRowRequired: true,
        columns: [1, 2, 3, 4, 5].map((v) => ({ value: String(v), text: String(v) })),
      };
  }
}

/** A change to the form on the server (saving it, copying a template), announced once done. */
interface FormChange {
  send(): Promise<unknown>;
  done: string;
}

/** A number matrix's columns as the designer writes them (SurveyJS allows other shapes). */
const MatrixColumnsSchema = z.array(
  z.looseObject({ name: z.string(), title: z.string().optional() }),
);
const matrixColumns = (element: SurveyElement) => {
  const parsed = MatrixColumnsSchema.safeParse(element.columns ?? []);
  return parsed.success ? parsed.data : [];
};

function Designer({ overview }: { overview: ReportForm }) {
  const { t, plural, language } = useI18n();
  const { can } = useAuth();
  const announce = useAnnounce();
  const [definition, setDefinition] = useState<FormDefinition>(() =>
    overview.definition === null ? EMPTY : FormDefinitionSchema.parse(overview.definition),
  );
  const [voluntary, setVoluntary] = useState(overview.form?.voluntary ?? false);
  const [view, setView] = useState<'designer' | 'json' | 'preview'>('designer');
  const [jsonText, setJsonText] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState(overview.templates[0]?.id ?? '');
  const [newPageTitle, setNewPageTitle] = useState('');
  const mayEdit = can('report_form.edit');
  const ids = { json: useId(), voluntary: useId() };
  const questionCount = definition.survey.pages.reduce((n, page) => n + page.elements.length, 0);
  const setSurvey = (change: (survey: SurveyJson) => SurveyJson) =>
    setDefinition((d) => ({ ...d, survey: change(d.survey) }));

  // The form loads again after a change: a new revision starts the designer afresh.
  const change = useApiMutation({
    mutationFn: (request: FormChange) => request.send(),
    invalidates: [
      queryKeys.reportForm(overview.grantId),
      queryKeys.reportingOverview(overview.grantId),
    ],
    announce: (_answer, request) => request.done,
  });
  const run = (send: () => Promise<unknown>, done: string) => change.run({ send, done });
  const error = change.error;
  const save = (next = definition) =>
    run(
      () =>
        api.saveReportForm(overview.grantId, {
          definition: next,
          voluntary,
          revision: overview.form?.revision ?? null,
        }),
      t('formDesigner.saved'),
    );

  const openJson = () => {
    setJsonText(JSON.stringify(definition, null, 2));
    setJsonError(null);
    setView('json');
  };
  const applyJson = (): FormDefinition | null => {
    let json: unknown;
    try {
      json = JSON.parse(jsonText);
    } catch (e) {
      setJsonError(t('formDesigner.jsonInvalid', { message: String(e) }));
      return null;
    }
    // The designer needs the form's outline (economic part, pages of named questions); what each
    // question may hold is checked by the server on save, every issue with its JSON path.
    const parsed = FormDefinitionSchema.safeParse(json);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') ?? '';
      setJsonError(t('formDesigner.jsonNotAForm', { where }));
      return null;
    }
    setDefinition(parsed.data);
    setJsonError(null);
    return parsed.data;
  };

  return (
    <>
      {overview.form ? (
        <p>
          {plural(
            'formDesigner.versionInfo',
            overview.versions.find((v) => v.version === overview.form?.currentVersion)
              ?.reportCount ?? 0,
            { version: overview.form.currentVersion },
          )}
        </p>
      ) : (
        <p>{t('formDesigner.noFormYet')}</p>
      )}
      {error ? (
        <ProblemAlert
          error={error}
          title={t('formDesigner.saveFailed')}
          where={(issue) => definitionPart(issue.path, definition, t)}
        />
      ) : null}
      {mayEdit ? (
        <section aria-labelledby="template">
          <h2 id="template">{t('formDesigner.template')}</h2>
          <div className="form--inline">
            <SelectField
              label={t('formDesigner.templateLabel')}
              value={templateId}
              options={overview.templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
              onChange={setTemplateId}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void run(
                  () => api.copyReportFormTemplate(overview.grantId, templateId),
                  t('formDesigner.templateCopied'),
                )
              }
            >
              {t('formDesigner.useTemplate')}
            </button>
          </div>
        </section>
      ) : null}

      <div className="actions" role="group" aria-label={t('formDesigner.views')}>
        {(
          [
            ['designer', t('formDesigner.viewDesigner'), () => setView('designer')],
            ['json', t('formDesigner.viewJson'), openJson],
            ['preview', t('formDesigner.viewPreview'), () => setView('preview')],
          ] as const
        ).map(([name, label, open]) => (
          <button
            key={name}
            type="button"
            className={view === name ? 'button button--primary' : 'button button--secondary'}
            aria-pressed={view === name}
            onClick={open}
          >
            {label}
          </button>
        ))}
      </div>

      {view === 'designer' ? (
        <>
          <section aria-labelledby="settings">
            <h2 id="settings">{t('formDesigner.settings')}</h2>
            <label className="checkbox" htmlFor={ids.voluntary}>
              <input
                id={ids.voluntary}
                type="checkbox"
                checked={voluntary}
                onChange={(e) => setVoluntary(e.target.checked)}
              />
              {t('formDesigner.voluntary')}
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={definition.economic.askPrivateProviders}
                onChange={(e) =>
                  setDefinition((d) => ({
                    ...d,
                    economic: { ...d.economic, askPrivateProviders: e.target.checked },
                  }))
                }
              />
              {t('formDesigner.askPrivateProviders')}
            </label>
            <ItemsField
              label={t('formDesigner.costCategories')}
              hint={t('formDesigner.itemsHint')}
              value={definition.economic.costCategories.map((c) => ({
                value: c.id,
                text: c.label,
              }))}
              onChange={(items) =>
                setDefinition((d) => ({
                  ...d,
                  economic: {
                    ...d.economic,
                    costCategories: items.map((i) => ({ id: i.value, label: i.text })),
                  },
                }))
              }
            />
          </section>
          <section aria-labelledby="questions">
            <h2 id="questions">{t('formDesigner.questions', { count: questionCount })}</h2>
            <p>{t('formDesigner.pagesIntro', { count: definition.survey.pages.length })}</p>
            {definition.survey.pages.map((page, index) => (
              <PageSection
                key={page.name}
                survey={definition.survey}
                index={index}
                usageAreas={overview.usageAreas}
                onChange={setSurvey}
              />
            ))}
            <div className="form--inline">
              <TextField
                label={t('formDesigner.newPageTitle')}
                value={newPageTitle}
                onChange={setNewPageTitle}
              />
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setSurvey((survey) => addPage(survey, newPageTitle));
                  setNewPageTitle('');
                  announce(
                    t('formDesigner.pageAdded', { number: definition.survey.pages.length + 1 }),
                  );
                }}
              >
                {t('formDesigner.addPage')}
              </button>
            </div>
          </section>
        </>
      ) : null}

      {view === 'json' ? (
        <section aria-labelledby="json">
          <h2 id="json">{t('formDesigner.viewJson')}</h2>
          <Field id={ids.json} label={t('formDesigner.jsonLabel')} error={jsonError ?? undefined}>
            {(describedBy) => (
              <textarea
                id={ids.json}
                className="input input--code"
                rows={24}
                spellCheck={false}
                value={jsonText}
                aria-describedby={describedBy}
                onChange={(e) => setJsonText(e.target.value)}
              />
            )}
          </Field>
        </section>
      ) : null}

      {view === 'preview' ? (
        <section aria-labelledby="preview">
          <h2 id="preview">{t('formDesigner.viewPreview')}</h2>
          <p>{t('formDesigner.previewIntro')}</p>
          <Suspense fallback={<Loading />}>
            <SurveyView
              survey={definition.survey}
              answers={{}}
              variables={{ received_kr: 1_000_000, used_kr: 900_000, unused_kr: 100_000 }}
              language={language}
            />
          </Suspense>
        </section>
      ) : null}

      {mayEdit ? (
        <p className="form-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              if (view !== 'json') return void save();
              const parsed = applyJson();
              if (parsed) void save(parsed);
            }}
          >
            {t('formDesigner.save')}
          </button>
        </p>
      ) : null}
    </>
  );
}

/**
 * One page of the questionnaire in the designer: its title and description, its place among the
 * pages (moved a step at a time, removed after a confirmation when it has questions), and its
 * questions — edited, reordered, removed, moved to another page, added.
 */
function PageSection({
  survey,
  index,
  usageAreas,
  onChange,
}: {
  survey: SurveyJson;
  index: number;
  usageAreas: string[];
  onChange(change: (survey: SurveyJson) => SurveyJson): void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const headingId = useId();
  const moveSelectId = useId();
  const page = survey.pages[index]!;
  const pageCount = survey.pages.length;
  const number = index + 1;
  const elements = page.elements;
  const [editingPage, setEditingPage] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [newKind, setNewKind] = useState<QuestionKind>('single_choice');
  const [moveTo, setMoveTo] = useState<Record<number, number>>({});
  /** The question just moved up or down: its move button keeps the focus (a new object a move). */
  const [moved, setMoved] = useState<{ name: string; by: -1 | 1 } | null>(null);
  const setElements = (next: SurveyElement[]) =>
    onChange((current) => setPageElements(current, index, next));
  const pageName = (i: number) => {
    const other = survey.pages[i]!;
    return t('formDesigner.pageName', { number: i + 1, title: other.title || other.name });
  };
  const remove = () => {
    onChange((current) => removePage(current, index));
    setConfirmRemove(false);
    announce(t('formDesigner.pageRemoved', { number }));
  };
  const hidden = (text: string | number) => <span className="visually-hidden"> {text}</span>;
  return (
    <section aria-labelledby={headingId} className="form-page">
      <h3 id={headingId}>{pageName(index)}</h3>
      {page.description ? <p>{page.description}</p> : null}
      <ItemActions
        target={number}
        labels={{
          edit: t('formDesigner.editPage'),
          up: t('formDesigner.movePageUp'),
          down: t('formDesigner.movePageDown'),
          remove: t('formDesigner.removePage'),
        }}
        expanded={editingPage}
        onToggle={() => setEditingPage(!editingPage)}
        first={index === 0}
        last={index === pageCount - 1}
        onMove={(by) => onChange((current) => movePage(current, index, by))}
        removable={pageCount > 1}
        onRemove={() => (elements.length > 0 ? setConfirmRemove(true) : remove())}
      />
      {confirmRemove ? (
        <Dialog
          title={t('formDesigner.removePageTitle', { number })}
          onClose={() => setConfirmRemove(false)}
          actions={
            <ConfirmButtons
              label={t('formDesigner.removePageConfirm')}
              onConfirm={remove}
              onCancel={() => setConfirmRemove(false)}
            />
          }
        >
          <p>{t('formDesigner.removePageText', { count: elements.length })}</p>
        </Dialog>
      ) : null}
      {editingPage ? (
        <div className="question-editor">
          <TextField
            label={t('formDesigner.pageTitle')}
            value={page.title ?? ''}
            onChange={(title) => onChange((current) => updatePage(current, index, { title }))}
          />
          <TextField
            label={t('formDesigner.pageDescription')}
            value={page.description ?? ''}
            onChange={(description) =>
              onChange((current) => updatePage(current, index, { description }))
            }
          />
        </div>
      ) : null}
      {elements.length === 0 ? <p>{t('formDesigner.pageEmpty')}</p> : null}
      <ol className="question-list">
        {elements.map((element, i) => (
          // Keyed by name (unique in the form): a moved question is the same item, not a new one.
          <li key={element.name} className="question-list__item">
            <p>
              <strong>{questionLabel(element)}</strong>{' '}
              <span className="tag">
                {t(`formDesigner.kind.${questionKind(element) ?? 'text'}`)}
              </span>
              {element.visibleIf ? <> · {t('formDesigner.conditional')}</> : null}
              {element.usageArea ? <> · {element.usageArea}</> : null}
            </p>
            {element.visibleIf ? (
              // The condition is an expression over the questions' names: for the expert, on request.
              <details className="question-condition">
                <summary>{t('formDesigner.showCondition')}</summary>
                <code>{element.visibleIf}</code>
              </details>
            ) : null}
            <ItemActions
              target={questionLabel(element)}
              labels={{
                edit: t('formDesigner.edit'),
                up: t('formDesigner.moveUp'),
                down: t('formDesigner.moveDown'),
                remove: t('formDesigner.remove'),
              }}
              expanded={editing === i}
              onToggle={() => setEditing(editing === i ? null : i)}
              first={i === 0}
              last={i === elements.length - 1}
              onMove={(by) => {
                setElements(moveItem(elements, i, by));
                setEditing(null);
                setMoved({ name: element.name, by });
              }}
              focusMove={moved?.name === element.name ? moved : undefined}
              removable
              onRemove={() => {
                setElements(elements.filter((_, e) => e !== i));
                setEditing(null);
              }}
            />
            {pageCount > 1 ? (
              <p className="form--inline">
                <label htmlFor={`${moveSelectId}-${i}`}>
                  {t('formDesigner.moveToPage')}
                  {hidden(questionLabel(element))}
                </label>{' '}
                <select
                  id={`${moveSelectId}-${i}`}
                  className="input"
                  value={moveTo[i] ?? (index === 0 ? 1 : 0)}
                  onChange={(e) => setMoveTo({ ...moveTo, [i]: Number(e.target.value) })}
                >
                  {survey.pages.map((_, p) =>
                    p === index ? null : (
                      <option key={p} value={p}>
                        {pageName(p)}
                      </option>
                    ),
                  )}
                </select>{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    const to = moveTo[i] ?? (index === 0 ? 1 : 0);
                    onChange((current) => moveQuestionToPage(current, index, i, to));
                    setEditing(null);
                    setMoveTo({});
                    announce(
                      t('formDesigner.questionMoved', {
                        name: questionLabel(element),
                        number: to + 1,
                      }),
                    );
                  }}
                >
                  {t('formDesigner.move')}
                  {hidden(questionLabel(element))}
                </button>
              </p>
            ) : null}
            {editing === i ? (
              <QuestionEditor
                element={element}
                usageAreas={usageAreas}
                onChange={(next) => setElements(elements.map((e, at) => (at === i ? next : e)))}
              />
            ) : null}
          </li>
        ))}
      </ol>
      <div className="form--inline">
        <SelectField
          label={t('formDesigner.newKind')}
          hiddenSuffix={pageCount > 1 ? pageName(index) : undefined}
          value={newKind}
          options={QUESTION_KINDS.map((kind) => ({
            value: kind,
            label: t(`formDesigner.kind.${kind}`),
          }))}
          onChange={(kind) => setNewKind(kind as QuestionKind)}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const names = new Set(surveyQuestions(survey).map((q) => q.element.name));
            setElements([...elements, newQuestion(newKind, names)]);
            setEditing(elements.length);
          }}
        >
          {t('formDesigner.add')}
          {pageCount > 1 ? hidden(pageName(index)) : null}
        </button>
      </div>
    </section>
  );
}

/**
 * The buttons of one item of a list (a page, a question): edit (opens its form), move a step up or
 * down, remove. Each says to screen readers which item it acts on (`target`, visually hidden).
 */
function ItemActions({
  target,
  labels,
  expanded,
  onToggle,
  first,
  last,
  onMove,
  removable,
  onRemove,
  focusMove,
}: {
  target: string | number;
  labels: { edit: string; up: string; down: string; remove: string };
  expanded: boolean;
  onToggle(): void;
  first: boolean;
  last: boolean;
  onMove(by: -1 | 1): void;
  removable: boolean;
  onRemove(): void;
  /**
   * Set when this item was just moved (a new object each move): its button of that direction
   * takes the focus, or the other one when the item reached the end of the list.
   */
  focusMove?: { by: -1 | 1 };
}) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusMove) return;
    const [wanted, other] = focusMove.by === -1 ? [up, down] : [down, up];
    (wanted.current?.disabled ? other : wanted).current?.focus();
  }, [focusMove]);
  const buttons: {
    label: string;
    disabled?: boolean;
    onClick(): void;
    expanded?: boolean;
    ref?: RefObject<HTMLButtonElement | null>;
  }[] = [
    { label: labels.edit, onClick: onToggle, expanded },
    { label: labels.up, disabled: first, onClick: () => onMove(-1), ref: up },
    { label: labels.down, disabled: last, onClick: () => onMove(1), ref: down },
    { label: labels.remove, disabled: !removable, onClick: onRemove },
  ];
  return (
    <p className="actions">
      {buttons.map((button) => (
        <button
          key={button.label}
          ref={button.ref}
          type="button"
          className="button button--small"
          disabled={button.disabled}
          aria-expanded={button.expanded}
          onClick={button.onClick}
        >
          {button.label}
          <span className="visually-hidden"> {target}</span>
        </button>
      ))}
    </p>
  );
}

function ItemsField({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  value: { value: string | number; text: string }[];
  onChange(items: { value: string; text: string }[]): void;
}) {
  const id = useId();
  const [text, setText] = useState(() => itemsText(value));
  return (
    <Field id={id} label={label} hint={hint}>
      {(describedBy) => (
        <textarea
          id={id}
          className="input input--wide"
          rows={Math.max(3, value.length + 1)}
          value={text}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseItems(e.target.value));
          }}
        />
      )}
    </Field>
  );
}

function TextField({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
}) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint}>
      {(describedBy) => (
        <input
          id={id}
          className="input input--wide"
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A select of a fixed list, labelled. */
function SelectField({
  label,
  hiddenSuffix,
  value,
  options,
  onChange,
}: {
  label: string;
  /** Said after the label to screen readers only (which of several alike selects this is). */
  hiddenSuffix?: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <Field
      id={id}
      label={
        hiddenSuffix ? (
          <>
            {label}
            <span className="visually-hidden"> {hiddenSuffix}</span>
          </>
        ) : (
          label
        )
      }
    >
      {() => (
        <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function QuestionEditor({
  element,
  usageAreas,
  onChange,
}: {
  element: SurveyElement;
  usageAreas: string[];
  onChange(element: SurveyElement): void;
}) {
  const { t } = useI18n();
  const kind = questionKind(element);
  const set = (changes: Partial<SurveyElement>) => {
    const next: SurveyElement = { ...element, ...changes };
    for (const [key, value] of Object.entries(changes))
      if (value === undefined || value === '') delete next[key];
    onChange(next);
  };
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text));
  return (
    <div className="question-editor">
      <TextField
        label={t('formDesigner.questionTitle')}
        value={element.title ?? ''}
        onChange={(title) => set({ title })}
      />
      <TextField
        label={t('formDesigner.questionName')}
        hint={t('formDesigner.questionNameHint')}
        value={element.name}
        onChange={(name) => set({ name })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={element.isRequired === true}
          onChange={(e) => set({ isRequired: e.target.checked })}
        />
        {t('formDesigner.required')}
      </label>
      <TextField
        label={t('formDesigner.visibleIf')}
        hint={t('formDesigner.visibleIfHint')}
        value={element.visibleIf ?? ''}
        onChange={(visibleIf) => set({ visibleIf })}
      />
      <SelectField
        label={t('formDesigner.usageArea')}
        value={element.usageArea ?? ''}
        options={[
          { value: '', label: t('formDesigner.noUsageArea') },
          ...usageAreas.map((area) => ({ value: area, label: area })),
        ]}
        onChange={(usageArea) => set({ usageArea })}
      />
      {kind === 'single_choice' || kind === 'multiple_choice' ? (
        <ItemsField
          label={t('formDesigner.choices')}
          hint={t('formDesigner.itemsHint')}
          value={element.choices ?? []}
          onChange={(choices) => set({ choices })}
        />
      ) : null}
      {kind === 'multiple_choice' ? (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={element.showOtherItem === true}
              onChange={(e) => set({ showOtherItem: e.target.checked })}
            />
            {t('formDesigner.other')}
          </label>
          {element.showOtherItem ? (
            <TextField
              label={t('formDesigner.otherText')}
              value={element.otherText ?? ''}
              onChange={(otherText) => set({ otherText })}
            />
          ) : null}
        </>
      ) : null}
      {kind === 'scale_1_5' ? (
        <>
          <TextField
            label={t('formDesigner.minLabel')}
            value={element.minRateDescription ?? ''}
            onChange={(minRateDescription) => set({ minRateDescription })}
          />
          <TextField
            label={t('formDesigner.maxLabel')}
            value={element.maxRateDescription ?? ''}
            onChange={(maxRateDescription) => set({ maxRateDescription })}
          />
        </>
      ) : null}
      {kind === 'number' ? (
        <>
          <TextField
            label={t('formDesigner.min')}
            value={element.min === undefined ? '' : String(element.min)}
            onChange={(min) => set({ min: number(min) })}
          />
          <TextField
            label={t('formDesigner.max')}
            value={element.max === undefined ? '' : String(element.max)}
            onChange={(max) => set({ max: number(max) })}
          />
        </>
      ) : null}
      {kind === 'scale_matrix' || kind === 'number_matrix' ? (
        <ItemsField
          label={t('formDesigner.rows')}
          hint={t('formDesigner.itemsHint')}
          value={element.rows ?? []}
          onChange={(rows) => set({ rows })}
        />
      ) : null}
      {kind === 'number_matrix' ? (
        <ItemsField
          label={t('formDesigner.columns')}
          hint={t('formDesigner.itemsHint')}
          value={matrixColumns(element).map((c) => ({ value: c.name, text: c.title ?? c.name }))}
          onChange={(columns) =>
            set({
              columns: columns.map((c) => ({
                name: c.value,
                title: c.text,
                cellType: 'text',
                inputType: 'number',
                min: 0,
              })),
            })
          }
        />
      ) : null}
    </div>
  );
}

/**
 * The part of the form an issue of the server's check is about, as the designer names it: the
 * question by its title (or name), the page by its number, the cost category by its label.
 */
function definitionPart(
  path: string | undefined,
  definition: FormDefinition,
  t: Translate,
): string | undefined {
  const question = /^survey\.pages\[(\d+)\]\.elements\[(\d+)\]/.exec(path ?? '');
  if (question) {
    const element = definition.survey.pages[Number(question[1])]?.elements[Number(question[2])];
    return element
      ? t('formDesigner.issueQuestion', { name: element.title?.trim() || element.name })
      : undefined;
  }
  const page = /^survey\.pages\[(\d+)\]/.exec(path ?? '');
  if (page) return t('formDesigner.issuePage', { number: Number(page[1]) + 1 });
  const category = /^economic\.costCategories\[(\d+)\]/.exec(path ?? '');
  if (category) {
    const label = definition.economic.costCategories[Number(category[1])]?.label;
    return t('formDesigner.issueCostCategory', {
      label: label?.trim() || String(Number(category[1]) + 1),
    });
  }
  return undefined;
}
