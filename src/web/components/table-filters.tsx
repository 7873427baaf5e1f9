// The filters above a list of recipients: a search on code or name and choices (type, status, kind),
// in a search landmark. `matchesRecipient` is the search the client-side tables share.
import type { Locale } from '../format';
import type { Translate } from '../i18n/i18n';

export interface FilterChoice {
  value: string;
  label: string;
}

export interface ChoiceProps {
  name: string;
  label: string;
  value: string;
  options: FilterChoice[];
  onChange(value: string): void;
}

export function TableFilters({
  label,
  idPrefix,
  search,
  choice,
  moreChoices = [],
}: {
  /** The search landmark's name. */
  label: string;
  /** Makes the inputs' ids: `<prefix>-search`, `<prefix>-<choice>`. */
  idPrefix: string;
  search: { label: string; value: string; onChange(value: string): void };
  choice: ChoiceProps;
  /** Further choices after the first (a kind next to a state, say). */
  moreChoices?: ChoiceProps[];
}) {
  return (
    <form
      className="filters"
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${idPrefix}-search`} className="field__label">
          {search.label}
        </label>
        <input
          id={`${idPrefix}-search`}
          type="search"
          className="input"
          value={search.value}
          onChange={(event) => search.onChange(event.target.value)}
        />
      </div>
      {[choice, ...moreChoices].map((c) => (
        <div className="field" key={c.name}>
          <label htmlFor={`${idPrefix}-${c.name}`} className="field__label">
            {c.label}
          </label>
          <select
            id={`${idPrefix}-${c.name}`}
            className="input"
            value={c.value}
            onChange={(event) => c.onChange(event.target.value)}
          >
            {c.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
    </form>
  );
}

/** A choice of one of `values` (each shown as `labelOf` says), or all of them (the value ''). */
export function filterChoice<V extends string>(
  props: Omit<ChoiceProps, 'options'> & {
    allLabel: string;
    values: readonly V[];
    labelOf(value: V): string;
  },
): ChoiceProps {
  const { allLabel, values, labelOf, ...choice } = props;
  return {
    ...choice,
    options: [
      { value: '', label: allLabel },
      ...values.map((value) => ({ value, label: labelOf(value) })),
    ],
  };
}

/** A code that starts with the search, or a name that contains it (the search already trimmed). */
export function matchesRecipient(
  row: { recipientCode: string; recipientName: string },
  needle: string,
  locale: Locale,
): boolean {
  return (
    needle === '' ||
    row.recipientCode.startsWith(needle) ||
    row.recipientName.toLocaleLowerCase(locale).includes(needle)
  );
}

/** Every type, municipalities, regions: the choice of a recipient type filter. */
export function recipientTypeChoices(t: Translate): FilterChoice[] {
  return [
    { value: '', label: t('recipientType.all') },
    { value: 'municipality', label: t('recipientType.municipality.plural') },
    { value: 'region', label: t('recipientType.region.plural') },
  ];
}
