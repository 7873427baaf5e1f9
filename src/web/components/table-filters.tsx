// The filters above a list of recipients: a search on code or name and one choice (type, status),
// in a search landmark. `matchesRecipient` is the search the client-side tables share.
import type { Locale } from '../format';
import type { Translate } from '../i18n/i18n';

export interface FilterChoice {
  value: string;
  label: string;
}

export function TableFilters({
  label,
  idPrefix,
  search,
  choice,
}: {
  /** The search landmark's name. */
  label: string;
  /** Makes the inputs' ids: `<prefix>-search`, `<prefix>-<choice>`. */
  idPrefix: string;
  search: { label: string; value: string; onChange(value: string): void };
  choice: {
    name: string;
    label: string;
    value: string;
    options: FilterChoice[];
    onChange(value: string): void;
  };
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
      <div className="field">
        <label htmlFor={`${idPrefix}-${choice.name}`} className="field__label">
          {choice.label}
        </label>
        <select
          id={`${idPrefix}-${choice.name}`}
          className="input"
          value={choice.value}
          onChange={(event) => choice.onChange(event.target.value)}
        >
          {choice.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
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
