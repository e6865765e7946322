/** A form's main button, disabled while the form is being sent so one click sends it once. */
export function SubmitButton({ pending, children }: { pending: boolean; children: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded bg-neutral-900 px-5 py-2.5 font-semibold text-white disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900"
    >
      {children}
    </button>
  );
}
