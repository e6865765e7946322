type Props = {
  name: string;
  label: string;
  placeholder: string;
  categories: { value: string; label: string }[];
  /** Lets the keyboard shortcut "r" find this item's select. */
  shortcut?: boolean;
};

/** Rejecting asks why: one of the community guidelines' categories. */
export function RejectReason({ name, label, placeholder, categories, shortcut = false }: Props) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <select
        name={name}
        defaultValue=""
        {...(shortcut ? { 'data-shortcut': 'reject-reason' } : {})}
        className="rounded border border-neutral-400 bg-white px-2 py-1 dark:bg-neutral-950"
      >
        <option value="">{placeholder}</option>
        {categories.map((category) => (
          <option key={category.value} value={category.value}>
            {category.label}
          </option>
        ))}
      </select>
    </label>
  );
}
